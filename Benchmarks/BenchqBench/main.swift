// Speed driver for benchq, run in a release build by scripts/bench.
//
// Prints Go benchmark format, so benchq can compare its own runs:
//   BenchmarkParse/large.txt   20   14.2e6 ns/op   382.1 MB/s   3616000 results/s
// Usage: benchq-bench [TESTDATA_DIR] [-count N] [-formats [-only NAME]]

import BenchCompare
import BenchData
import BenchqCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
var count = 5
if let flag = arguments.firstIndex(of: "-count"), flag + 1 < arguments.count, let parsed = Int(arguments[flag + 1]) {
    count = parsed
    arguments.removeSubrange(flag...(flag + 1))
}
// `-formats`: only the readers of other tools' formats (on generated inputs).
let formatsOnly = arguments.contains("-formats")
arguments.removeAll { $0 == "-formats" }
// `-only NAME`: only the generated inputs whose name contains NAME (for profiling one reader).
var onlyInput: String?
if let flag = arguments.firstIndex(of: "-only"), flag + 1 < arguments.count {
    onlyInput = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
let directory = arguments.first ?? "../shared/testdata/go"

/// Runs `body` `iterations` times and returns the mean seconds per iteration.
func measure(iterations: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for _ in 0..<iterations { body() }
    }
    let (seconds, attoseconds) = elapsed.components
    return (Double(seconds) + Double(attoseconds) * 1e-18) / Double(iterations)
}

func report(_ name: String, iterations: Int, seconds: Double, extra: [(Double, String)] = []) {
    var line = "Benchmark\(name)\t\(iterations)\t\(Int((seconds * 1e9).rounded())) ns/op"
    for (value, unit) in extra {
        let rounded = (value * 10).rounded() / 10
        line += "\t\(rounded) \(unit)"
    }
    print(line)
}

print("goos: linux")
print("pkg: benchq")
if formatsOnly {
    if onlyInput == nil { benchmarkNumbers(count: count) }
    benchmarkFormats(count: count, only: onlyInput)
    exit(0)
}

for name in ["large.txt", "strconv-100x-count80.txt"] {
    let path = directory + "/" + name
    let bytes: [UInt8]
    do {
        bytes = try InputSource.readAll(path: path)
    } catch {
        print("benchq-bench: \(error)")
        exit(2)
    }
    var results = 0
    let seconds = measure(iterations: count) {
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        bytes.withUnsafeBufferPointer { buffer in
            try? reader.read(buffer, file: InputFile(label: name, path: name), into: &set, warnings: &warnings)
        }
        results = set.results.count
    }
    report(
        "Parse/\(name)", iterations: count, seconds: seconds,
        extra: [(Double(bytes.count) / seconds / 1e6, "MB/s"), (Double(results) / seconds, "results/s")])
    // The same file through the loader `load` uses (format detection, memory-mapped file).
    let loaded = measure(iterations: count) {
        let input = InputArgument(file: InputFile(label: name, path: path), isStandardInput: false)
        results = (try? ResultLoader.load([input], warn: { _ in }, note: { _ in }))?.results.count ?? 0
    }
    report(
        "Load/\(name)", iterations: count, seconds: loaded,
        extra: [(Double(bytes.count) / loaded / 1e6, "MB/s"), (Double(results) / loaded, "results/s")])
}

let discard = BenchstatCommand.Streams(standardOutput: { _ in }, standardError: { _ in })
for (name, inputs) in [
    ("large.txt", ["large.txt"]),
    ("large.txt-vs-large.txt", ["large.txt", "large.txt"]),
    ("strconv-opt-a-vs-noopt", ["strconv-opt-a.txt", "strconv-noopt.txt"]),
] {
    let command = BenchstatCommand(currentDirectory: directory)
    let seconds = measure(iterations: count) { _ = command.run(inputs, streams: discard) }
    report("Benchstat/\(name)", iterations: count, seconds: seconds)
}

// Phases of the default comparison on large.txt: grouping into tables, then statistics.
do {
    let path = directory + "/large.txt"
    let bytes = (try? InputSource.readAll(path: path)) ?? []
    var set = BenchmarkSet()
    var reader = GoBenchReader()
    var warnings: [InputError] = []
    bytes.withUnsafeBufferPointer { buffer in
        try? reader.read(buffer, file: InputFile(label: "large.txt", path: path), into: &set, warnings: &warnings)
    }
    print(
        "# large.txt: \(set.results.count) results, \(set.names.count) names, \(set.configurations.count) configurations, \(set.units.count) units"
    )
    var builder: TableBuilder?
    let group = measure(iterations: count) {
        guard let filter = try? ResultFilter("*") else { return }
        let parser = ProjectionParser()
        guard let table = try? parser.parseWithUnit(".config", filter: filter),
            let row = try? parser.parse(".fullname", filter: filter),
            let column = try? parser.parse(".file", filter: filter)
        else { return }
        var tables = TableBuilder(table: table, row: row, column: column, residue: parser.residue(), filter: filter)
        tables.add(set)
        builder = tables
    }
    report("Group/large.txt", iterations: count, seconds: group)
    if let builder {
        let statistics = measure(iterations: count) {
            _ = builder.build(options: ComparisonOptions(), unitMetadata: set.unitMetadata)
        }
        report("Statistics/large.txt", iterations: count, seconds: statistics)
    }
}

runProfileBenchmarks(pprofDirectory: directory + "/../pprof", count: count)
runStoreBenchmarks(directory: directory, count: count)
