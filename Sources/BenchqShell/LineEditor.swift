#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one call to `LineEditor.readLine(prompt:)` produced.
package enum LineEditorInput: Equatable, Sendable {
    /// A line the user entered, without its line terminator.
    case line(String)
    /// Ctrl-C: the line being edited is cancelled; the shell goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
}

/// Reads the shell's input a line at a time and keeps its history.
package protocol LineEditor {
    mutating func readLine(prompt: String) -> LineEditorInput
    /// Records an entered line in the history (and saves it, if the editor keeps a history file).
    mutating func addHistory(_ line: String)
}

/// The editor for the shell: libedit when standard input and output are both terminals,
/// plain lines otherwise (pipes, files, or output redirected away from the terminal).
///
/// Either way, Ctrl-C is caught from here on (see `InterruptSignal`), so the shell survives it.
package func makeStandardLineEditor(
    completion: (any CompletionProvider)? = nil,
    historyFile: HistoryFile? = HistoryFile.standard()
) -> any LineEditor {
    InterruptSignal.install()
    if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
        return LibEditLineEditor(completion: completion, historyFile: historyFile)
    }
    return PlainLineEditor()
}
