import BenchData
import BenchQuery
import BenchqShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs benchq statements non-interactively — a script file, `-c` text, or standard input —
/// and maps the outcome to the exit codes of LANGUAGE.md §5: 0 ran to the end, 2 an error
/// (the failing statement and everything after it did not run), 130 interrupted, or the
/// code given to `exit`.
package enum ScriptRunner {
    /// The exit status for a session's outcome: a run that completed exits 1 when a
    /// `threshold` found a regression, after every statement (and report) ran.
    package static func status(of outcome: Session.Outcome, regressionsFound: Int = 0) -> Int32 {
        switch outcome {
        case .completed: regressionsFound > 0 ? 1 : 0
        case .exit(let code): code
        case .failed: 2
        case .interrupted: 130
        }
    }

    /// A session writing to the process's standard output and error.
    package static func processSession(definitions: [String: String]) -> Session {
        var environment: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        let streams = BenchstatCommand.Streams.process
        let session = Session(
            definitions: definitions, environment: environment, write: streams.standardOutput,
            writeError: streams.standardError)
        session.errorIsTerminal = isatty(STDERR_FILENO) == 1
        session.webhookPoster = CurlWebhookPoster()
        // `record` catches Ctrl-C to stop its command and remove the worktrees.
        session.isInterrupted = { InterruptSignal.isRequested }
        session.catchInterrupts = {
            InterruptSignal.install()
            // A parent may start benchq with SIGINT blocked (Foundation's Process does).
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        }
        return session
    }

    /// Runs `text` (named `name` in messages) in `session`.
    package static func run(_ text: String, name: String, in session: Session) -> Int32 {
        let outcome = session.run(SourceFile(name: name, text: text))
        return status(of: outcome, regressionsFound: session.regressionsFound)
    }

    /// Runs the script at `path`; a missing file is an error like any other (status 2).
    package static func runFile(_ path: String, in session: Session) -> Int32 {
        do {
            let bytes = try InputSource.readAll(path: path)
            return run(String(decoding: bytes, as: UTF8.self), name: path, in: session)
        } catch {
            session.writeError("benchq: cannot run \(path): \(error)\n")
            return 2
        }
    }

    /// Parses `-D name=value` definitions.
    package static func definitions(_ arguments: [String]) throws(DefinitionError) -> [String: String] {
        var definitions: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals > argument.startIndex else {
                throw DefinitionError(argument: argument)
            }
            definitions[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        return definitions
    }

    package struct DefinitionError: Error, CustomStringConvertible {
        package var argument: String
        package var description: String { "-D takes name=value, not '\(argument)'" }
    }
}
