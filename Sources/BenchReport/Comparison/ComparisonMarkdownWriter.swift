import BenchCompare

/// A comparison (or a set, as a one-column comparison) as Markdown tables: one per unit and
/// configuration, columns as benchstat has them, names escaped with ``MarkdownText``.
package enum ComparisonMarkdownWriter {
    package static func write(_ result: ComparisonResult, to text: inout String) {
        for (index, table) in result.tables.enumerated() {
            if index > 0 { text += "\n" }
            let label = result.tableLabel(index)
            if !label.isEmpty { text += "**\(MarkdownText.escape(label))**\n\n" }
            let labels = table.columns.map { MarkdownText.escape(result.columnProjection.label(of: $0)) }
            var header = [MarkdownText.escape(table.unit)]
            var alignment = [":--"]
            for (column, label) in labels.enumerated() {
                header.append(label)
                alignment.append("--:")
                if column > 0 {
                    header.append("vs \(labels[0])")
                    alignment.append("--:")
                }
            }
            text += "| " + header.joined(separator: " | ") + " |\n|" + alignment.joined(separator: "|") + "|\n"
            for row in table.rows.indices {
                let cells = ComparisonCells(table, row: row)
                let name = MarkdownText.escape(result.rowProjection.label(of: table.rows[row]))
                text += "| " + line(name, cells.values, cells.changes).joined(separator: " | ") + " |\n"
            }
            if let geomean = ComparisonCells.geomean(table) {
                text += "| " + line("**geomean**", geomean.values, geomean.changes).joined(separator: " | ") + " |\n"
            }
        }
    }

    private static func line(_ name: String, _ values: [String], _ changes: [String]) -> [String] {
        var line = [name]
        for column in values.indices {
            line.append(values[column])
            if column > 0 { line.append(changes[column]) }
        }
        return line
    }
}
