import BenchData
import BenchqTestSupport
import Foundation
import Testing

/// Every file in `../shared/testdata/formats` either loads in the format it is, or gives the
/// documented message (docs/formats.md): "not a results file" for known non-result files,
/// the list of formats for unknown JSON, a "no benchmark results" warning for other text.
@Suite struct FormatFileCoverageTests {
    enum Expectation: Sendable, CustomStringConvertible {
        /// Loads with results (and, when aggregates-only, one notice).
        case results(aggregatesOnly: Bool)
        /// Fails with a message containing this text.
        case error(String)
        /// Text without results: loads empty, with a warning.
        case noResults

        var description: String {
            switch self {
            case .results(let aggregates): aggregates ? "aggregates" : "results"
            case .error(let text): "error: \(text)"
            case .noResults: "no results"
            }
        }
    }

    static let notResults = "not a results file"
    static let expectations: [String: Expectation] = [
        "asv-benchmarks.json": .error(notResults + ": an asv benchmark list"),
        "asv-machine.json": .error(notResults + ": an asv machine description"),
        "asv-regressions.json": .error(notResults + ": asv's regressions list"),
        "asv-result-with-samples.json": .error(notResults + ": an asv result file"),
        "bencher-bmf-v0-latency.json": .results(aggregatesOnly: true),
        "bencher-bmf-v1-canonical.json": .results(aggregatesOnly: true),
        "critcmp-export-before.json": .results(aggregatesOnly: true),
        "criterion-0.3.6/before-benchmark.json": .error(notResults + ": a criterion benchmark description"),
        "criterion-0.3.6/before-estimates.json": .results(aggregatesOnly: true),
        "criterion-0.3.6/before-raw.csv": .results(aggregatesOnly: false),
        "criterion-0.3.6/before-sample.json": .results(aggregatesOnly: false),
        "criterion-0.3.6/before-tukey.json": .error(notResults + ": a list of numbers"),
        "criterion-0.3.6/change-estimates.json": .error(notResults + ": criterion change estimates"),
        "criterion-0.3.6/new-benchmark.json": .error(notResults + ": a criterion benchmark description"),
        "criterion-0.3.6/new-estimates.json": .results(aggregatesOnly: true),
        "criterion-0.3.6/new-raw.csv": .results(aggregatesOnly: false),
        "criterion-0.3.6/new-sample.json": .results(aggregatesOnly: false),
        "criterion-0.3.6/new-tukey.json": .error(notResults + ": a list of numbers"),
        "gbench-compare-dump.json": .error(notResults + ": a Google Benchmark compare.py dump"),
        "gbench-repetitions-run2.json": .results(aggregatesOnly: false),
        "gbench-repetitions.json": .results(aggregatesOnly: false),
        "go-bench-count5-benchmem.txt": .results(aggregatesOnly: false),
        "go-benchfmt-benchstat-doc-new.txt": .results(aggregatesOnly: false),
        "go-benchfmt-benchstat-doc-old.txt": .results(aggregatesOnly: false),
        "go-benchfmt-unit-metadata-and-config-keys.txt": .results(aggregatesOnly: false),
        "go-test2json-bench-go1.19.jsonl": .results(aggregatesOnly: false),
        "hyperfine-1.15-export.csv": .results(aggregatesOnly: true),
        "hyperfine-1.15-export.json": .results(aggregatesOnly: false),
        "hyperfine-1.15-export.md": .results(aggregatesOnly: true),
        "hyperfine-2.0-export-schema2.json": .results(aggregatesOnly: false),
        "hyperfine-2.0-export.csv": .results(aggregatesOnly: true),
        "hyperfine-2.0-export.md": .results(aggregatesOnly: true),
        "jmh-thrpt-rawData.json": .results(aggregatesOnly: false),
        "package-benchmark-1.38.1/MyBench.swift.txt": .noResults,
        "package-benchmark-1.38.1/baseline-after-results.json": .error(notResults + ": a package-benchmark baseline"),
        "package-benchmark-1.38.1/baseline-before-results.json": .error(notResults + ": a package-benchmark baseline"),
        "package-benchmark-1.38.1/baseline-check-before-after.txt": .error(
            "invalid encode, only utf-8 encoded files are supported"),
        "package-benchmark-1.38.1/baseline-compare-before-after.md": .noResults,
        "package-benchmark-1.38.1/export-histogramPercentiles.tsv": .noResults,
        "package-benchmark-1.38.1/export-histogramSamples.tsv": .noResults,
        "package-benchmark-1.38.1/export-influx.csv": .noResults,
        "package-benchmark-1.38.1/export-jmh.json": .results(aggregatesOnly: false),
        "package-benchmark-1.38.1/export-jsonSmallerIsBetter.json": .error(
            "JSON in no results format benchq knows; the formats are: go (Go benchmark text), go-test-json"),
        "package-benchmark-1.38.1/export-markdown.txt": .noResults,
        "pprof-cpu-new.pb.gz": .error(notResults + ": gzip-compressed data in no results format (a pprof profile?"),
        "pprof-cpu-old.pb.gz": .error(notResults + ": gzip-compressed data in no results format (a pprof profile?"),
        "pprof-mem.pb.gz": .error(notResults + ": gzip-compressed data in no results format (a pprof profile?"),
        "pyperf-suite.json": .results(aggregatesOnly: false),
        "pyperf-timeit-single.json": .results(aggregatesOnly: false),
        "pytest-benchmark-autosave-stats-only.json": .results(aggregatesOnly: true),
        "pytest-benchmark-json-with-data-trimmed.json": .results(aggregatesOnly: false),
    ]

