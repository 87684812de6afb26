import BenchCompare

/// A comparison (or a set) as a self-contained HTML page: the tables as benchstat lays them
/// out, then a strip chart of the samples per row.
package enum ComparisonHTMLWriter {
    package static func write(_ result: ComparisonResult, title: String, to text: inout String) {
        var page = HTMLPage(title: "benchq: \(title)")
        page.append("<h1>\(HTMLText.escape(title))</h1>\n")
        if result.tables.isEmpty { page.append("<p class=\"meta\">No results to show.</p>\n") }
        var charts: [String] = []
        for (index, table) in result.tables.enumerated() {
            let label = result.tableLabel(index)
            let columns = table.columns.map { result.columnProjection.label(of: $0) }
            page.append("<h2>\(HTMLText.escape(label.isEmpty ? table.unit : "\(label) · \(table.unit)"))</h2>\n")
            var html = "<table>\n<thead><tr><th>\(HTMLText.escape(table.unit))</th>"
            for (column, name) in columns.enumerated() {
                html += "<th>\(HTMLText.escape(name))</th>"
                if column > 0 { html += "<th>vs \(HTMLText.escape(columns[0]))</th>" }
            }
            html += "</tr></thead>\n<tbody>\n"
            for row in table.rows.indices {
                let name = result.rowProjection.label(of: table.rows[row])
                let cells = ComparisonCells(table, row: row)
                html += "<tr><td class=\"name\">\(HTMLText.escape(name))</td>"
                for column in columns.indices {
                    html += "<td>\(HTMLText.escape(cells.values[column]))</td>"
                    if column > 0 { html += "<td>\(HTMLText.escape(cells.changes[column]))</td>" }
                }
                html += "</tr>\n"
                let samples = table.columns.indices.compactMap { table.cell(row: row, column: $0) }
                if charts.count < SampleStripChart.pageLimit && samples.valuesVary {
                    charts.append(chart(table, row: row, name: name))
                }
            }
            if let geomean = ComparisonCells.geomean(table) {
                html += "<tr><th>geomean</th>"
                for column in columns.indices {
                    html += "<td>\(HTMLText.escape(geomean.values[column]))</td>"
                    if column > 0 { html += "<td>\(HTMLText.escape(geomean.changes[column]))</td>" }
                }
                html += "</tr>\n"
            }
            page.append(html + "</tbody>\n</table>\n")
        }
        if !charts.isEmpty {
            page.append("<h2>Samples</h2>\n<p class=\"legend\">Each dot is one run; the tick is the median and ")
            page.append("the bar its confidence interval; the first lane is the baseline.</p>\n")
            page.append("<div class=\"charts\">\n" + charts.joined() + "</div>\n")
        }
        text += page.render()
    }

    private static func chart(_ table: ComparisonTable, row: Int, name: String) -> String {
        let lanes = table.columns.indices.compactMap { column in
            table.cell(row: row, column: column).map { SampleStripChart.Lane($0, style: column == 0 ? "base" : "new") }
        }
        let chart = SampleStripChart(title: "\(name) \(table.unit)", unit: table.unit, lanes: lanes)
        return "<figure><figcaption><strong>\(HTMLText.escape(name))</strong> <span class=\"muted\">"
            + "\(HTMLText.escape(table.unit))</span></figcaption>\(chart.render())</figure>\n"
    }
}
