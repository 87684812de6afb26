import BenchqTestSupport
import Foundation
import Testing

@testable import BenchData

/// The fast paths of the Google Benchmark and `go test -json` readers give exactly what the
/// general path (a parsed document) gives: on every shared file, on generated files with
/// escapes, unusual key orders, split lines and unicode, and on damaged files, where the
/// fast path must step aside rather than accept something the parser rejects.
@Suite struct JSONFastPathTests {
    // MARK: Every shared file, both ways

    static let sharedFiles: [String] = {
        let root = FormatFiles.directory
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return files.filter { !$0.hasSuffix("/") && !isDirectory(root + "/" + $0) }.sorted()
    }()

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    @Test func sharedFilesAreFound() {
        #expect(Self.sharedFiles.contains("gbench-repetitions.json"))
        #expect(Self.sharedFiles.contains("go-test2json-bench-go1.19.jsonl"))
    }

    @Test(arguments: sharedFiles)
    func sharedFileLoadsTheSameWithAndWithoutFastPaths(_ file: String) {
        let fast = Self.load([file], fastPaths: true)
        let general = Self.load([file], fastPaths: false)
        #expect(fast == general)
    }

    @Test(arguments: ["gbench-repetitions.json", "gbench-repetitions-run2.json"])
    func sharedGoogleBenchmarkFilesTakeTheFastPath(_ file: String) throws {
        let bytes = SharedTestData.bytes("formats/" + file)
        try #require(!bytes.isEmpty, "the shared file is missing")
        let scanned = bytes.withUnsafeBufferPointer { GoogleBenchmarkScan($0, requiringContext: true) != nil }
        #expect(scanned)
    }

    @Test func sharedGoTestJSONFileTakesTheFastPath() throws {
        let bytes = SharedTestData.bytes("formats/go-test2json-bench-go1.19.jsonl")
        try #require(!bytes.isEmpty, "the shared file is missing")
        #expect(Self.goText(bytes, fastPath: true) == Self.goText(bytes, fastPath: false))
        #expect(bytes.withUnsafeBufferPointer { GoTestJSONScan.outputs($0) } != nil)
    }

    // MARK: Google Benchmark

