import BenchData
import BenchQuery
import BenchqTestSupport
import Foundation
import Testing

@testable import BenchqCLI

/// Other tools' formats in the language: `load` detects them, `format NAME` forces one, and
/// `save` converts them to Go text that compares exactly as the original does.
@Suite struct FormatLanguageTests {
    private let formats = SharedTestData.url("formats").path

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "benchq-format-language-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(arguments: [
        ("gbench-repetitions.json", "gbench-repetitions-run2.json"),
        ("hyperfine-1.15-export.json", "hyperfine-2.0-export-schema2.json"),
        ("pyperf-timeit-single.json", "pyperf-suite.json"),
    ])
    func comparingGivesTheSameNumbersAsTheConvertedGoText(_ old: String, _ new: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let converted = runScript(
            """
            a = load "\(formats)/\(old)"
            b = load "\(formats)/\(new)"
            a | save "\(directory.path)/a.txt"
            b | save "\(directory.path)/b.txt"
            compare a b
            """)
        #expect(converted.status == 0, "\(converted.stderr)")
        let text = runScript(
            """
            a = load "\(directory.path)/a.txt"
            b = load "\(directory.path)/b.txt"
            compare a b
            """)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.isEmpty)
        #expect(converted.stdout == text.stdout)
        #expect(converted.stdout.contains("│      a      │") || converted.stdout.contains("│      a       │"))
    }

    @Test func savedGoTextReadsBackAsTheSameSetThroughTheBenchstatReader() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("gbench.txt").path
        let run = runScript("load \"\(formats)/gbench-repetitions.json\" | save \"\(path)\"")
        #expect(run.status == 0, "\(run.stderr)")
        var warnings: [InputError] = []
        let text = try GoBenchLoader.load(
            [InputArgument(file: InputFile(label: path, path: path), isStandardInput: false)]
        ) { warnings.append($0) }
        #expect(warnings.isEmpty)
        let original = try ResultLoader.load(
            [InputArgument(file: InputFile(label: "g", path: "gbench-repetitions.json"), isStandardInput: false)],
            relativeTo: formats, warn: { _ in }, note: { _ in })
        #expect(text.names == original.names)
        #expect(text.measurements == original.measurements)
        #expect(text.configurations.map(\.entries) == original.configurations.map(\.entries))
        #expect(text.unitMetadata == original.unitMetadata)
    }

    @Test func aNamedFormatIsUsedAsGiven() {
        let run = runScript(
            "load \"\(formats)/hyperfine-1.15-export.json\" format hyperfine\nsets\nx = load \"\(formats)/hyperfine-1.15-export.json\"\nsets"
        )
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("x  set, 20 results from 1 file"))
    }

    @Test(arguments: [
        (
            "load \"F/hyperfine-1.15-export.json\" format hyperfin",
            "error: unknown format 'hyperfin'"
        ),
        (
            "load \"F/hyperfine-1.15-export.json\" format gbench",
            "error: cannot load: F/hyperfine-1.15-export.json:1:1: missing field benchmarks"
        ),
        (
            "load \"F/asv-machine.json\"",
            "error: cannot load: F/asv-machine.json: not a results file: an asv machine description"
        ),
    ])
    func formatProblemsAreErrorsAtTheLoad(_ script: String, _ message: String) {
        let run = runScript(script.replacingOccurrences(of: "F/", with: formats + "/"))
        #expect(run.status == 2)
        #expect(run.stderr.contains(message.replacingOccurrences(of: "F/", with: formats + "/")), "\(run.stderr)")
    }

    @Test func unknownFormatNamesAreSpelledOut() {
        let run = runScript("load \"\(formats)/hyperfine-1.15-export.json\" format hyperfin")
        #expect(run.stderr.contains("did you mean 'hyperfine'?"))
        #expect(
            run.stderr.contains(
                "the formats are: go, go-test-json, gbench, hyperfine, pytest-benchmark, pyperf, criterion, jmh, bmf"))
    }

    @Test func thresholdMarksAggregatesOnlyRowsInconclusive() {
        let run = runScript(
            "compare \"\(formats)/hyperfine-1.15-export.csv\" \"\(formats)/hyperfine-2.0-export.csv\" | threshold")
        #expect(run.status == 0, "a +151% change without samples is no regression: \(run.stderr)")
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("sec/op") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("inconclusive") })
    }

    @Test func aggregatesOnlyFilesWarnOncePerFile() {
        let run = runScript(
            "a = load \"\(formats)/hyperfine-1.15-export.csv\" \"\(formats)/bencher-bmf-v0-latency.json\"\nsets")
        #expect(run.status == 0)
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.contains("no statistical test is possible") })
    }
}

/// `help formats` names every format `load ... format` accepts.
@Suite struct FormatHelpTests {
    @Test func helpFormatsListsEveryFormat() {
        let run = runScript("help formats")
        #expect(run.status == 0)
        for format in ResultFormat.allCases { #expect(run.stdout.contains("    \(format.rawValue) "), "\(format)") }
        #expect(run.stdout.contains("example: "))
    }
}

/// The shell completes format names after `load "..." format`.
@Suite struct FormatCompletionTests {
    @Test func completesFormatNamesAfterFormat() {
        let completion = LanguageCompletion(
            session: Session(definitions: [:], environment: [:], write: { _ in }, writeError: { _ in }))
        let line = "a = load \"x.json\" format py"
        #expect(completion.completions(for: line, cursor: line.unicodeScalars.count) == ["pytest-benchmark", "pyperf"])
    }
}
