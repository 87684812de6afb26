import BenchCompare

/// A check as one self-contained HTML page: the verdict, the table of every row, and a strip
/// chart of the samples per benchmark (regressions and improvements first).
package enum CheckHTMLWriter {
    package static func write(_ check: Check, to text: inout String) {
        var page = HTMLPage(title: "benchq check: \(check.summaryLine)")
        let sets = CheckCells.comparedPairs(check.rows)
        page.append("<h1>Benchmark check</h1>\n")
        let common = check.comparison.tableCaptions().common
        page.append("<p class=\"meta\">\(HTMLText.escape(sets.joined(separator: ", ")))")
        page.append(common.isEmpty ? "</p>\n" : "<br/>\(HTMLText.escape(common))</p>\n")
        let tone = check.hasRegression ? " bad" : check.counts[.improvement] != nil ? " good" : ""
        page.append(
            "<div class=\"verdict\(tone)\">\(badge(check.hasRegression ? .regression : check.counts[.improvement] != nil ? .improvement : .ok))"
        )
        page.append(HTMLText.escape(CheckMarkdownWriter.headline(check, marked: false)))
        page.append(" <span class=\"muted\">— \(HTMLText.escape(check.summaryLine))</span></div>\n")
        page.append("<p class=\"meta\">Policy: \(HTMLText.escape(CheckCells.policy(check.settings)))<br/>")
        page.append("\(HTMLText.escape(CheckCells.statistics(check.settings))). Change is the difference of the ")
        page.append("medians; the estimate is the Hodges-Lehmann shift with its confidence interval.</p>\n")
        page.append("<h2>Results</h2>\n")
        page.append(table(check))
        page.append(charts(check))
        text += page.render()
    }

    private static func table(_ check: Check) -> String {
        let showColumn = CheckCells.comparesSeveralSets(check.rows)
        var html = "<table>\n<thead><tr><th>Benchmark</th>"
        if showColumn { html += "<th>Set</th>" }
        html += "<th>Unit</th><th>Baseline</th><th>New</th><th>Change</th>"
        html += "<th>\(HTMLText.escape(CheckCells.estimateHeader(check.settings)))</th><th>p</th><th>Limit</th>"
        html += "<th class=\"status\">Status</th></tr></thead>\n<tbody>\n"
        var table: String?
        let columnCount = showColumn ? 9 : 8
        let captions = check.comparison.tableCaptions().perTable
        for row in check.rows {
            let caption = captions[row.table]
            if caption != table {
                table = caption
                if !caption.isEmpty {
                    html += "<tr><th colspan=\"\(columnCount + 1)\">\(HTMLText.escape(caption))</th></tr>\n"
                }
            }
            let cells = CheckCells(row)
            let changeTone =
                row.status == .regression ? " bad" : row.status == .improvement ? " good" : ""
            html += "<tr class=\"\(row.status.rawValue)\"><td class=\"name\">\(HTMLText.escape(cells.benchmark))</td>"
            if showColumn { html += "<td>\(HTMLText.escape(row.columnLabel))</td>" }
            html += "<td>\(HTMLText.escape(cells.unit))</td><td>\(HTMLText.escape(cells.baseline))</td>"
            html +=
                "<td>\(HTMLText.escape(cells.new))</td><td class=\"change\(changeTone)\">\(HTMLText.escape(cells.change))</td>"
            html += "<td>\(HTMLText.escape(cells.estimate))</td><td>\(HTMLText.escape(cells.p))</td>"
            html += "<td>\(HTMLText.escape(cells.limit))</td>"
            let note = row.note.map { " title=\"\(HTMLText.escape($0))\"" } ?? ""
            html += "<td class=\"status\"\(note)>\(badge(row.status))\(row.status.rawValue)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func charts(_ check: Check) -> String {
        let ranked = check.rows.enumerated().filter { $0.element.hasSpread }
            .sorted { a, b in
                let x = priority(a.element.status)
                let y = priority(b.element.status)
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        guard !ranked.isEmpty else { return "" }
        var html = "<h2>Samples</h2>\n<p class=\"legend\">Each dot is one run; the tick is the median and the bar "
        html += "its \(CheckCells.number(check.settings.confidence * 100))% confidence interval."
        html += "<span class=\"swatch\" style=\"background: var(--base)\"></span>baseline"
        html += "<span class=\"swatch\" style=\"background: var(--new)\"></span>new</p>\n"
        if ranked.count > SampleStripChart.pageLimit {
            html +=
                "<p class=\"meta\">Showing the first \(SampleStripChart.pageLimit) of \(ranked.count) benchmarks.</p>\n"
        }
        html += "<div class=\"charts\">\n"
        for row in ranked.prefix(SampleStripChart.pageLimit) {
            guard let baseline = row.baseline, let new = row.new else { continue }
            let cells = CheckCells(row)
            let chart = SampleStripChart(
                title: "\(row.identity.row) \(row.identity.unit)", unit: row.identity.unit,
                lanes: [SampleStripChart.Lane(baseline, style: "base"), SampleStripChart.Lane(new, style: "new")])
            html +=
                "<figure><figcaption>\(badge(row.status))<strong>\(HTMLText.escape(row.identity.row))</strong>"
            html +=
                " <span class=\"muted\">\(HTMLText.escape(row.identity.unit)) · \(HTMLText.escape(cells.change))</span>"
            html += "</figcaption>\(chart.render())</figure>\n"
        }
        return html + "</div>\n"
    }

    /// A coloured dot for a status, drawn with CSS: emoji depend on the reader's fonts, and a
    /// self-contained page cannot bring its own.
    static func badge(_ status: CheckStatus) -> String {
        "<span class=\"badge \(status.rawValue)\" aria-hidden=\"true\"></span>"
    }

    private static func priority(_ status: CheckStatus) -> Int {
        switch status {
        case .regression: 0
        case .improvement: 1
        default: 2
        }
    }
}
