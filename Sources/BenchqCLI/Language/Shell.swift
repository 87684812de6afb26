import BenchData
import BenchQuery
import BenchqShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The interactive shell: reads entries with the line editor (libedit on a terminal), runs
/// each in the session, and goes on after errors. An unfinished entry (open string or
/// parenthesis, trailing `|` or `\`) continues on a `...>` prompt. Ctrl-C cancels the line or
/// the running statement; Ctrl-D on an empty line ends the shell with status 0.
///
/// When standard input is not a terminal, statements are read as a script instead: plain
/// text, no escape codes, and an error stops the run with status 2.
package enum Shell {
    package static func run(session: Session) -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return runStandardInput(session: session)
        }
        let completion = LanguageCompletion(session: session)
        var editor = makeStandardLineEditor(completion: completion)
        session.isInterrupted = { InterruptSignal.isRequested }
        session.write("benchq \(BenchqVersion.current). Type 'help' for the language, Ctrl-D to leave.\n")
        var pending = ""
        var entryNumber = 0
        while true {
            InterruptSignal.clear()
            switch editor.readLine(prompt: pending.isEmpty ? "benchq> " : "...> ") {
            case .endOfInput:
                if pending.isEmpty { return 0 }
                pending = ""  // Ctrl-D after an unfinished entry drops it
                session.write("\n")
            case .interrupted:
                pending = ""
            case .line(let line):
                pending += line + "\n"
                if Parser.isIncomplete(pending) { continue }
                let entry = String(pending.dropLast())
                pending = ""
                guard !entry.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) else { continue }
                editor.addHistory(entry)
                entryNumber += 1
                switch session.run(SourceFile(name: "<input:\(entryNumber)>", text: entry)) {
                case .exit(let code): return code
                case .interrupted: session.writeError("interrupted\n")
                case .completed, .failed: break
                }
            }
        }
    }

    /// Statements piped in: read them all, then run them as one script.
    private static func runStandardInput(session: Session) -> Int32 {
        let bytes = (try? InputSource.readAll(path: "-", isStandardInput: true)) ?? []
        return ScriptRunner.run(String(decoding: bytes, as: UTF8.self), name: "<stdin>", in: session)
    }
}
