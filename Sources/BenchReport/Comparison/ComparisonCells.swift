import BenchCompare
import BenchData

/// The display texts of one comparison row — a scaled center with its ± range per column,
/// and each non-baseline column's change against the baseline — as benchstat words them,
/// shared by the Markdown, HTML and JSON writers.
struct ComparisonCells {
    /// `12.34n ± 2%` per column; empty where no result fell.
    var values: [String]
    /// Per column (index 0 unused): `+3.20% (p=0.002 n=10)`, `~ (p=0.393 n=10)`, or empty.
    var changes: [String]

    init(_ table: ComparisonTable, row: Int) {
        let cells = table.columns.indices.map { table.cell(row: row, column: $0) }
        let scaler = Scaler.common(cells.compactMap { $0?.summary.center }, class: UnitClass(unit: table.unit))
        values = cells.map { cell in
            guard let cell else { return "" }
            return scaler.format(cell.summary.center) + " ± " + CellText.range(cell.summary)
        }
        changes = cells.map { cell in
            guard let cell, let comparison = cell.comparison, let baseline = cell.baselineCenter else { return "" }
            return CellText.delta(comparison, baseline: baseline, center: cell.summary.center) + " ("
                + CellText.test(comparison) + ")"
        }
    }

    /// The geomean row's texts, when the table has one.
    static func geomean(_ table: ComparisonTable) -> (values: [String], changes: [String])? {
        guard table.summaries.contains(where: { $0.geomean != nil }) else { return nil }
        let scaler = Scaler.common(table.summaries.compactMap(\.geomean), class: UnitClass(unit: table.unit))
        return (
            table.summaries.map { $0.geomean.map(scaler.format) ?? "" },
            table.summaries.map { $0.ratio.map(CellText.ratio) ?? "" }
        )
    }
}
