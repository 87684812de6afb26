import Foundation
import Testing

/// With its input piped, the probe picks the plain editor: no prompt, no escape codes, only its
/// own output.
struct ProbeWithoutTerminalTests {
    @Test func pipedInputGivesPlainOutput() throws {
        let home = try ProbeHome()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try probeExecutable())
        process.environment = ["HOME": home.path, "BENCHQ_HISTORY": home.historyPath, "TERM": "xterm"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("load \"a.txt\"\nɐɐɐ\n".utf8))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        #expect(String(decoding: printed, as: UTF8.self) == "got: load \"a.txt\"\ngot: ɐɐɐ\n")
        #expect(complaints.isEmpty)
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: home.historyPath))
    }
}
