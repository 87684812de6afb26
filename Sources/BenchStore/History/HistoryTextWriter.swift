import BenchData
import BenchReport

/// `history` on a terminal: the stored runs as a table, or per benchmark and unit its
/// medians per commit with the change from the commit before and a sparkline of the trend.
package enum HistoryTextWriter {
    package static func write(_ history: StoreHistory, to output: inout String) {
        if history.runs.isEmpty {
            output += "no runs are stored yet; store some with record or store import\n"
            return
        }
        guard let query = history.query else {
            writeRuns(of: history, to: &output)
            return
        }
        if history.series.isEmpty {
            output += "no stored results match \(query)\n"
            return
        }
        for (index, series) in history.series.enumerated() {
            if index > 0 { output += "\n" }
            writeSeries(series, to: &output)
        }
    }

    private static func writeRuns(of history: StoreHistory, to output: inout String) {
        let runs = history.runs
        // Results from different machines do not compare: then each run says where it ran.
        let showsHost = Set(runs.map(\.host)).count > 1
        var table = AlignedColumns(
            [.left, .left, .left, .right, .right, .right] + (showsHost ? [.left] : []) + [.left])
        table.append(["commit", "date", "ref", "run", "rounds", "results"] + (showsHost ? ["host"] : []) + ["subject"])
        for run in runs {
            let host = showsHost ? ["\(run.host.cpu) ×\(run.host.cores)"] : []
            table.append(
                [
                    run.commit.shortSHA, String(run.commit.authorDate.prefix(10)), run.commit.ref, String(run.number),
                    String(run.rounds), String(run.resultCount),
                ] + host + [run.commit.subject])
        }
        table.render(to: &output)
        let commits = history.commitCount
        output += "\(runs.count) run\(runs.count == 1 ? "" : "s") of \(commits) commit\(commits == 1 ? "" : "s")\n"
    }

    private static func writeSeries(_ series: HistorySeries, to output: inout String) {
        let medians = series.points.map(\.median)
        let scaler = Scaler.common(medians, class: UnitClass(unit: series.unit))
        output += "\(series.name)  \(series.unit)  \(sparkline(medians))\n"
        var table = AlignedColumns([.left, .left, .left, .right, .right, .right, .left])
        table.append(["commit", "date", "refs", "median", "change", "samples", "subject"])
        for (point, change) in zip(series.points, changes(series.points)) {
            table.append([
                point.commit.shortSHA, String(point.commit.authorDate.prefix(10)),
                point.refs.joined(separator: " "), scaler.format(point.median), change, String(point.samples),
                point.commit.subject,
            ])
        }
        table.render(to: &output)
    }

    /// Per point, its change from the point before: empty for the first.
    static func changes(_ points: [HistoryPoint]) -> [String] {
        points.indices.map { $0 == 0 ? "" : change(from: points[$0 - 1].median, to: points[$0].median) }
    }

    /// The change in percent with two decimals and a sign, as benchstat prints deltas.
    private static func change(from old: Double, to new: Double) -> String {
        guard old != 0, old.isFinite, new.isFinite else { return "" }
        return GoFloatFormat.signedFixed((new / old - 1) * 100, precision: 2) + "%"
    }

    /// One block character per value, lowest to highest: ▁▂▃▄▅▆▇█ (a space for no value).
    package static func sparkline(_ values: [Double]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return "" }
        return String(
            values.map { value -> Character in
                guard value.isFinite else { return " " }
                guard high > low else { return blocks[3] }
                return blocks[min(7, Int(((value - low) / (high - low) * 7).rounded()))]
            })
    }
}
