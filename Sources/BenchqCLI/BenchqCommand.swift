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
        abstract: "Analyse Go benchmark results: summaries, comparisons and significance tests.",
        discussion: """
            Examples:
              benchq benchstat old.txt new.txt        compare two runs, as Go's benchstat does
              benchq benchstat -col /gomaxprocs a.txt  compare GOMAXPROCS settings within one run
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
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
