import BenchData

/// `history` on a terminal: the stored runs as a table, or per benchmark and unit its
/// medians per commit with the change from the commit before and a sparkline of the trend.
package enum HistoryTextWriter {
    package static func write(_ history: StoreHistory, to output: inout String) {
        if history.runs.isEmpty {
            output += "no runs are stored yet; store some with record or store import\n"
            return
        }
        guard let query = history.query else {
            writeRuns(history.runs, to: &output)
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

    private static func writeRuns(_ runs: [StoredRun], to output: inout String) {
        // Results from different machines do not compare: then each run says where it ran.
        let showsHost = Set(runs.map(\.host)).count > 1
        var table = TextColumns(
            header: ["commit", "date", "ref", "run", "rounds", "results"] + (showsHost ? ["host"] : []) + ["subject"],
            rightAligned: [3, 4, 5])
        for run in runs {
            let host = showsHost ? ["\(run.host.cpu) ×\(run.host.cores)"] : []
            table.add(
                [
                    run.commit.shortSHA, String(run.commit.authorDate.prefix(10)), run.commit.ref, String(run.number),
                    String(run.rounds), String(run.resultCount),
                ] + host + [run.commit.subject])
        }
        output += table.render()
        let commits = Set(runs.map(\.commit.sha)).count
        output += "\(runs.count) run\(runs.count == 1 ? "" : "s") of \(commits) commit\(commits == 1 ? "" : "s")\n"
    }

    private static func writeSeries(_ series: HistorySeries, to output: inout String) {
        let medians = series.points.map(\.median)
        let scaler = Scaler.common(medians, class: UnitClass(unit: series.unit))
        output += "\(series.name)  \(series.unit)  \(sparkline(medians))\n"
        var table = TextColumns(
            header: ["commit", "date", "refs", "median", "change", "samples", "subject"], rightAligned: [3, 4, 5])
        var previous: Double?
        for point in series.points {
            table.add([
                point.commit.shortSHA, String(point.commit.authorDate.prefix(10)),
                point.refs.joined(separator: " "), scaler.format(point.median),
                previous.map { change(from: $0, to: point.median) } ?? "", String(point.samples), point.commit.subject,
            ])
            previous = point.median
        }
        output += table.render()
    }

    /// The change in percent with two decimals and a sign, as benchstat prints deltas.
    static func change(from old: Double, to new: Double) -> String {
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

/// A plain table: columns padded to their widest cell (counted in Unicode scalars), two
/// spaces apart, the last column never padded.
struct TextColumns {
    private var rows: [[String]]
    private let rightAligned: Set<Int>

    init(header: [String], rightAligned: Set<Int> = []) {
        rows = [header]
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.unicodeScalars.count) }
        }
        var text = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                if index > 0 { line += "  " }
                let padding = String(repeating: " ", count: widths[index] - cell.unicodeScalars.count)
                if rightAligned.contains(index) {
                    line += padding + cell
                } else {
                    line += index == row.count - 1 ? cell : cell + padding
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
