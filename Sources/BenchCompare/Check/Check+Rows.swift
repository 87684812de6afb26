/// Row operations of the language on a check (`filter`, `sort`, `top`): they change which
/// rows are shown and in what order, never the verdicts.
extension Check {
    /// What the comparison row tests (`.delta`, `.p`) and sort keys see of a check row; `p` is
    /// the corrected p-value the verdict used.
    package func metrics(of row: CheckRow) -> ComparisonResult.RowMetrics {
        ComparisonResult.RowMetrics(
            name: row.identity.row, base: row.baseline?.summary.center, delta: row.change, p: row.adjustedP ?? row.p)
    }

    /// Sorts the rows; rows without the key go last, ties keep their order.
    package func sortingRows(by order: ComparisonResult.RowOrder, descending: Bool) -> Check {
        let keyed = rows.indices.map { (index: $0, metrics: metrics(of: rows[$0])) }
        let sorted = keyed.sorted { ComparisonResult.precedes($0, $1, by: order, descending: descending) }
        var check = self
        check.rows = sorted.map { rows[$0.index] }
        return check
    }

    /// The first `count` rows.
    package func keepingFirstRows(_ count: Int) -> Check {
        var check = self
        check.rows = Array(rows.prefix(max(0, count)))
        return check
    }
}
