/// The results formats benchq reads, with the names `load ... format NAME` accepts.
package enum ResultFormat: String, CaseIterable, Sendable {
    case goText = "go"
    case goTestJSON = "go-test-json"
    case googleBenchmark = "gbench"
    case hyperfine
    case pytestBenchmark = "pytest-benchmark"
    case pyperf
    case criterion
    case jmh
    case bencherMetricFormat = "bmf"

    /// What the format is called in messages and docs.
    package var title: String {
        switch self {
        case .goText: "Go benchmark text"
        case .goTestJSON: "go test -json"
        case .googleBenchmark: "Google Benchmark JSON"
        case .hyperfine: "hyperfine JSON/CSV/Markdown"
        case .pytestBenchmark: "pytest-benchmark JSON"
        case .pyperf: "pyperf JSON"
        case .criterion: "criterion (sample.json, raw.csv, estimates.json, target/criterion)"
        case .jmh: "JMH JSON"
        case .bencherMetricFormat: "Bencher Metric Format (BMF) JSON"
        }
    }

    /// Other names accepted after `format`.
    package var aliases: [String] {
        switch self {
        case .goText: ["gotext", "benchfmt"]
        case .goTestJSON: ["test2json", "gotestjson"]
        case .googleBenchmark: ["google-benchmark", "googlebenchmark"]
        case .hyperfine: []
        case .pytestBenchmark: ["pytest"]
        case .pyperf: []
        case .criterion: []
        case .jmh: []
        case .bencherMetricFormat: ["bencher"]
        }
    }

    /// The format called `name` (case-insensitive, aliases included).
    package static func named(_ name: String) -> ResultFormat? {
        let lowered = name.lowercased()
        return allCases.first { $0.rawValue == lowered || $0.aliases.contains(lowered) }
    }

    /// `go (Go benchmark text), go-test-json (go test -json), ...` for messages.
    package static var list: String {
        allCases.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", ")
    }
}
