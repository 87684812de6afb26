import BenchCompare
import BenchData
import BenchStore

/// A value of the language: what a pipeline produces and a name is bound to.
package enum Value {
    case set(SetValue)
    case comparison(ComparisonValue)
    case scaling(ScalingValue)
    /// A comparison judged against thresholds.
    case check(CheckValue)
    case profile(ProfileValue)
    case profileDiff(ProfileValue)
    /// Stored runs, or the medians per commit of the benchmarks a query matches.
    case history(StoreHistory)

    /// The type's name as messages print it (`stage 'sort' does not apply to a set`).
    package var typeName: String {
        switch self {
        case .set: "set"
        case .comparison: "comparison"
        case .scaling: "scaling comparison"
        case .check: "check"
        case .profile: "profile"
        case .profileDiff: "profile diff"
        case .history: "history"
        }
    }

    /// One line for `sets`: the type and its size.
    package var summary: String {
        switch self {
        case .set(let value):
            let files = Set(value.set.files.map(\.path)).count
            return "set, \(value.set.results.count) results from \(files) file\(files == 1 ? "" : "s")"
        case .comparison(let value):
            let rows = value.result.tables.reduce(0) { $0 + $1.rows.count }
            return
                "comparison of \(value.names.joined(separator: ", ")), \(value.result.tables.count) tables, \(rows) rows"
        case .scaling(let value):
            return "scaling across \(value.key), \(value.tables.count) tables"
        case .check(let value):
            return "check of \(value.comparison.names.joined(separator: ", ")): \(value.check.summaryLine)"
        case .profile(let value), .profileDiff(let value):
            return value.summary
        case .history(let value):
            return "history, \(value.runs.count) runs of \(value.commitCount) commits"
                + (value.query == nil ? "" : ", \(value.series.count) series")
        }
    }
}

/// Benchmark results, with the name they are shown under (`.set`, column headers).
package struct SetValue {
    package var set: BenchmarkSet
    package var name: String
}

/// A comparison, with what is needed to redo it when a later `filter` narrows the results:
/// the sets, the request, and the row operations (`sort`, `top`, numeric filters) applied
/// since, replayed in order.
package struct ComparisonValue {
    package var sets: [(name: String, set: BenchmarkSet)]
    package var request: SetComparison
    package var rowOperations: [(ComparisonResult) -> ComparisonResult]
    package var result: ComparisonResult

    package var names: [String] { sets.map(\.name) }

    /// Redoes the comparison and replays the row operations.
    package mutating func recompute() throws(SetComparison.ClauseError) {
        var result = try request.compare(sets)
        for operation in rowOperations { result = operation(result) }
        self.result = result
    }
}

/// Speed-up and efficiency tables across a numeric key.
package struct ScalingValue {
    package var key: String
    package var tables: [ScalingAnalysis.Table]
}
