import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private home directory for runs of `benchq-line-editor-probe`, removed afterwards; its
/// history file is `$BENCHQ_HISTORY`.
final class ProbeHome {
    let path: String
    var historyPath: String { path + "/history" }

    init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/benchq-shell.XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw ProbeNotFound(description: "mkdtemp failed: errno \(errno)")
        }
        path = String(cString: created)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Starts the probe on a new 80x24 xterm with only this home, its history file and `extra`
    /// in the environment (so no locale unless `extra` names one).
    func startProbe(extra: [String: String] = [:]) throws -> PseudoTerminal {
        try start(executable: try probeExecutable(), extra: extra)
    }

    /// Starts the real `benchq` shell the same way.
    func startShell(extra: [String: String] = [:]) throws -> PseudoTerminal {
        try start(executable: try probeExecutable(named: "benchq"), extra: extra)
    }

    private func start(executable: String, extra: [String: String]) throws -> PseudoTerminal {
        var environment = ["HOME": path, "BENCHQ_HISTORY": historyPath, "TERM": "xterm", "PATH": "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        return try PseudoTerminal(executable: executable, environment: environment)
    }
}

struct ProbeNotFound: Error, CustomStringConvertible {
    let description: String
}

/// The probe is built beside the test bundle (it is a dependency of the test target).
func probeExecutable(named name: String = "benchq-line-editor-probe") throws -> String {
    #if os(Linux)
        let runner = "/proc/self/exe"
    #else
        let runner = CommandLine.arguments[0]
    #endif
    var directory = URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        directory.deleteLastPathComponent()
    }
    throw ProbeNotFound(description: "\(name) not found near \(runner); build it with the tests")
}
