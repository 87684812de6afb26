import BenchProfile

/// A profile or profile diff as one self-contained HTML page: pprof's header lines, a bar
/// chart of the largest flat values (for a diff: the largest increases and the largest
/// decreases, each its own chart), then the whole table. Every name is escaped.
package enum ProfileHTMLWriter {
    /// Bars per chart.
    package static let barLimit = 15

    package static func write(_ top: ProfileTop, title: String, isDiff: Bool, to text: inout String) {
        var page = HTMLPage(title: "benchq \(isDiff ? "profile diff" : "profile"): \(title)")
        page.append("<h1>\(isDiff ? "Profile diff" : "Profile")</h1>\n")
        page.append("<p class=\"meta\">\(HTMLText.escape(title))</p>\n")
        page.append(
            "<pre>" + ProfileTextWriter.headerLines(top).map(HTMLText.escape).joined(separator: "\n") + "</pre>\n")
        if isDiff {
            let increases = top.rows.filter { $0.flat > 0 }.sorted { $0.flat > $1.flat }
            let decreases = top.rows.filter { $0.flat < 0 }.sorted { $0.flat < $1.flat }
            page.append("<h2>Largest increases (flat)</h2>\n")
            page.append(chart(Array(increases.prefix(barLimit)), top: top, style: "increase"))
            page.append("<h2>Largest decreases (flat)</h2>\n")
            page.append(chart(Array(decreases.prefix(barLimit)), top: top, style: "decrease"))
        } else {
            let largest = top.rows.filter { $0.flat != 0 }.sorted { $0.flat.magnitude > $1.flat.magnitude }
            page.append("<h2>Largest flat values</h2>\n")
            page.append(chart(Array(largest.prefix(barLimit)), top: top, style: "base"))
        }
        page.append("<h2>All nodes</h2>\n")
        page.append(table(top))
        text += page.render()
    }

    /// Horizontal bars, one per row, scaled to the largest |flat|; the name sits above its bar.
    private static func chart(_ rows: [ProfileTop.Row], top: ProfileTop, style: String) -> String {
        guard let largest = rows.map(\.flat.magnitude).max(), largest > 0 else {
            return "<p class=\"muted\">None.</p>\n"
        }
        let width = 720.0
        let barArea = 560.0
        let rowHeight = 34.0
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGNumber.text(width)) "
        svg += "\(SVGNumber.text(rowHeight * Double(rows.count) + 4))\" role=\"img\">\n"
        for (index, row) in rows.enumerated() {
            let y = rowHeight * Double(index)
            let length = max(1, barArea * Double(row.flat.magnitude) / Double(largest))
            let name = HTMLText.escape(row.name)
            let value = HTMLText.escape("\(top.format(row.flat)) (\(ProfileCells.percent(row.flat, top)))")
            svg += "<text x=\"0\" y=\"\(SVGNumber.text(y + 12))\">\(name)</text>\n"
            svg +=
                "<rect class=\"\(style)\" x=\"0\" y=\"\(SVGNumber.text(y + 16))\" width=\"\(SVGNumber.text(length))\" "
            svg += "height=\"12\"><title>\(name): \(value)</title></rect>\n"
            svg += "<text x=\"\(SVGNumber.text(length + 6))\" y=\"\(SVGNumber.text(y + 26))\">\(value)</text>\n"
        }
        return svg + "</svg></figure>\n"
    }

    private static func table(_ top: ProfileTop) -> String {
        var html = "<table>\n<thead><tr><th>Name</th><th>flat</th><th>flat%</th><th>sum%</th><th>cum</th>"
        html += "<th>cum%</th></tr></thead>\n<tbody>\n"
        for (row, cells) in zip(top.rows, ProfileCells.rows(top)) {
            let tone = row.flat > 0 ? " class=\"bad\"" : row.flat < 0 ? " class=\"good\"" : ""
            html += "<tr><td class=\"name\"><code>\(HTMLText.escape(ProfileCells.name(row)))</code></td>"
            html += "<td\(tone)>\(HTMLText.escape(cells.flat))</td><td>\(cells.flatPercent)</td>"
            html +=
                "<td>\(cells.sumPercent)</td><td>\(HTMLText.escape(cells.cum))</td><td>\(cells.cumPercent)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
