import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `benchq` command line.
package struct BenchqCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "benchq",
        abstract: "Analyse Go benchmark results: summaries, comparisons, significance.",
        discussion: """
            Examples:
              benchq benchstat old.txt new.txt
                  compare two runs, printing exactly what Go's benchstat prints
              benchq benchstat -col /gomaxprocs cpu.txt
                  compare GOMAXPROCS settings within one run

            Exit status: 0 on success, 2 on errors.
            """,
        version: BenchqVersion.current,
        subcommands: [BenchstatSubcommand.self]
    )

    package init() {}
}

/// `benchq benchstat [flags] inputs...`: Go-style flags are parsed by the command itself.
struct BenchstatSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchstat",
        abstract: "Drop-in replacement for Go's benchstat, with byte-identical output.",
        discussion: "Run `benchq benchstat -h` for its flags. Exits 2 on errors (benchstat exits 0).",
        helpNames: []
    )

    @Argument(parsing: .captureForPassthrough, help: "benchstat flags and inputs")
    var arguments: [String] = []

    func run() throws {
        let status = BenchstatCommand().run(arguments, streams: .process)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs the command line and exits. Usage errors exit 2, like every other benchq error
/// (swift-argument-parser's default is 64).
package enum BenchqMain {
    package static func run() -> Never {
        do {
            var command = try BenchqCommand.parseAsRoot()
            try command.run()
            exit(0)
        } catch {
            let code = BenchqCommand.exitCode(for: error)
            let message = BenchqCommand.fullMessage(for: error)
            if !message.isEmpty {
                // Help and version are answers, not errors: they go to standard output.
                let stream =
                    code == .success
                    ? BenchstatCommand.Streams.process.standardOutput
                    : BenchstatCommand.Streams.process.standardError
                stream(message + "\n")
            }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// The version printed by `benchq --version`.
package enum BenchqVersion {
    package static let current = "0.1.0"
}

extension BenchstatCommand.Streams {
    /// The process's standard output and standard error, unbuffered beyond each call.
    package static var process: Self {
        Self(
            standardOutput: { text in writeAll(text, to: 1) },
            standardError: { text in writeAll(text, to: 2) })
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
