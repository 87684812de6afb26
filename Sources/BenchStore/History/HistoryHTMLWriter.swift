import BenchData
import BenchReport

/// `history | report html`: one self-contained page; with a benchmark query, a line chart of
/// the medians per commit for every benchmark and unit (inline SVG, oldest commit left),
/// followed by the table of values; without one, the table of stored runs.
package enum HistoryHTMLWriter {
    package static func render(_ history: StoreHistory) -> String {
        var page = HTMLPage(title: "benchq history" + (history.query.map { " — \($0)" } ?? ""))
        page.append("<h1>History</h1>\n")
        let commits = history.commitCount
        page.append(
            "<p class=\"meta\">\(history.runs.count) stored run\(history.runs.count == 1 ? "" : "s") of \(commits) commit\(commits == 1 ? "" : "s")"
                + (history.query.map { " · benchmarks matching <code>\(HTMLText.escape($0))</code>" } ?? "")
                + "</p>\n")
        if let query = history.query {
            if history.series.isEmpty {
                page.append("<p>No stored results match <code>\(HTMLText.escape(query))</code>.</p>\n")
            }
            for series in history.series { page.append(section(series)) }
        } else {
            page.append(runsTable(history.runs))
        }
        return page.render()
    }

    private static func section(_ series: HistorySeries) -> String {
        let scaler = Scaler.common(series.points.map(\.median), class: UnitClass(unit: series.unit))
        var html =
            "<h2>\(HTMLText.escape(series.name)) <span class=\"muted\">\(HTMLText.escape(series.unit))</span></h2>\n"
        html += chart(series, scaler: scaler)
        html += "<table>\n<tr><th>commit</th><th>date</th><th>refs</th><th>median</th><th>change</th>"
        html += "<th>samples</th><th>subject</th></tr>\n"
        for (point, change) in zip(series.points, HistoryTextWriter.changes(series.points)) {
            html += "<tr><td><code>\(point.commit.shortSHA)</code></td>"
            html += "<td>\(HTMLText.escape(String(point.commit.authorDate.prefix(10))))</td>"
            html += "<td>\(HTMLText.escape(point.refs.joined(separator: " ")))</td>"
            html += "<td>\(HTMLText.escape(scaler.format(point.median)))</td>"
            html += "<td>\(change)</td><td>\(point.samples)</td>"
            html += "<td class=\"name\">\(HTMLText.escape(point.commit.subject))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// A line through the medians, a dot per commit with its ref and value as a tooltip, the
    /// value axis on the left with round ticks.
    private static func chart(_ series: HistorySeries, scaler: Scaler) -> String {
        let width = 640.0
        let height = 220.0
        let left = 70.0
        let right = 40.0
        let top = 12.0
        let bottom = 40.0
        let values = series.points.map(\.median)
        let scale = ChartScale(covering: values, start: height - bottom, end: top)
        let count = series.points.count
        let x = { (index: Int) -> Double in
            count == 1 ? (left + width - right) / 2 : left + Double(index) / Double(count - 1) * (width - left - right)
        }
        let label = "Median \(series.unit) of \(series.name) per commit, oldest first"
        var svg = "<figure>\n<svg viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\" role=\"img\" "
        svg += "aria-label=\"\(HTMLText.escape(label))\">\n"
        for tick in scale.ticks {
            let y = SVGNumber.text(scale.position(tick))
            svg += "<line class=\"axis\" x1=\"\(SVGNumber.text(left))\" x2=\"\(SVGNumber.text(width - right))\" "
            svg += "y1=\"\(y)\" y2=\"\(y)\"/>"
            svg += "<text x=\"\(SVGNumber.text(left - 6))\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">"
            svg += "\(HTMLText.escape(scaler.format(tick)))</text>\n"
        }
        var path = ""
        for (index, point) in series.points.enumerated() where point.median.isFinite {
            path +=
                (path.isEmpty ? "M" : " L")
                + "\(SVGNumber.text(x(index))) \(SVGNumber.text(scale.position(point.median)))"
        }
        if !path.isEmpty { svg += "<path class=\"series\" d=\"\(path)\"/>\n" }
        for (index, point) in series.points.enumerated() where point.median.isFinite {
            let cx = SVGNumber.text(x(index))
            let tooltip =
                "\(point.commit.shortSHA) \(point.refs.joined(separator: " ")): \(scaler.format(point.median))"
            svg +=
                "<circle class=\"base\" cx=\"\(cx)\" cy=\"\(SVGNumber.text(scale.position(point.median)))\" r=\"3.5\">"
            svg += "<title>\(HTMLText.escape(tooltip))</title></circle>"
            svg += "<text x=\"\(cx)\" y=\"\(SVGNumber.text(height - bottom + 16))\" text-anchor=\"middle\">"
            svg += "\(point.commit.shortSHA)</text>\n"
        }
        return svg + "</svg>\n<figcaption>\(HTMLText.escape(label))</figcaption>\n</figure>\n"
    }

    private static func runsTable(_ runs: [StoredRun]) -> String {
        var html = "<table>\n<tr><th>commit</th><th>date</th><th>ref</th><th>run</th><th>rounds</th>"
        html += "<th>results</th><th>recorded</th><th>host</th><th>subject</th></tr>\n"
        for run in runs {
            html += "<tr><td><code>\(run.commit.shortSHA)</code></td>"
            html += "<td>\(HTMLText.escape(String(run.commit.authorDate.prefix(10))))</td>"
            html += "<td>\(HTMLText.escape(run.commit.ref))</td><td>\(run.number)</td><td>\(run.rounds)</td>"
            html += "<td>\(run.resultCount)</td><td>\(HTMLText.escape(run.recordedAt))</td>"
            html += "<td>\(HTMLText.escape("\(run.host.cpu), \(run.host.cores) cores"))</td>"
            html += "<td class=\"name\">\(HTMLText.escape(run.commit.subject))</td></tr>\n"
        }
        return html + "</table>\n"
    }
}
