/// A problem found in benchq source: where it is and what to say about it.
///
/// This is the model only; ``DiagnosticRenderer`` decides how it looks. Lexer, parser and
/// (later) evaluator all report through it, so every language error prints the same way.
package struct Diagnostic: Hashable, Sendable {
    package enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// Extra help attached to a diagnostic: a suggestion, or a pointer to a related place.
    package struct Note: Hashable, Sendable {
        package var message: String
        /// Where the note points; `nil` prints it as a `= note:` line under the snippet.
        package var span: SourceSpan?

        package init(_ message: String, span: SourceSpan? = nil) {
            self.message = message
            self.span = span
        }
    }

    package var severity: Severity
    package var message: String
    package var span: SourceSpan
    package var notes: [Note]

    package init(_ severity: Severity, _ message: String, at span: SourceSpan, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
    }

    package static func error(_ message: String, at span: SourceSpan, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: span, notes: notes)
    }

    package static func warning(_ message: String, at span: SourceSpan, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: span, notes: notes)
    }
}
