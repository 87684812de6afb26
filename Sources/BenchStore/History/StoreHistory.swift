import BenchData
import BenchStats

/// What `history` shows: the stored runs, and with a benchmark query the median of each
/// matching benchmark and unit per commit, oldest commit first.
package struct StoreHistory: Sendable {
    /// The runs listed (all of the store's, or those a `record`/`store import` just stored).
    package var runs: [StoredRun]
    /// The benchmark query, when one was given.
    package var query: String?
    /// One series per benchmark and unit matching the query.
    package var series: [HistorySeries]

    package init(runs: [StoredRun], query: String? = nil, series: [HistorySeries] = []) {
        self.runs = runs
        self.query = query
        self.series = series
    }

    /// Distinct commits among the runs.
    package var commitCount: Int { Set(runs.map(\.commit.sha)).count }

    /// The series of the benchmarks `filter` keeps, from every run of `runs`' commits.
    package static func series(
        of runs: [StoredRun], matching filter: ResultFilter, in store: ResultStore
    ) throws(StoreError) -> [HistorySeries] {
        var commits: [(commit: CommitInfo, runs: [StoredRun])] = []
        var commitIndex: [String: Int] = [:]
        for run in runs {
            if let index = commitIndex[run.commit.sha] {
                commits[index].runs.append(run)
            } else {
                commitIndex[run.commit.sha] = commits.count
                commits.append((run.commit, [run]))
            }
        }
        var order: [SeriesKey] = []
        var points: [SeriesKey: [HistoryPoint]] = [:]
        for (commit, commitRuns) in commits {
            let set = try store.load(commitRuns).filtered(by: filter)
            var values: [SeriesKey: [Double]] = [:]
            for result in set.results {
                let name = set.name(of: result).fullName
                // Benchmarks of different packages may share a name; `go test` prints `pkg:`.
                let package = set.configuration(of: result).value(of: "pkg") ?? ""
                for measurement in set.measurements(of: result) {
                    let key = SeriesKey(package: package, name: name, unit: set.units[Int(measurement.unit)])
                    if values[key] == nil, points[key] == nil { order.append(key) }
                    values[key, default: []].append(measurement.value)
                }
            }
            let refs = Array(Set(commitRuns.map(\.commit.ref))).sorted()
            for (key, samples) in values {
                let sorted = samples.sorted()
                points[key, default: []].append(
                    HistoryPoint(commit: commit, refs: refs, median: median(sorted: sorted), samples: sorted.count))
            }
        }
        let packages = Set(order.map(\.package))
        return order.map { key in
            // The package is part of the name only where it tells series apart.
            let name = packages.count > 1 && !key.package.isEmpty ? "\(key.package).\(key.name)" : key.name
            return HistorySeries(name: name, unit: key.unit, points: points[key] ?? [])
        }
    }

    private struct SeriesKey: Hashable {
        var package: String
        var name: String
        var unit: String
    }
}

/// One benchmark's medians per commit, in one (tidied) unit.
package struct HistorySeries: Sendable, Equatable {
    /// The full benchmark name (`Encode/size=1k-8`).
    package var name: String
    package var unit: String
    /// Oldest commit first; commits where the benchmark has no results are left out.
    package var points: [HistoryPoint]
}

/// The median of one benchmark at one commit, over every stored run of the commit.
package struct HistoryPoint: Sendable, Equatable {
    package var commit: CommitInfo
    /// The refs the commit was stored under (`v1.2.0`, `HEAD`).
    package var refs: [String]
    package var median: Double
    /// How many values the median is of.
    package var samples: Int
}
