import Foundation

/// A real git repository in a temporary folder, for tests of the results store: commits with
/// a tiny benchmark script (`bench.sh`) whose output depends on the commit.
package final class TemporaryGitRepository {
    /// The repository's top level.
    package let path: String

    /// An empty repository on branch `main`.
    package init() throws {
        let template = NSTemporaryDirectory() + "benchq-test-repo-XXXXXX"
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let made else { throw TestGitError(message: "mkdtemp failed") }
        // Resolve symbolic links (macOS /var → /private/var) as git does.
        path = URL(fileURLWithPath: made).resolvingSymlinksInPath().path
        try git("init", "-q", "-b", "main")
    }

    /// Three commits: `v1.0.0` (tagged; Encode at 100 ns/op), a middle one at 150, and HEAD
    /// at 200. Each prints Decode at twice Encode.
    package static func threeVersions() throws -> TemporaryGitRepository {
        let repository = try TemporaryGitRepository()
        try repository.commit(speed: 100, name: "one", date: "2026-01-01T10:00:00Z", tag: "v1.0.0")
        try repository.commit(speed: 150, name: "two", date: "2026-01-02T10:00:00Z")
        try repository.commit(speed: 200, name: "three", date: "2026-01-03T10:00:00Z")
        return repository
    }

    /// The benchmark script: appends the commit's name to the file given as `$1` (when
    /// given), then prints Go benchmark text.
    package static let benchScript = """
        #!/bin/sh
        speed=$(cat speed.txt)
        name=$(cat name.txt)
        if [ -n "$1" ]; then echo "$name" >> "$1"; fi
        echo "goos: linux"
        echo "pkg: example.com/bench"
        echo "BenchmarkEncode-8   1000   $speed ns/op   64 B/op"
        echo "BenchmarkDecode-8   1000   $((speed * 2)) ns/op"
        echo "PASS"

        """

    /// Commits `bench.sh`, `speed.txt` and `name.txt`; returns the full SHA.
    @discardableResult
    package func commit(speed: Int, name: String, date: String, tag: String? = nil) throws -> String {
        try write("bench.sh", Self.benchScript)
        try write("speed.txt", "\(speed)\n")
        try write("name.txt", "\(name)\n")
        try git("add", "-A")
        // The committer date too, so that commits made in one test are ordered by their dates.
        try Self.run(
            [
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m",
                "Commit \(name)",
                "--date", date,
            ], in: path, environment: ["GIT_COMMITTER_DATE": date])
        if let tag { try git("tag", tag) }
        return try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    package func write(_ file: String, _ text: String) throws {
        try text.write(toFile: path + "/" + file, atomically: true, encoding: .utf8)
    }

    /// Runs git in the repository; throws with its standard error when it fails.
    @discardableResult
    package func git(_ arguments: String...) throws -> String {
        try Self.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: path)
    }

    /// The paths `git worktree list` shows.
    package func worktrees() throws -> [String] {
        try git("worktree", "list", "--porcelain").split(separator: "\n").filter { $0.hasPrefix("worktree ") }
            .map { String($0.dropFirst("worktree ".count)) }
    }

    /// Runs a program found on PATH and returns its standard output.
    @discardableResult
    package static func run(
        _ arguments: [String], in directory: String, environment: [String: String] = [:]
    ) throws -> String {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestGitError(
                message: "\(arguments.joined(separator: " ")): " + String(decoding: stderr, as: UTF8.self))
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A git command in a test fixture failed.
package struct TestGitError: Error, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
