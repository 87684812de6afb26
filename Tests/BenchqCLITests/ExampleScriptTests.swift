import BenchQuery
import BenchqCLI
import BenchqTestSupport
import Foundation
import Testing

/// Runs a script in a fresh session from the package root; returns stdout, stderr, status.
func runScript(_ text: String, name: String = "test.benchq", definitions: [String: String] = [:])
    -> (stdout: String, stderr: String, status: Int32)
{
    final class Capture: @unchecked Sendable {
        var stdout = ""
        var stderr = ""
    }
    let capture = Capture()
    let session = Session(
        definitions: definitions, environment: [:], write: { capture.stdout += $0 },
        writeError: { capture.stderr += $0 })
    session.currentDirectory = SharedTestData.packageRoot.path
    let outcome = session.run(SourceFile(name: name, text: text))
    let status = ScriptRunner.status(of: outcome, regressionsFound: session.regressionsFound)
    return (capture.stdout, capture.stderr, status)
}

/// Every example script runs and prints what its golden file beside it says
/// (`examples/NAME.benchq` → `examples/NAME.expected`). Re-record with BENCHQ_RECORD=1.
@Suite struct ExampleScriptTests {
    static let examples: [String] = {
        let folder = SharedTestData.packageRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".benchq") }.sorted()
    }()

    @Test func thereAreAtLeastThreeExamples() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: examples)
    func exampleMatchesItsGoldenOutput(_ name: String) throws {
        let folder = SharedTestData.packageRoot.appendingPathComponent("examples")
        let script = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let (definitions, expectedStatus) = Self.runLine(of: script)
        let (stdout, stderr, status) = runScript(script, name: "examples/" + name, definitions: definitions)
        #expect(status == expectedStatus, "\(stderr)")
        let golden = folder.appendingPathComponent(name.replacingOccurrences(of: ".benchq", with: ".expected"))
        if ProcessInfo.processInfo.environment["BENCHQ_RECORD"] == "1" {
            try (stdout + stderr).write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(stdout + stderr == expected)
    }

    /// The `-D` definitions of the script's `# run: benchq ...` comment, the command its
    /// readers are told to use, and the status of its `# exit status: N` comment (0 without).
    static func runLine(of script: String) -> (definitions: [String: String], status: Int32) {
        var definitions: [String: String] = [:]
        var status: Int32 = 0
        for line in script.split(separator: "\n") {
            if line.hasPrefix("# run: benchq ") {
                let words = line.split(separator: " ")
                for (index, word) in words.enumerated() where word == "-D" && index + 1 < words.count {
                    let pair = words[index + 1].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    definitions[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
                }
            } else if line.hasPrefix("# exit status: ") {
                status = Int32(line.dropFirst("# exit status: ".count)) ?? -1
            }
        }
        return (definitions, status)
    }
}
