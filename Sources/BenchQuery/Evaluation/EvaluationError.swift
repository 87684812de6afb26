/// A statement failed: the diagnostic to print, and nothing after the statement runs
/// (in a script; the shell goes on with the next entry).
package struct EvaluationError: Error {
    package var diagnostic: Diagnostic

    package init(_ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) {
        diagnostic = .error(message, at: span, notes: notes)
    }
}
