import BenchCompare
import BenchData

/// Writes comparison tables in benchstat's text format, byte for byte: box-drawn column
/// headers, `center ± range` cells, `vs base` changes with their tests, a geomean row, and
/// numbered footnotes for warnings.
package enum BenchstatTextWriter {
    package static func write(_ result: ComparisonResult, to output: inout String) {
        for index in result.tables.indices {
            if index > 0 { output.append("\n") }
            for line in result.headerLines(beforeTable: index) {
                output.append(line)
                output.append("\n")
            }
            writeTable(result.tables[index], of: result, to: &output)
        }
    }

    private static let labelColumns = 1
    private static let centerColumns = 3  // center, ± range, footnotes
    private static let deltaColumns = 3  // change, (p=… n=…), footnotes

    /// The first grid column of logical column `index`.
    private static func startColumn(_ index: Int) -> Int {
        index == 0 ? labelColumns : labelColumns + centerColumns + (index - 1) * (centerColumns + deltaColumns)
    }

    private static func writeTable(_ table: ComparisonTable, of result: ComparisonResult, to output: inout String) {
        var grid = TextGrid()
        var footnotes = Footnotes()
        let rightEdge = startColumn(table.columns.count + 1)

        for level in result.columnProjection.header(table.columns) {
            grid.startRow()
            for node in level {
                let left = startColumn(node.start)
                let right = startColumn(node.start + node.length)
                grid.move(to: left)
                grid.add(node.value, span: right - left, alignment: .center, margin: " │ ")
            }
            grid.move(to: rightEdge)
            grid.add("", margin: " │")
        }

        grid.startRow()
        for index in table.columns.indices {
            let left = startColumn(index)
            grid.move(to: left)
            grid.add(table.unit, span: centerColumns, alignment: .center, margin: " │ ")
            if index > 0 { grid.add("vs base", span: deltaColumns, alignment: .left, margin: "  ") }
            // Only the first column of each group stretches under a wide header.
            for column in (left + 1)..<grid.column { grid.setShrink(column) }
        }
        grid.move(to: rightEdge)
        grid.add("", margin: " │")

        let unitClass = UnitClass(unit: table.unit)
        for row in table.rows.indices {
            grid.startRow()
            grid.add(result.rowProjection.label(of: table.rows[row]))
            var centers: [Double] = []
            for column in table.columns.indices {
                if let cell = table.cell(row: row, column: column) { centers.append(cell.summary.center) }
            }
            let scaler = Scaler.common(centers, class: unitClass)
            for column in table.columns.indices {
                guard let cell = table.cell(row: row, column: column) else { continue }
                grid.move(to: startColumn(column))
                grid.add(scaler.format(cell.summary.center), alignment: .right)
                grid.add(CellText.range(cell.summary), alignment: .right, margin: " ± ")
                grid.add(footnotes.marks(for: cell.centerWarnings))
                if column > 0, let comparison = cell.comparison, let baseline = cell.baselineCenter {
                    grid.add(
                        CellText.delta(comparison, baseline: baseline, center: cell.summary.center),
                        alignment: .right)
                    grid.add("(" + CellText.test(comparison) + ")")
                    grid.add(footnotes.marks(for: cell.comparisonWarnings))
                }
            }
        }

        if table.rows.count > 1 {
            grid.startRow()
            grid.add("geomean")
            for (column, summary) in table.summaries.enumerated() {
                if let geomean = summary.geomean {
                    grid.move(to: startColumn(column))
                    grid.add(Scaler.scale(geomean, class: unitClass).format(geomean), alignment: .right)
                }
                if column > 0 {
                    grid.move(to: startColumn(column) + centerColumns)
                    if let ratio = summary.ratio {
                        grid.add(CellText.ratio(ratio), alignment: .right)
                    } else {
                        grid.add("?")
                    }
                }
                grid.move(to: startColumn(column + 1) - 1)
                grid.add(footnotes.marks(for: summary.warnings))
            }
        }

        grid.render(into: &output)
        for (index, message) in footnotes.messages.enumerated() {
            output.append(Footnotes.superscript(index + 1))
            output.append(" ")
            output.append(message)
            output.append("\n")
        }
    }
}

/// Numbers warning messages in order of first use within a table.
struct Footnotes {
    private(set) var messages: [String] = []
    private var numbers: [String: Int] = [:]

    /// The superscript marks for `warnings`, separated by spaces.
    mutating func marks(for warnings: [TableWarning]) -> String {
        var marks: [String] = []
        for warning in warnings {
            let message = warning.message
            let number: Int
            if let existing = numbers[message] {
                number = existing
            } else {
                messages.append(message)
                number = messages.count
                numbers[message] = number
            }
            marks.append(Self.superscript(number))
        }
        return marks.joined(separator: " ")
    }

    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
