#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
@preconcurrency import CLibEdit

/// The line editor on a terminal: libedit's readline-compatible API, with emacs key bindings,
/// Tab completion, history kept in a file, and Ctrl-C cancelling the line.
///
/// libedit keeps its state in process-wide globals, so there is one such editor per process.
/// libedit also handles Ctrl-Z (restoring the terminal, redrawing on return) and window resizes.
package struct LibEditLineEditor: LineEditor {
    private let historyFile: HistoryFile?

    package init(completion: (any CompletionProvider)?, historyFile: HistoryFile?) {
        self.historyFile = historyFile
        LibEditSession.start()
        InterruptSignal.install()
        LibEditCompletion.install(completion)
        if let historyFile {
            LibEditHistory.load(historyFile)
        }
    }

    package mutating func readLine(prompt: String) -> LineEditorInput {
        InterruptSignal.clear()
        while true {
            errno = 0
            let line = readline(prompt)
            defer { free(line) }
            // Ctrl-C makes read() fail with EINTR, which readline() reports as NULL, like the end of input.
            if InterruptSignal.consume() {
                finishScreenLine()
                return .interrupted
            }
            if let line {
                return .line(String(cString: line))
            }
            finishScreenLine()
            // Another signal libedit does not retry after: Ctrl-Z where nothing can stop the shell
            // (no job control, as for a container's first process). Not the end: edit a new line.
            if errno == EINTR {
                continue
            }
            return .endOfInput
        }
    }

    /// Blank lines are not recorded, nor a line equal to the one before it.
    package mutating func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }), LibEditHistory.newest != line else { return }
        LibEditHistory.add(line, savingTo: historyFile)
    }

    /// Leaves the cursor at the start of a fresh line: libedit leaves it after the cancelled or
    /// empty line.
    private func finishScreenLine() {
        fputs("\n", stdout)
        fflush(stdout)
    }
}
