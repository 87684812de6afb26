import BenchData
import BenchStats

/// One table of a comparison: a unit, rows of benchmarks and columns of sets, as benchstat
/// lays them out. The first column is the baseline every other column is compared with.
package struct ComparisonTable: Sendable {
    /// The table's key under the table projection (config values and `.unit`).
    package var key: ProjectionKey
    /// The tidied unit shared by every value in the table.
    package var unit: String
    package var assumption: DistributionAssumption
    package var rows: [ProjectionKey]
    package var columns: [ProjectionKey]
    /// Dense `rows.count × columns.count` grid; nil where no result fell.
    package var cells: [TableCell?]
    /// One summary (geomean) per column.
    package var summaries: [ColumnSummary]

    /// The cell at `row`, `column`, if any result fell there (nil outside the table).
    package func cell(row: Int, column: Int) -> TableCell? {
        guard rows.indices.contains(row), columns.indices.contains(column) else { return nil }
        return cells[row * columns.count + column]
    }
}

/// A cell: the sample of values for one row and column, summarised, and compared with the
/// row's baseline cell when there is one.
package struct TableCell: Sendable {
    /// The values, sorted ascending.
    package var values: [Double]
    package var summary: Summary
    /// The comparison with the baseline column, for non-baseline cells that have a baseline.
    package var comparison: BenchStats.Comparison?
    /// The baseline cell's center, when `comparison` is set.
    package var baselineCenter: Double?
    /// Warnings about how the sample was formed (`benchmarks vary in ...`).
    package var sampleWarnings: [TableWarning]

    /// The footnotes of the center part of the cell: sample warnings, then summary warnings.
    package var centerWarnings: [TableWarning] {
        sampleWarnings + summary.warnings.map(TableWarning.statistics)
    }

    /// The footnotes of the comparison part of the cell.
    package var comparisonWarnings: [TableWarning] {
        (comparison?.warnings ?? []).map(TableWarning.statistics)
    }
}

/// The summary row entry for one column: the geometric mean of the column's centers and,
/// for non-baseline columns, the geometric mean of the per-row ratios to the baseline.
package struct ColumnSummary: Sendable {
    package var geomean: Double?
    package var ratio: Double?
    package var warnings: [TableWarning]
}

/// A caveat attached to a cell or summary, printed as a footnote.
package enum TableWarning: Sendable, Equatable {
    case statistics(StatisticsWarning)
    /// Results with different residue keys were pooled into one cell.
    case residueVaries(fields: [String])
    case benchmarkSetDiffers
    case summariesNotPositive
    case ratiosNotPositive

    /// The message exactly as benchstat words it.
    package var message: String {
        switch self {
        case .statistics(let warning): warning.message(formatFloat: GoFloatFormat.shortest)
        case .residueVaries(let fields): "benchmarks vary in " + fields.joined(separator: ", ")
        case .benchmarkSetDiffers: "benchmark set differs from baseline; geomeans may not be comparable"
        case .summariesNotPositive: "summaries must be >0 to compute geomean"
        case .ratiosNotPositive: "ratios must be >0 to compute geomean"
        }
    }
}

extension Collection<TableCell> {
    /// Whether the cells' values are not all one number: something a chart can show
    /// (all-zero allocations make none).
    package var valuesVary: Bool {
        guard let first = self.first?.values.first else { return false }
        return contains { $0.values.contains { $0 != first } }
    }
}
