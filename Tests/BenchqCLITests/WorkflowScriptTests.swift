import BenchqTestSupport
import Foundation
import Testing

/// The CI scripts in scripts/ as a Go repository would run them, with the benchq built here.
@Suite struct WorkflowScriptTests {
    private static let root = SharedTestData.packageRoot

    private func script(_ name: String, _ arguments: [String], environment extra: [String: String] = [:]) throws
        -> (stdout: String, stderr: String, status: Int32)
    {
        let process = Process()
        process.executableURL = Self.root.appendingPathComponent("scripts/\(name)")
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        var environment = ProcessInfo.processInfo.environment
        environment["BENCHQ"] = ProcessTests.executable.path
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus
        )
    }

    @Test func theGatePassesBenchqsStatusThroughAndWritesTheReports() throws {
        let folder = temporaryPath("gate")
        let failing = try script(
            "analyze_benchmark_regression.sh", ["examples/data/strconv-opt.txt", "examples/data/strconv-noopt.txt"],
            environment: ["BENCH_REPORT_DIR": folder, "SLACK_WEBHOOK_URL": ""])
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(failing.stderr.contains("REGRESSION; see \(folder)/regression_report.md"))
        for report in ["regression_report.md", "report.html", "regression.json"] {
            #expect(FileManager.default.fileExists(atPath: "\(folder)/\(report)"), "\(report)")
        }
        let passing = try script(
            "analyze_benchmark_regression.sh", ["examples/data/strconv-opt.txt", "examples/data/strconv-opt.txt"],
            environment: ["BENCH_REPORT_DIR": folder])
        #expect(passing.status == 0, "\(passing.stderr)")
        let missing = try script("analyze_benchmark_regression.sh", ["nosuch.txt", "examples/data/strconv-opt.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nosuch.txt does not exist"))
    }

    @Test func theReportIsWrittenWhateverTheVerdict() throws {
        let page = temporaryPath("report.html")
        let run = try script(
            "generate_performance_report.sh",
            ["examples/data/strconv-opt.txt", "examples/data/strconv-noopt.txt", page])
        #expect(run.status == 0, "\(run.stderr)")
        try expectWellFormed(html: String(contentsOfFile: page, encoding: .utf8))
    }

    /// A stand-in `go` records the command line it was given and prints benchmark lines.
    @Test(arguments: [
        ("quick", [:], "-count 5 -benchtime 200ms ./..."),
        ("full", [:], "-count 10 -benchtime 1s ./..."),
        (
            "full", ["BENCH_COUNT": "3", "BENCH_TIME": "10x", "BENCH_PACKAGES": "./a ./b", "BENCH_CPU": "1,2"],
            "-count 3 -benchtime 10x -cpu 1,2 ./a ./b"
        ),
    ])
    func benchmarksRunWithTheModesAndEnvironment(mode: String, environment: [String: String], expected: String) throws {
        let folder = temporaryPath("fake-go")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var variables = environment
        variables["GO"] = Self.root.appendingPathComponent("Tests/BenchqCLITests/Fixtures/fake-go").path
        variables["FAKE_GO_ARGS"] = "\(folder)/args"
        variables["BENCH_OUTPUT"] = "\(folder)/results/current.txt"
        let run = try script("run_benchmarks.sh", [mode], environment: variables)
        #expect(run.status == 0, "\(run.stderr)")
        let arguments = try String(contentsOfFile: "\(folder)/args", encoding: .utf8)
        #expect(arguments.hasPrefix("args: test -run ^$ -bench . -benchmem "))
        #expect(arguments.hasSuffix(expected + "\n"), "\(arguments)")
        #expect(try String(contentsOfFile: "\(folder)/results/current.txt", encoding: .utf8).contains("BenchmarkX-2"))
    }

    @Test func anUnknownModeIsAnError() throws {
        let run = try script("run_benchmarks.sh", ["fast"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown mode 'fast'"))
    }
}