    static let gbenchCases: [(String, String)] = [
        ("plain", gbench(rows: [row("BM_a/1"), row("BM_a/1", index: 1), row("BM_b/2")])),
        (
            "escaped and unicode names",
            gbench(rows: [
                row(#"BM_\"quoted\"/x:1"#), row(#"BM_caf\u00e9/\ud83d\ude00"#), row("BM_тест/n:8"),
                row(#"BM_tab\tname"#), row(#"BM_slash\/1"#),
            ])
        ),
        (
            "unusual key order, name only, units",
            gbench(rows: [
                #"{"time_unit": "us", "cpu_time": 2.5e1, "real_time": 30, "iterations": 7, "name": "BM_order"}"#,
                #"{"iterations": 1, "time_unit": "ms", "name": "BM_order", "real_time": 1.0E-3}"#,
                #"{"name": "BM_s", "time_unit": "s", "real_time": -0.5, "cpu_time": 0}"#,
            ])
        ),
        (
            "user counters, rates, labels, described numbers",
            gbench(rows: [
                #"{"name": "BM_c", "run_name": "BM_c", "run_type": "iteration", "threads": 2, "real_time": 1, "cpu_time": 2, "time_unit": "ns", "bytes_per_second": 1e9, "items_per_second": 12345.678, "foo": 3, "label": "x", "bar_rate": 1.5, "nested": {"a": [1, 2, {"b": null}]}, "foo": 4}"#,
                #"{"name": "BM_c", "run_name": "BM_c", "run_type": "iteration", "real_time": 1, "bar_rate": 2, "per_family_instance_index": 3, "repetition_index": 1, "family_index": 0, "repetitions": 2}"#,
            ])
        ),
        (
            "failed rows and aggregates of iterated benchmarks",
            gbench(rows: [
                row("BM_x"), row("BM_x", index: 1),
                #"{"name": "BM_x_mean", "run_name": "BM_x", "run_type": "aggregate", "aggregate_name": "mean", "real_time": 5}"#,
                #"{"name": "BM_x_median", "run_type": "aggregate", "aggregate_name": "median", "real_time": 5}"#,
                #"{"name": "BM_fail", "error_occurred": true, "error_message": "boom", "real_time": 0}"#,
                #"{"name": "BM_ok", "error_occurred": false, "real_time": 9}"#,
            ])
        ),
        (
            "context of every kind",
            #"""
            {"context": {"date": "today", "host_name": "h\u00f6st", "num_cpus": 8, "cpu_scaling_enabled": false,
             "caches": [{"type": "Data", "size": 32768}], "load_avg": [0.5, 1], "json_schema_version": 1,
             "library_build_type": "release", "nothing": null, "Mixed Case: key": " padded "},
             "benchmarks": [{"name": "BM_ctx", "real_time": 1, "iterations": 3}], "extra": [true, false, null]}
            """#
        ),
        ("empty benchmarks", #"{"context": {}, "benchmarks": []}"#),
        ("byte order mark and blank lines", "\u{FEFF}\r\n\t" + gbench(rows: [row("BM_bom")]) + "\n\n"),
    ]

    @Test(arguments: gbenchCases)
    func googleBenchmarkFastPathGivesTheGeneralSet(_ name: String, _ text: String) throws {
        let bytes = Array(text.utf8)
        let scanned = bytes.withUnsafeBufferPointer { GoogleBenchmarkScan($0, requiringContext: true) != nil }
        #expect(scanned, "the fast path should read \(name)")
        let fast = Self.load(bytes: bytes, name: "g.json", fastPaths: true)
        let general = Self.load(bytes: bytes, name: "g.json", fastPaths: false)
        #expect(fast == general)
        #expect(fast.error == nil)
    }

    static let gbenchFallbacks: [(String, String)] = [
        (
            "aggregates only",
            gbench(rows: [
                #"{"name": "BM_y_mean", "run_name": "BM_y", "run_type": "aggregate", "aggregate_name": "mean", "real_time": 5}"#,
                #"{"name": "BM_y_median", "run_name": "BM_y", "run_type": "aggregate", "aggregate_name": "median", "real_time": 4}"#,
            ])
        ),
        ("a field twice", gbench(rows: [#"{"name": "BM_d", "real_time": 1, "real_time": 2}"#])),
        ("an escaped member name", gbench(rows: [#"{"n\u0061me": "BM_e", "real_time": 1}"#])),
        ("a wrong-typed time", gbench(rows: [#"{"name": "BM_w", "real_time": "1"}"#])),
        ("an unknown time unit", gbench(rows: [#"{"name": "BM_u", "real_time": 1, "time_unit": "fs"}"#])),
        ("a huge number", gbench(rows: [#"{"name": "BM_h", "real_time": 1e999}"#])),
        ("a fractional iteration count", gbench(rows: [#"{"name": "BM_i", "real_time": 1, "iterations": 2.0}"#])),
        ("no name", gbench(rows: [#"{"real_time": 1}"#])),
        ("a trailing comma", gbench(rows: [#"{"name": "BM_t", "real_time": 1,}"#])),
        ("context second", #"{"benchmarks": [{"name": "BM_z", "real_time": 1}], "context": {"k": "v"}}"#),
    ]

    @Test(arguments: gbenchFallbacks)
    func googleBenchmarkFastPathStepsAside(_ name: String, _ text: String) {
        let bytes = Array(text.utf8)
        let scanned = bytes.withUnsafeBufferPointer { GoogleBenchmarkScan($0, requiringContext: true) != nil }
        #expect(!scanned, "the general path should read \(name)")
        #expect(
            Self.load(bytes: bytes, name: "g.json", fastPaths: true)
                == Self.load(bytes: bytes, name: "g.json", fastPaths: false))
    }

    @Test func aForcedFormatTakesTheFastPathWithoutContext() {
        let bytes = Array(#"{"benchmarks": [{"name": "BM_f", "real_time": 1, "iterations": 2}]}"#.utf8)
        let scanned = bytes.withUnsafeBufferPointer { GoogleBenchmarkScan($0, requiringContext: false) != nil }
        #expect(scanned)
        let fast = Self.load(bytes: bytes, name: "g.json", format: .googleBenchmark, fastPaths: true)
        #expect(fast == Self.load(bytes: bytes, name: "g.json", format: .googleBenchmark, fastPaths: false))
        #expect(fast.results.count == 1)
    }

    /// Every prefix of a file, and every single-byte change to a few bytes: whenever the fast
    /// path accepts the text, the general path accepts it too and gives the same set.
    @Test func googleBenchmarkFastPathAcceptsNothingTheParserRejects() throws {
        var texts = [try #require(SharedTestData.text("formats/gbench-repetitions.json"))]
        texts += Self.gbenchCases.map(\.1)
        for text in texts {
            for variant in Self.damaged(Array(text.utf8)) {
                let scanned = variant.withUnsafeBufferPointer { GoogleBenchmarkScan($0, requiringContext: false) }
                guard let scanned else { continue }
                let fast = Self.read(variant) { builder in scanned.read(into: &builder) }
                let general = Self.read(variant) { (builder) throws(FormatError) in
                    try variant.withUnsafeBufferPointer { (buffer) throws(FormatError) in
                        try GoogleBenchmarkReader.readDocument(JSONDocument(parsing: buffer, path: "g"), into: &builder)
                    }
                }
                #expect(fast == general, "\(String(decoding: variant, as: UTF8.self))")
            }
        }
    }

    // MARK: go test -json

    static let goTestCases: [(String, String)] = [
        ("generated", goTestEvents(count: 40)),
        (
            "split lines, escapes and unicode",
            events([
                (#""Action":"output","Package":"p","Output":"goos: linux\n""#),
                (#""Action":"output","Package":"p","Output":"BenchmarkCaf\u00e9/x=\ud83d\ude00-2 \t""#),
                (#""Action":"output","Package":"p","Output":"  100\t  12.5 ns/op\t \"q\" \\ \/\n""#),
                (#""Action":"output","Package":"p","Output":"BenchmarkTab\t\t1\t2 ns/op\r\n""#),
            ])
        ),
        (
            "key orders and other actions",
            events([
                (#""Output":"BenchmarkA-2\t5\t3 ns/op\n","Package":"p","Action":"output""#),
                (#""Package":"p","Action":"run","Test":"BenchmarkA","Output":"ignored\n""#),
                (#""Action":"output","Output":"first\n","Output":"BenchmarkB-2\t5\t4 ns/op\n","Package":"p""#),
                (#""Action":"pass","Package":"p","Elapsed":0.25"#),
                (#""Action":"output","Package":"p","Test":"BenchmarkC","Output":"BenchmarkC-2\t1\t1 ns/op\n","Elapsed":1e-3,"Extra":{"a":[1,{"b":null}]}"#),
            ])
        ),
        (
            "interleaved packages, none, null and numbers",
            events([
                (#""Action":"output","Package":"a","Output":"BenchmarkA-2\t5\t3 ns/op\n""#),
                (#""Action":"output","Package":"b","Output":"pkg: b\nBenchmarkB-2\t5\t4 ns/op\n""#),
                (#""Action":"output","Package":"a","Output":"BenchmarkA2-2\t5\t3 ns/op\n""#),
                (#""Action":"output","Output":"BenchmarkNone-2\t5\t3 ns/op""#),
                (#""Action":"output","Package":null,"Output":"BenchmarkNull-2\t5\t3 ns/op\n""#),
                (#""Action":"output","Package":7,"Output":"BenchmarkSeven-2\t5\t3 ns/op\n""#),
                (#""Action":"output","Package":"c\u00e9","Output":"BenchmarkC-2\t5\t3 ns/op\n""#),
            ])
        ),
        (
            "compact stream",
            #"{"Action":"output","Output":"BenchmarkX-2\t1\t1 ns/op\n"}{}{"Action":"output","Output":""}"#
        ),
        ("crlf and blank lines", "\r\n" + goTestEvents(count: 3).replacingOccurrences(of: "\n", with: "\r\n\r\n")),
    ]

    @Test(arguments: goTestCases)
    func goTestJSONFastPathGivesTheGeneralText(_ name: String, _ text: String) {
        let bytes = Array(text.utf8)
        #expect(
            bytes.withUnsafeBufferPointer { GoTestJSONScan.outputs($0) } != nil, "the fast path should read \(name)")
        #expect(Self.goText(bytes, fastPath: true) == Self.goText(bytes, fastPath: false))
        #expect(
            Self.load(bytes: bytes, name: "t.jsonl", fastPaths: true)
                == Self.load(bytes: bytes, name: "t.jsonl", fastPaths: false))
    }

    static let goTestFallbacks: [(String, String)] = [
        ("an escaped action", events([(#""Action":"outp\u0075t","Output":"BenchmarkA-2\t1\t1 ns/op\n""#)])),
        ("a number as output", events([(#""Action":"output","Output":5"#)])),
        ("an event that is an array", #"["Action","output"]"#),
        ("a package object", events([(#""Action":"output","Package":{"p":1},"Output":"x\n""#)])),
        ("a truncated event", String(goTestEvents(count: 2).dropLast(5))),
        ("a raw line break in a string", #"{"Action":"output","Output":"a"# + "\n" + #""}"#),
    ]

    @Test(arguments: goTestFallbacks)
    func goTestJSONFastPathStepsAside(_ name: String, _ text: String) {
        let bytes = Array(text.utf8)
        #expect(
            bytes.withUnsafeBufferPointer { GoTestJSONScan.outputs($0) } == nil, "the general path should read \(name)")
        #expect(Self.goText(bytes, fastPath: true) == Self.goText(bytes, fastPath: false))
    }

    @Test func goTestJSONFastPathAcceptsNothingTheParserRejects() throws {
        var texts = [try #require(SharedTestData.text("formats/go-test2json-bench-go1.19.jsonl"))]
        texts += Self.goTestCases.map(\.1).filter { $0.utf8.count < 4000 }
        for text in texts {
            for variant in Self.damaged(Array(text.utf8)) {
                guard variant.withUnsafeBufferPointer({ GoTestJSONScan.outputs($0) }) != nil else { continue }
                #expect(
                    Self.goText(variant, fastPath: true) == Self.goText(variant, fastPath: false),
                    "\(String(decoding: variant, as: UTF8.self))")
            }
        }
    }

    // MARK: Helpers

    /// A load's outcome in comparable form: the set's tables, or the error text.
    struct Outcome: Equatable {
        var files: [InputFile] = []
        var names: [BenchmarkName] = []
        var units: [String] = []
        var measurements: [BenchData.Measurement] = []
        var results: [BenchmarkResult] = []
        var configurations: [Configuration] = []
        var unitMetadata = UnitMetadataTable()
        var error: String?

        init(_ set: BenchmarkSet) {
            (files, names, units) = (set.files, set.names, set.units)
            (measurements, results, configurations) = (set.measurements, set.results, set.configurations)
            unitMetadata = set.unitMetadata
        }

        init(error: String) { self.error = error }

        init(_ load: FormatFiles.Load) {
            if let set = load.set { self.init(set) } else { self.init(error: load.error ?? "") }
        }
    }

    static func load(_ paths: [String], fastPaths: Bool) -> Outcome {
        Outcome(FormatFiles.load(paths, fastPaths: fastPaths))
    }

    static func load(bytes: [UInt8], name: String, format: ResultFormat? = nil, fastPaths: Bool) -> Outcome {
        Outcome(FormatFiles.load(bytes: bytes, name: name, format: format, fastPaths: fastPaths))
    }

    static func read(_ bytes: [UInt8], _ body: (inout ResultBuilder) throws(FormatError) -> Void) -> Outcome {
        var builder = ResultBuilder(set: BenchmarkSet(), file: InputFile(label: "g", path: "g"))
        do {
            try body(&builder)
            return Outcome(builder.finish())
        } catch {
            return Outcome(error: error.description)
        }
    }

    static func goText(_ bytes: [UInt8], fastPath: Bool) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer in
            try? GoTestJSONReader.goText(ResultInput(path: "t", bytes: buffer, document: nil), fastPath: fastPath)
        }
    }

    /// Prefixes at every position, and each of a spread of bytes replaced by characters
    /// that matter to JSON.
    static func damaged(_ bytes: [UInt8]) -> [[UInt8]] {
        // Cut anywhere (every position near the end, where a cut can leave valid JSON).
        let cuts =
            Array(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 1500)))
            + (max(0, bytes.count - 64)..<bytes.count)
        var variants = cuts.map { Array(bytes[..<$0]) }
        let replacements = Array(#"",:{}[]\ 0e-.tn"#.utf8) + [0x0A, 0x01]
        let step = max(1, bytes.count / 300)
        for position in stride(from: 0, to: bytes.count, by: step) {
            for replacement in replacements where replacement != bytes[position] {
                var variant = bytes
                variant[position] = replacement
                variants.append(variant)
            }
        }
        return variants
    }

    static func gbench(rows: [String]) -> String {
        #"{"context": {"date": "2026", "executable": "./b", "host_name": "vm", "num_cpus": 2}, "benchmarks": ["#
            + rows.joined(separator: ",\n    ") + "]}"
    }

    static func row(_ name: String, index: Int = 0) -> String {
        #"""
        {
              "name": "\#(name)",
              "family_index": 0,
              "per_family_instance_index": 0,
              "run_name": "\#(name)",
              "run_type": "iteration",
              "repetitions": 2,
              "repetition_index": \#(index),
              "threads": 1,
              "iterations": 262281,
              "real_time": \#(212.61715488356396 + Double(index)),
              "cpu_time": 1.0196106465965892e+02,
              "time_unit": "ns",
              "bytes_per_second": 3.1384529091388410e+08,
              "items_per_second": 78461322
            }
        """#
    }

    static func events(_ members: [String]) -> String {
        members.map { #"{"Time":"2026-11-29T21:30:25Z","# + $0 + "}\n" }.joined()
    }

    static func goTestEvents(count: Int) -> String {
        var text = ""
        for index in 0..<count {
            let name = "BenchmarkSort/n=\(index % 5)-2"
            text += #"{"Time":"t","Action":"output","Package":"example.com/gob","Output":"\#(name)  \t"}"# + "\n"
            text +=
                #"{"Time":"t","Action":"output","Package":"example.com/gob","Output":"   20000\t  \#(index) ns/op\t 104 B/op\n"}"#
                + "\n"
        }
        return text
    }
}
