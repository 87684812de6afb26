/// Row operations of the language on a comparison: `filter` by change or p-value, `sort`
/// and `top`. They work per table (each unit keeps its own rows) and recompute the geomean
/// row from the rows that remain.
///
/// A row's change and p-value are those of its first compared column (the second set
/// against the baseline), the usual two-set case; rows without that comparison have none.
extension ComparisonResult {
    /// What a row offers to predicates and sort keys.
    package struct RowMetrics: Sendable {
        /// The row label, as printed.
        package var name: String
        /// The baseline's center.
        package var base: Double?
        /// The change of the medians, as a fraction (`0.05` is +5%), significant or not.
        package var delta: Double?
        package var p: Double?
    }

    /// The metrics of `row` in `table`.
    package func metrics(ofRow row: Int, in table: ComparisonTable) -> RowMetrics {
        let base = table.cell(row: row, column: 0)?.summary.center
        var metrics = RowMetrics(name: rowProjection.label(of: table.rows[row]), base: base, delta: nil, p: nil)
        if let cell = table.cell(row: row, column: 1), let comparison = cell.comparison,
            let baseline = cell.baselineCenter
        {
            metrics.p = comparison.p
            if baseline != 0 { metrics.delta = cell.summary.center / baseline - 1 }
        }
        return metrics
    }

    /// Keeps the rows `keep` accepts; tables left without rows are dropped.
    package func filteringRows(_ keep: (RowMetrics) -> Bool) -> ComparisonResult {
        rearrangingRows { table in table.rows.indices.filter { keep(metrics(ofRow: $0, in: table)) } }
    }

    /// Sort keys of `sort`.
    package enum RowOrder: String, Sendable, CaseIterable {
        case delta, p, name, base
    }

    /// Sorts each table's rows; rows without the key go last, ties keep their order.
    package func sortingRows(by order: RowOrder, descending: Bool) -> ComparisonResult {
        rearrangingRows { table in
            let keyed = table.rows.indices.map { (index: $0, metrics: metrics(ofRow: $0, in: table)) }
            return keyed.sorted { Self.precedes($0, $1, by: order, descending: descending) }.map(\.index)
        }
    }

    /// The order of `sort`: by the key, rows without it last, ties in their original order.
    static func precedes(
        _ a: (index: Int, metrics: RowMetrics), _ b: (index: Int, metrics: RowMetrics), by order: RowOrder,
        descending: Bool
    ) -> Bool {
        if order == .name {
            if a.metrics.name == b.metrics.name { return a.index < b.index }
            return descending ? a.metrics.name > b.metrics.name : a.metrics.name < b.metrics.name
        }
        switch (number(order, a.metrics), number(order, b.metrics)) {
        case (nil, nil): return a.index < b.index
        case (nil, _): return false
        case (_, nil): return true
        case (let x?, let y?):
            if x == y { return a.index < b.index }
            return descending ? x > y : x < y
        }
    }

    /// Keeps the first `count` rows of each table.
    package func keepingFirstRows(_ count: Int) -> ComparisonResult {
        rearrangingRows { table in Array(table.rows.indices.prefix(max(0, count))) }
    }

    private static func number(_ order: RowOrder, _ metrics: RowMetrics) -> Double? {
        switch order {
        case .delta: metrics.delta
        case .p: metrics.p
        case .base: metrics.base
        case .name: nil
        }
    }

    /// Rebuilds every table with the rows `select` returns, in that order.
    private func rearrangingRows(_ select: (ComparisonTable) -> [Int]) -> ComparisonResult {
        var result = self
        result.tables = tables.compactMap { table in
            let kept = select(table)
            guard !kept.isEmpty else { return nil }
            var rearranged = table
            rearranged.rows = kept.map { table.rows[$0] }
            rearranged.cells = kept.flatMap { row in table.columns.indices.map { table.cell(row: row, column: $0) } }
            rearranged.summarize()
            return rearranged
        }
        return result
    }
}
