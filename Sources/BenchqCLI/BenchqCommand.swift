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
            With no script, benchq starts its shell on a terminal and reads statements from
            standard input otherwise. Type `help` in the shell for the language.

            Examples:
              benchq -c 'compare "old.txt" "new.txt"'
              benchq regression.benchq -D base=old.txt -D head=new.txt
              benchq benchstat old.txt new.txt
                  compare two runs, printing exactly what Go's benchstat prints
              benchq record "go test -run '^$' -bench . -count 5" v1.2.0 HEAD --rounds 3
                  run benchmarks at two commits, interleaved, into the results store

            Exit status: 0 ran to the end, 1 a threshold found a regression, 2 an error,
            130 interrupted (or the code given to `exit`).
            """,
        version: BenchqVersion.current,
        subcommands: [BenchstatSubcommand.self, RecordSubcommand.self]
    )

    @Argument(help: "A .benchq script to run (statements are read from standard input otherwise).")
    var script: String?

    @Option(name: .customShort("c"), help: "Run these statements and exit.")
    var command: String?

    @Option(
        name: .customShort("D"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp("Define $NAME for the statements.", valueName: "name=value"))
    var definitions: [String] = []

    @Option(
        help: ArgumentHelp(
            "The results store (default: $BENCHQ_STORE, else .benchq/results.sqlite in the git repository).",
            valueName: "path"))
    var store: String?

    package init() {}

    package func run() throws {
        let definitions: [String: String]
        do {
            definitions = try ScriptRunner.definitions(self.definitions)
        } catch {
            throw ValidationError(error.description)
        }
        let session = ScriptRunner.processSession(definitions: definitions)
        session.options.storePath = store
        let status: Int32
        if let command {
            guard script == nil else { throw ValidationError("give either a script or -c, not both") }
            status = ScriptRunner.run(command, name: "<command line>", in: session)
        } else if let script {
            status = ScriptRunner.runFile(script, in: session)
        } else {
            status = Shell.run(session: session)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// `benchq benchstat [flags] inputs...`: Go-style flags are parsed by the command itself.
///
/// `BenchqMain.run` dispatches `benchstat` before argument parsing; this subcommand is here
/// so that `benchq --help` lists it and `benchq help benchstat` explains it.
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
        // `benchq benchstat ...` takes Go-style flags; swift-argument-parser would read its
        // first input as the root command's script argument, so it is dispatched here.
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "benchstat" {
            exit(BenchstatCommand().run(Array(arguments.dropFirst()), streams: .process))
        }
        let isRecord = arguments.first == "record"
        do {
            // The root command's optional script argument would take `record` as a script.
            var command =
                isRecord
                ? try RecordSubcommand.parseAsRoot(Array(arguments.dropFirst())) : try BenchqCommand.parseAsRoot()
            try command.run()
            exit(0)
        } catch {
            let code = isRecord ? RecordSubcommand.exitCode(for: error) : BenchqCommand.exitCode(for: error)
            var message = isRecord ? RecordSubcommand.fullMessage(for: error) : BenchqCommand.fullMessage(for: error)
            // Parsed as a root of its own, `record` would call itself "record" in its usage.
            if isRecord {
                for (short, full) in [
                    ("USAGE: record ", "USAGE: benchq record "), ("Usage: record ", "Usage: benchq record "),
                    ("'record --help'", "'benchq record --help'"),
                ] {
                    message = message.replacingOccurrences(of: short, with: full)
                }
            }
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
