import BenchData
import BenchqTestSupport
import Foundation
import Testing

@testable import BenchqCLI

/// Bad input never crashes: each case gets a clear message and the exit status benchq
/// promises (2 for errors, 0 when the input is merely odd).
@Suite struct BadInputTests {
    /// A scratch folder holding one file per case.
    private static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-bad-input-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = Self.folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func run(_ arguments: [String]) -> (stdout: String, stderr: String, status: Int32) {
        runBenchstat(arguments, in: nil)
    }

    @Test func missingFileIsAnErrorNamingIt() {
        let result = run(["/nonexistent/benchq/old.txt"])
        #expect(result.stderr == "benchstat: open /nonexistent/benchq/old.txt: no such file or directory\n")
        #expect(result.stdout.isEmpty)
        #expect(result.status == 2)
    }

    @Test func directoryIsAnErrorNamingIt() {
        let path = Self.folder.path
        let result = run([path])
        #expect(result.stderr == "benchstat: \(path):0: read \(path): is a directory\n")
        #expect(result.status == 2)
    }

    @Test func emptyFilePrintsNothing() throws {
        let result = run([try write("empty.txt", [])])
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0)
    }

    @Test func binaryGarbageIsRejectedAsNotUTF8() throws {
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try write("garbage.bin", garbage)
        let result = run([path])
        #expect(result.stderr.hasSuffix("benchstat: \(path): invalid encode, only utf-8 encoded files are supported\n"))
        #expect(result.stdout.isEmpty)
        #expect(result.status == 2)
    }

    @Test func invalidUTF8InANameIsRejected() throws {
        let path = try write(
            "latin1.txt", Array("BenchmarkA 1 5 ns/op\nBenchmarkCaf".utf8) + [0xE9] + Array(" 1 5 ns/op\n".utf8))
        let result = run([path])
        #expect(result.stderr == "benchstat: \(path): invalid encode, only utf-8 encoded files are supported\n")
        #expect(result.status == 2)
    }

    @Test func megabyteLineIsRead() throws {
        let name = String(repeating: "N", count: 1 << 20)
        let path = try write("long.txt", Array("Benchmark\(name) 1 5 ns/op\nBenchmark\(name) 1 7 ns/op\n".utf8))
        let result = run([path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 4)  // the file header, the unit header, the benchmark, the footnote
        #expect(rows.count > 2 && rows[2].hasPrefix(name) && rows[2].hasSuffix("  6.000n ± ∞ ¹"))
    }

    @Test func nanAndInfinityValuesDoNotCrashComparisons() throws {
        let old = try write(
            "odd-old.txt", Array("BenchmarkA 1 NaN ns/op\nBenchmarkA 1 +Inf ns/op\nBenchmarkB 1 -Inf x/op\n".utf8))
        let new = try write(
            "odd-new.txt", Array("BenchmarkA 1 NaN ns/op\nBenchmarkA 1 3 ns/op\nBenchmarkB 1 NaN x/op\n".utf8))
        let text = run([old, new])
        let csv = run(["-format", "csv", old, new])
        #expect(text.status == 0)
        #expect(csv.status == 0)
        #expect(text.stdout.contains("vs base"))
    }

    @Test(arguments: [
        (["-alpha", "2", "a.txt"], "benchstat: -alpha must be in range [0, 1]\n"),
        (["-confidence", "-1", "a.txt"], "benchstat: -confidence must be in range [0, 1]\n"),
        (["-format", "json", "a.txt"], "benchstat: -format must be text or csv\n"),
        (
            ["-filter", "(", "a.txt"],
            "benchstat: parsing -filter: syntax error: expected key:value or subexpression\n\t(\n\t ^\n"
        ),
    ])
    func badFlagValuesAreErrors(_ arguments: [String], _ message: String) {
        let result = run(arguments)
        #expect(result.stderr == message)
        #expect(result.status == 2)
    }

    @Test(arguments: [("x", "parse error"), ("1e400", "value out of range")])
    func badNumberIsAUsageErrorAsInGo(_ value: String, _ reason: String) {
        let result = run(["-alpha", value, "a.txt"])
        #expect(result.stderr.hasPrefix("invalid value \"\(value)\" for flag -alpha: \(reason)\nUsage: "))
        #expect(result.status == 2)
    }

    @Test func unknownFlagPrintsUsage() {
        let result = run(["-bogus", "a.txt"])
        #expect(result.stderr.hasPrefix("flag provided but not defined: -bogus\nUsage: benchq benchstat"))
        #expect(result.status == 2)
    }

    @Test func noInputsPrintsUsage() {
        let result = run([])
        #expect(result.stderr.hasPrefix("Usage: benchq benchstat"))
        #expect(result.status == 2)
    }

    @Test func helpIsNotAnError() {
        #expect(run(["-h"]).status == 0)
        #expect(run(["--help"]).status == 0)
    }
}

@Suite struct GlobInputTests {
    @Test func unquotedPatternStandsForTheFilesItMatches() {
        let expanded = InputArgument.parse(["json-gogc*.txt"], relativeTo: SharedTestData.url("go").path)
        #expect(expanded.map(\.file.label) == ["json-gogc100.txt", "json-gogc25.txt", "json-gogcoff.txt"])
    }

    @Test func labelledPatternPoolsItsFilesIntoOneColumn() {
        let expanded = InputArgument.parse(["opt=strconv-opt-*.txt"], relativeTo: SharedTestData.url("go").path)
        #expect(expanded.map(\.file.label) == ["opt", "opt"])
        #expect(expanded.map(\.file.path) == ["strconv-opt-a.txt", "strconv-opt-b.txt"])
    }

    @Test func patternMatchingNothingIsReportedAsMissing() {
        let (_, stderr, status) = runBenchstat(["nothing-*.txt"])
        #expect(stderr == "benchstat: open nothing-*.txt: no such file or directory\n")
        #expect(status == 2)
    }
}
