import BenchqTestSupport
import Foundation
import Testing

@testable import BenchqCLI

/// One line of testdata/benchstat/MANIFEST.tsv: a real benchstat invocation and its output.
struct BenchstatCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var standardInputFile: String?

    var testDescription: String { name }

    static func load() -> [BenchstatCase] {
        guard let manifest = SharedTestData.text("benchstat/MANIFEST.tsv") else { return [] }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 3,
                let data = columns[1].data(using: .utf8),
                let arguments = try? JSONSerialization.jsonObject(with: data) as? [String]
            else { return nil }
            return BenchstatCase(
                name: columns[0], arguments: arguments, standardInputFile: columns[2].isEmpty ? nil : columns[2])
        }
    }
}

/// Runs `benchq benchstat` in process, in `directory` (testdata/go, where benchstat was run,
/// by default); returns what it wrote and its exit status.
func runBenchstat(
    _ arguments: [String], standardInput: [UInt8]? = nil, in directory: String? = SharedTestData.url("go").path
) -> (stdout: String, stderr: String, status: Int32) {
    final class Capture: @unchecked Sendable {
        var stdout = ""
        var stderr = ""
    }
    let capture = Capture()
    let command = BenchstatCommand(currentDirectory: directory, standardInput: standardInput ?? [])
    let status = command.run(
        arguments,
        streams: .init(standardOutput: { capture.stdout += $0 }, standardError: { capture.stderr += $0 }))
    return (capture.stdout, capture.stderr, status)
}

@Suite struct BenchstatParityTests {
    @Test func manifestIsPresent() {
        #expect(BenchstatCase.load().count >= 45, "expected the 45 benchstat cases in \(SharedTestData.directory.path)")
    }

    /// stdout and stderr are byte-identical to real benchstat's; the exit status is 2 exactly
    /// when benchstat reported an error (benchstat itself exits 0 then).
    @Test(arguments: BenchstatCase.load())
    func matchesBenchstatByteForByte(_ testCase: BenchstatCase) throws {
        let expectedOut = try #require(SharedTestData.text("benchstat/\(testCase.name).txt"))
        let expectedErr = SharedTestData.text("benchstat/\(testCase.name).stderr.txt") ?? ""
        let input = testCase.standardInputFile.map { SharedTestData.bytes("go/\($0)") }
        let (stdout, stderr, status) = runBenchstat(testCase.arguments, standardInput: input)
        #expect(stdout == expectedOut)
        #expect(stderr == expectedErr)
        #expect(status == (expectedErr.hasPrefix("benchstat: ") ? 2 : 0))
    }
}