    @Test func everySharedFileIsClassified() throws {
        let root = URL(fileURLWithPath: FormatFiles.directory)
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [String] = []
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        #expect(Set(files) == Set(Self.expectations.keys), "a new shared file needs an expectation here")
    }

    @Test(arguments: expectations.keys.sorted())
    func loadsOrGivesTheDocumentedError(_ file: String) throws {
        let expectation = try #require(Self.expectations[file])
        let load = FormatFiles.load([file])
        switch expectation {
        case .results(let aggregatesOnly):
            let set = try #require(load.set, "\(load.error ?? "")")
            #expect(!set.results.isEmpty)
            #expect(set.files.allSatisfy { $0.aggregatesOnly == aggregatesOnly })
            #expect(load.notes.count == (aggregatesOnly ? 1 : 0), "\(load.notes)")
        case .error(let text):
            let error = try #require(load.error)
            #expect(error.hasPrefix(file + ": "), "the message names the file")
            #expect(error.contains(text), "\(error)")
        case .noResults:
            #expect(load.set?.results.isEmpty == true)
            #expect(
                load.notes == [
                    "\(file): no benchmark results in this file (the formats benchq reads are listed by 'help formats')"
                ])
        }
    }

    @Test func aCriterionDirectoryLoadsEveryNewSample() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-criterion-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (benchmark, source) in [("sort/rev/100", "before"), ("sort/asc/100", "new")] {
            let new = directory.appendingPathComponent("criterion/\(benchmark)/new")
            try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
            try Data(SharedTestData.bytes("formats/criterion-0.3.6/\(source)-sample.json")).write(
                to: new.appendingPathComponent("sample.json"))
            try Data(SharedTestData.bytes("formats/criterion-0.3.6/\(source)-tukey.json")).write(
                to: new.appendingPathComponent("tukey.json"))
        }
        let load = FormatFiles.load(["criterion"], in: directory.path)
        let set = try #require(load.set, "\(load.error ?? "")")
        // Without benchmark.json the names come from the directories.
        #expect(set.countsByName == ["sort/asc/100": 10, "sort/rev/100": 10])
        #expect(set.files.allSatisfy { $0.label == "criterion" })
        let empty = FormatFiles.load(["criterion/sort"], format: .jmh, in: directory.path)
        #expect(empty.error == "criterion/sort: is a directory, not a JMH JSON file")
    }

    @Test func gzipCompressedGoTextLoadsLikeTheTextEvenInSeveralMembers() throws {
        let text = SharedTestData.bytes("formats/go-bench-count5-benchmem.txt")
        let plain = try #require(FormatFiles.load(["go-bench-count5-benchmem.txt"]).set)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-gz-text-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("run.txt")
        try Data(text).write(to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Two gzip members, each half of the text: read as one stream.
        process.arguments = [
            "-c", "head -c 800 \"$0\" | gzip -c > \"$0.gz\" && tail -c +801 \"$0\" | gzip -c >> \"$0.gz\"",
            source.path,
        ]
        try process.run()
        process.waitUntilExit()
        let load = FormatFiles.load(["run.txt.gz"], in: directory.path)
        let compressed = try #require(load.set, "\(load.error ?? "")")
        #expect(compressed.measurements == plain.measurements)
        #expect(compressed.names == plain.names)
    }

    @Test func pyperfGzipLoadsLikeTheUncompressedFile() throws {
        let plain = try #require(FormatFiles.load(["pyperf-suite.json"]).set)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-gz-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        process.arguments = [
            "-c", "gzip -c \"$0\" > \"$1\"", SharedTestData.url("formats/pyperf-suite.json").path,
            directory.appendingPathComponent("suite.json.gz").path,
        ]
        try process.run()
        process.waitUntilExit()
        let load = FormatFiles.load(["suite.json.gz"], in: directory.path)
        let compressed = try #require(load.set, "\(load.error ?? "")")
        #expect(compressed.measurements == plain.measurements)
        #expect(compressed.names == plain.names)
        let cut = try Data(contentsOf: directory.appendingPathComponent("suite.json.gz")).prefix(300)
        #expect(
            FormatFiles.load(bytes: Array(cut), name: "cut.json.gz").error
                == "cut.json.gz: cannot decompress: truncated gzip stream (ended after \(cut.count) compressed bytes)")
    }
}
