import BenchCompare
import BenchData
import BenchStats

/// The state of a benchq session — bound names and options — and the runner of statements.
///
/// The same session serves a script, a `-c` one-liner, statements read from standard input,
/// and the interactive shell; they differ only in what happens after an error (a script
/// stops, the shell goes on), which the caller decides from the ``Outcome``.
package final class Session {
    package struct Options {
        package var alpha = 0.05
        package var confidence = 0.95
        /// Malformed input lines are errors instead of warnings.
        package var strict = false
        package var color = ColorChoice.auto
        /// How checks adjust p-values across their rows.
        package var correction = PValueCorrection.none
        /// The results store (`--store`, `set store`); `$BENCHQ_STORE` or the repository's
        /// `.benchq/results.sqlite` when nil.
        package var storePath: String?
        package init() {}
    }

    /// How a run ended.
    package enum Outcome: Equatable {
        case completed
        /// `exit N`.
        case exit(Int32)
        /// An error was printed; nothing after the failing statement ran.
        case failed
        case interrupted
    }

    package var options = Options()
    package private(set) var variables: [String: Value] = [:]
    /// `-D name=value` definitions; `$name` looks here first, then in the environment.
    package var definitions: [String: String]
    package var environment: [String: String]
    /// Where printed values go (standard output).
    package let write: (String) -> Void
    /// Where diagnostics and warnings go (standard error).
    package let writeError: (String) -> Void
    /// Whether standard error is a terminal, so diagnostics may be coloured (`set color auto`).
    package var errorIsTerminal = false
    /// Polled between statements and stages: Ctrl-C in the shell.
    package var isInterrupted: () -> Bool = { false }
    /// Sends `notify` messages; without one, `notify` warns that nothing was sent.
    package var webhookPoster: (any WebhookPoster)?
    /// Regressions found by `threshold` stages so far; a script that found any exits 1.
    package internal(set) var regressionsFound = 0
    /// Called before `record` runs commands, so that Ctrl-C is caught (and the worktrees
    /// removed) rather than ending the process; the command line installs its handler here.
    package var catchInterrupts: () -> Void = {}
    /// Whether a value was printed yet (the next one is set apart by a blank line).
    var hasPrinted = false
    /// Relative paths are resolved from here when set (tests); the process's directory otherwise.
    package var currentDirectory: String?

    package init(
        definitions: [String: String] = [:], environment: [String: String] = [:],
        write: @escaping (String) -> Void, writeError: @escaping (String) -> Void
    ) {
        self.definitions = definitions
        self.environment = environment
        self.write = write
        self.writeError = writeError
    }

    /// Runs a whole script. Syntax errors are all reported first, and then nothing runs.
    package func run(_ source: SourceFile) -> Outcome {
        let (script, diagnostics) = Parser.parse(source)
        if !diagnostics.isEmpty {
            report(diagnostics, in: source)
            return diagnostics.contains { $0.severity == .error } ? .failed : run(script, in: source)
        }
        return run(script, in: source)
    }

    /// Runs parsed statements in order, stopping at the first error, `exit` or interrupt.
    package func run(_ script: Script, in source: SourceFile) -> Outcome {
        for statement in script.statements {
            if isInterrupted() { return .interrupted }
            do {
                if let outcome = try execute(statement, in: source) { return outcome }
            } catch {
                // An interrupt is not an error of the statement: the caller says "interrupted".
                if isInterrupted() { return .interrupted }
                report([error.diagnostic], in: source)
                return .failed
            }
        }
        return .completed
    }

    /// Prints diagnostics the way every benchq error prints.
    package func report(_ diagnostics: [Diagnostic], in source: SourceFile) {
        writeError(DiagnosticRenderer.render(diagnostics, in: source, color: usesColor))
    }

    private var usesColor: Bool {
        switch options.color {
        case .on: true
        case .off: false
        case .auto: errorIsTerminal && environment["NO_COLOR"] == nil
        }
    }

    /// Binds `name` (the shell's completion lists bound names).
    package func bind(_ name: String, _ value: Value) { variables[name] = value }
}
