/// How the parts of a rendered diagnostic look: plain text, or ANSI escape codes.
///
/// Kept apart from ``DiagnosticRenderer`` so the layout is the same with and without colour;
/// the colours are clang's (bold red errors, bold magenta warnings, green carets).
struct DiagnosticStyle {
    var usesColor: Bool

    static let plain = DiagnosticStyle(usesColor: false)
    static let ansi = DiagnosticStyle(usesColor: true)

    private static let reset = "\u{1B}[0m"

    func bold(_ text: String) -> String {
        paint(text, "\u{1B}[1m")
    }

    /// `error:`, `warning:` or `note:`.
    func severity(_ severity: Diagnostic.Severity) -> String {
        let label = "\(severity.rawValue):"
        switch severity {
        case .error: return paint(label, "\u{1B}[1;31m")
        case .warning: return paint(label, "\u{1B}[1;35m")
        case .note: return paint(label, "\u{1B}[1;36m")
        }
    }

    func caret(_ text: String) -> String {
        paint(text, "\u{1B}[1;32m")
    }

    private func paint(_ text: String, _ code: String) -> String {
        usesColor ? code + text + Self.reset : text
    }
}
