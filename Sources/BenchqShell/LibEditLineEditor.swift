@preconcurrency import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let line = readline(prompt)
        defer { free(line) }
        // On Ctrl-C the key reader (LibEditInput) ends the line as if the input had ended.
        if InterruptSignal.consume() {
            finishScreenLine()
            return .interrupted
        }
        guard let line else {
            finishScreenLine()
            return .endOfInput
        }
        return .line(String(cString: line))
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
