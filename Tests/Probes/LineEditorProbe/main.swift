// A stand-in for the shell's loop, so the line editor can be tested through a real terminal:
// it echoes each entered line as `got: <line>`, says `interrupted` on Ctrl-C, and exits 0 at the end.
// With BENCHQ_PROBE_PLAIN set it uses the plain editor on the terminal.
// The line `busy` stands for a long statement: it runs until Ctrl-C cancels it (or 10 seconds pass).
// (On a terminal `print` is line-buffered, so each answer shows at once.)
import BenchqShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `BENCHQ_PROBE_PLAIN` set: the plain editor even on a terminal, as when output is redirected.
func makeProbeEditor() -> any LineEditor {
    guard environmentValue("BENCHQ_PROBE_PLAIN") != nil else {
        return makeStandardLineEditor(completion: ProbeCompletion())
    }
    InterruptSignal.install()
    return PlainLineEditor()
}

var editor = makeProbeEditor()
var continuing = false
loop: while true {
    switch editor.readLine(prompt: continuing ? "...> " : "benchq> ") {
    case .line(let line):
        print("got: \(line)")
        editor.addHistory(line)
        if line == "busy" {
            runUntilInterrupted()
        }
        continuing = line.hasSuffix("\\")
    case .interrupted:
        print("interrupted")
        continuing = false
    case .endOfInput:
        break loop
    }
}

/// Polls the interrupt flag as a long statement would between steps.
func runUntilInterrupted() {
    print("busy: press Ctrl-C")
    for _ in 0..<1000 {
        if InterruptSignal.consume() {
            print("statement cancelled")
            return
        }
        usleep(10_000)
    }
    print("statement finished")
}
