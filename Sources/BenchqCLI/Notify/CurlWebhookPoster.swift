import BenchQuery
import Foundation

/// Posts webhooks with the `curl` program.
///
/// Why not URLSession: on Linux it lives in FoundationNetworking, which links libcurl and
/// keeps benchq from building with a static Swift runtime (the release benchmarks and
/// single-file installs do). CI runners have curl; where it is missing the post fails with
/// a warning, as any failed post does. The URL (a secret) goes to curl on its standard input
/// as a config line, never on the command line where `ps` would show it.
struct CurlWebhookPoster: WebhookPoster {
    var timeoutSeconds = 10

    func post(_ body: String, to url: String) throws(WebhookError) {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw WebhookError("the webhook URL must start with https:// or http://")
        }
        let bodyFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "benchq-notify-\(UUID().uuidString).json")
        do {
            try Data(body.utf8).write(to: bodyFile)
        } catch {
            throw WebhookError("cannot write the message: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "curl", "--silent", "--show-error", "--fail", "--max-time", String(timeoutSeconds),
            "--header", "Content-Type: application/json", "--data-binary", "@" + bodyFile.path, "--config", "-",
        ]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw WebhookError("cannot run curl: \(error.localizedDescription)")
        }
        let quoted = url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        input.fileHandleForWriting.write(Data("url = \"\(quoted)\"\n".utf8))
        try? input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 127 { throw WebhookError("curl is not installed") }
            throw WebhookError(text.isEmpty ? "curl exited with status \(process.terminationStatus)" : text)
        }
    }
}
