import BenchData
import BenchReport

/// `history | report markdown`: the runs, or each series as a table with its sparkline, for
/// a pull-request comment or a wiki page.
package enum HistoryMarkdownWriter {
    package static func render(_ history: StoreHistory) -> String {
        var text = ""
        guard let query = history.query else {
            text += "| commit | date | ref | run | rounds | results | subject |\n|---|---|---|--:|--:|--:|---|\n"
            for run in history.runs {
                text += "| `\(run.commit.shortSHA)` | \(run.commit.authorDate.prefix(10)) | "
                text += "\(MarkdownText.escape(run.commit.ref)) | \(run.number) | \(run.rounds) | \(run.resultCount) | "
                text += "\(MarkdownText.escape(run.commit.subject)) |\n"
            }
            return text
        }
        if history.series.isEmpty { return "No stored results match `\(MarkdownText.escape(query))`.\n" }
        for (index, series) in history.series.enumerated() {
            if index > 0 { text += "\n" }
            let medians = series.points.map(\.median)
            let scaler = Scaler.common(medians, class: UnitClass(unit: series.unit))
            text += "**\(MarkdownText.escape(series.name))** \(MarkdownText.escape(series.unit)) "
            text += "\(HistoryTextWriter.sparkline(medians))\n\n"
            text += "| commit | date | refs | median | change | samples | subject |\n|---|---|---|--:|--:|--:|---|\n"
            for (point, change) in zip(series.points, HistoryTextWriter.changes(series.points)) {
                text += "| `\(point.commit.shortSHA)` | \(point.commit.authorDate.prefix(10)) | "
                text += "\(MarkdownText.escape(point.refs.joined(separator: " "))) | \(scaler.format(point.median)) | "
                text += "\(change) | \(point.samples) | \(MarkdownText.escape(point.commit.subject)) |\n"
            }
        }
        return text
    }
}
