/// The benchq parser: recursive descent, one method per grammar rule; each rule's doc
/// comment gives its EBNF.
///
/// It pulls tokens from the ``Lexer`` one at a time and looks at most one token ahead, so it
/// can hand the rest of a stage to ``Lexer/rawText(stoppingAt:)`` where benchstat's query
/// syntax begins. Every syntax error of a script is reported: a broken statement records one
/// diagnostic, the parser skips to the end of that statement, and goes on with the next.
package struct Parser {
    /// Thrown after a diagnostic was recorded, to abandon the statement.
    struct Failure: Error {}

    var lexer: Lexer
    var current: Token
    /// Where the last consumed token ended: something missing is reported just there.
    var previousEnd = 0
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceFile) {
        lexer = Lexer(source)
        current = lexer.next()
    }

    /// Parses a script. The script holds the statements that parsed; the diagnostics cover
    /// every broken one (and every lexical error), in source order.
    package static func parse(_ source: SourceFile) -> (Script, [Diagnostic]) {
        var parser = Parser(source)
        let script = parser.script()
        return (script, parser.allDiagnostics)
    }

    /// Whether `text` stops mid-statement (open string or parenthesis, trailing `|` or `\`),
    /// so the shell should read another line at its `...>` prompt.
    package static func isIncomplete(_ text: String) -> Bool {
        var parser = Parser(SourceFile(name: "<input>", text: text))
        _ = parser.script()
        return parser.lexer.isAwaitingMoreInput
    }

    /// One entry typed at the shell: incomplete, or parsed.
    package static func parseEntry(_ source: SourceFile) -> ParsedEntry {
        var parser = Parser(source)
        let script = parser.script()
        if parser.lexer.isAwaitingMoreInput { return .incomplete }
        return .complete(script, parser.allDiagnostics)
    }

    private var allDiagnostics: [Diagnostic] {
        // The lexer reports as it reads and the parser as it decides; merge in source order,
        // keeping the order of reports at the same place.
        (lexer.diagnostics + diagnostics).enumerated()
            .sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }
            .map(\.element)
    }

    // MARK: Tokens

    mutating func advance(regexpAllowed: Bool = false) {
        previousEnd = current.span.end
        current = lexer.next(regexpAllowed: regexpAllowed)
    }

    /// Consumes the current token (the keyword before the raw text) and the raw text after it.
    mutating func takeRawText(stoppingAt stops: RawTextStops) -> RawText {
        previousEnd = current.span.end
        let raw = lexer.rawText(stoppingAt: stops)
        if !raw.isEmpty { previousEnd = raw.span.end }
        current = lexer.next()
        return raw
    }

    func isWord(_ text: String) -> Bool {
        current.word == text
    }

    /// The span from `start` to the end of the last consumed token.
    func span(from start: Int) -> SourceSpan {
        SourceSpan(start: start, end: max(start, previousEnd))
    }

    /// Where to point when something is missing: at the token found instead, or just after
    /// the last token when the statement ended.
    var missingSpan: SourceSpan {
        current.endsStatement ? .at(previousEnd) : current.span
    }

    /// How a token is named in a message.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        default:
            var text = String(lexer.source.text(of: token.span).prefix { $0 != "\n" })
            if text.count > 40 { text = String(text.prefix(37)) + "..." }
            return "'\(text)'"
        }
    }

    // MARK: Errors

    mutating func fail(_ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) -> Failure {
        diagnostics.append(.error(message, at: span, notes: notes))
        return Failure()
    }

    /// An error about the current token, unless the lexer already reported it.
    mutating func unexpected(_ message: String, notes: [Diagnostic.Note] = []) -> Failure {
        if current.kind == .error { return Failure() }
        return fail(message, at: missingSpan, notes: notes + lexer.multilineStringNote(before: current.span.start))
    }

    /// Skips the rest of a broken statement, silently.
    mutating func synchronize() {
        lexer.reportsDiagnostics = false
        while !current.endsStatement { advance() }
        lexer.reportsDiagnostics = true
    }
}

/// The outcome of parsing one entry typed at the shell.
package enum ParsedEntry: Hashable, Sendable {
    /// The entry stops mid-statement; read another line and parse the whole again.
    case incomplete
    case complete(Script, [Diagnostic])
}
