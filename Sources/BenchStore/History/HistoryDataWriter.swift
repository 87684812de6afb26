import BenchData
import BenchReport

/// `history | report json` and `report csv`: the same facts as the text, for programs.
///
/// JSON (`benchq.history/1`): `{"schema", "runs": [...], "query", "series": [{"name", "unit",
/// "points": [...]}]}` with
/// full SHAs, ISO dates and unscaled medians in the tidied unit. CSV: one row per run, or
/// with a query one row per point of every series.
package enum HistoryDataWriter {
    package static func json(_ history: StoreHistory) -> String {
        let runs = history.runs.map { run -> JSONValue in
            var origin: [(String, JSONValue)] = []
            switch run.origin {
            case .command(let command): origin = [("command", .string(command))]
            case .file(let path): origin = [("imported_from", .string(path))]
            }
            return .object(
                [
                    ("commit", .string(run.commit.sha)), ("ref", .string(run.commit.ref)),
                    ("run", .integer(run.number)), ("subject", .string(run.commit.subject)),
                    ("author_date", .string(run.commit.authorDate)), ("recorded_at", .string(run.recordedAt)),
                ] + origin + [
                    (
                        "host",
                        .object([
                            ("os", .string(run.host.os)), ("cpu", .string(run.host.cpu)),
                            ("cores", .integer(run.host.cores)),
                        ])
                    ),
                    ("rounds", .integer(run.rounds)), ("results", .integer(run.resultCount)),
                ])
        }
        var members: [(String, JSONValue)] = [("schema", .string("benchq.history/1")), ("runs", .array(runs))]
        if let query = history.query {
            members.append(("query", .string(query)))
            members.append(
                (
                    "series",
                    .array(
                        history.series.map { series in
                            .object([
                                ("name", .string(series.name)), ("unit", .string(series.unit)),
                                (
                                    "points",
                                    .array(
                                        series.points.map { point in
                                            .object([
                                                ("commit", .string(point.commit.sha)),
                                                ("refs", .array(point.refs.map(JSONValue.string))),
                                                ("author_date", .string(point.commit.authorDate)),
                                                ("median", .number(point.median)),
                                                ("samples", .integer(point.samples)),
                                            ])
                                        })
                                ),
                            ])
                        })
                ))
        }
        return JSONWriter.render(.object(members))
    }

    package static func csv(_ history: StoreHistory) -> String {
        var rows: [[String]]
        if history.query == nil {
            rows = [["commit", "ref", "run", "author_date", "rounds", "results", "subject"]]
            for run in history.runs {
                rows.append([
                    run.commit.sha, run.commit.ref, String(run.number), run.commit.authorDate, String(run.rounds),
                    String(run.resultCount), run.commit.subject,
                ])
            }
        } else {
            rows = [["name", "unit", "commit", "refs", "author_date", "median", "samples"]]
            for series in history.series {
                for point in series.points {
                    rows.append([
                        series.name, series.unit, point.commit.sha, point.refs.joined(separator: " "),
                        point.commit.authorDate, GoFloatFormat.shortest(point.median), String(point.samples),
                    ])
                }
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading `'`.
    private static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self { result += character == "\"" ? "\"\"" : String(character) }
        return result
    }
}
