import BenchqTestSupport
import Foundation
import Testing

/// The real `benchq` executable, run as a user runs it: argument dispatch, exit statuses,
/// standard input.
@Suite struct ProcessTests {
    /// The `benchq` built beside this test bundle.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("benchq")

    private func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> (
        stdout: String, stderr: String, status: Int32
    ) {
        try runBenchq(arguments, input: input, in: directory)
    }

    @Test func recordUsageErrorsNameTheWholeCommand() throws {
        let result = try run(["record", "go test -bench ."])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Error: give at least one ref to record at"))
        #expect(result.stderr.contains("Usage: benchq record <command>"))
        #expect(result.stderr.contains("See 'benchq record --help'"))
    }

    @Test func benchstatSubcommandMatchesBenchstat() throws {
        let result = try run(["benchstat", "strconv-opt-a.txt", "strconv-opt-b.txt"], in: SharedTestData.url("go"))
        #expect(result.stdout == SharedTestData.text("benchstat/01-same-code.txt"))
        #expect(result.status == 0)
    }

    @Test func benchstatErrorsExitTwo() throws {
        let result = try run(["benchstat", "nosuchfile.txt"])
        #expect(result.stderr == "benchstat: open nosuchfile.txt: no such file or directory\n")
        #expect(result.status == 2)
    }

    @Test func oneLinerRunsAndExitsWithItsCode() throws {
        let result = try run(["-c", "sets\nexit 4"])
        #expect(result.stdout.hasPrefix("no names are bound yet"))
        #expect(result.status == 4)
    }

    @Test func scriptFileWithDefinitions() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-\(getpid()).benchq")
        try "#!/usr/bin/env benchq\nx = load \"$data/regexp-cpu1-2.txt\"\nsets\n".write(
            to: script, atomically: true, encoding: .utf8)
        let result = try run([script.path, "-D", "data=examples/data"])
        #expect(result.stdout == "x  set, 60 results from 1 file\n")
        #expect(result.status == 0)
    }

    @Test func statementsOnStandardInputStopAtTheFirstError() throws {
        let result = try run([], input: "sets\nnosuch\nsets\n")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("<stdin>:2:1: error: unknown name 'nosuch'"))
        #expect(result.stdout.components(separatedBy: "no names").count == 2, "only the first `sets` ran")
        #expect(!result.stderr.contains("\u{1B}["), "no escape codes when not on a terminal")
    }

    @Test func missingScriptIsAnError() throws {
        let result = try run(["no-such-script.benchq"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot run no-such-script.benchq"))
    }
}

/// Runs the real `benchq` with `arguments` (from the package root unless `directory` is
/// given), feeding `input` on standard input; returns what it printed and its status.
func runBenchq(
    _ arguments: [String], input: String? = nil, in directory: URL? = nil, environment: [String: String]? = nil
) throws -> (stdout: String, stderr: String, status: Int32) {
    let process = Process()
    process.executableURL = ProcessTests.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? SharedTestData.packageRoot
    if let environment { process.environment = environment }
    let output = Pipe()
    let errors = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus)
}
