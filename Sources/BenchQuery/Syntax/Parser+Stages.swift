/// stage = "filter" RAW | "sort" sortKey [ "asc" | "desc" ] | "top" INTEGER
///       | ("focus" | "ignore" | "hide" | "show") pattern | "threshold" { policy }
///       | "report" format [ STRING ] | "save" STRING | "notify" STRING
extension Parser {
    /// Called just after a `|`.
    mutating func stage() throws(Failure) -> Stage {
        let start = current.span.start
        guard let word = current.word else {
            throw unexpected(
                "expected a stage after '|'",
                notes: [Diagnostic.Note("the stages are " + Stage.keywords.joined(separator: ", "))])
        }
        let kind: Stage.Kind
        switch word {
        case "filter":
            kind = .filter(try rawClause(after: word, stoppingAt: .stage, what: "a query"))
        case "sort":
            advance()
            let key = try keyword(SortKey.self, after: word, what: "sort key")
            var order: Keyword<SortOrder>?
            if let text = current.word, let value = SortOrder(rawValue: text) {
                order = Keyword(value, span: current.span)
                advance()
            }
            kind = .sort(key: key, order: order)
        case "top":
            advance()
            kind = .top(try integer(after: word))
        case "focus", "ignore", "hide", "show":
            advance(regexpAllowed: true)
            let pattern = try pattern(after: word)
            switch word {
            case "focus": kind = .focus(pattern)
            case "ignore": kind = .ignore(pattern)
            case "hide": kind = .hide(pattern)
            default: kind = .show(pattern)
            }
        case "threshold":
            advance()
            kind = .threshold(try thresholdClauses())
        case "report":
            advance()
            let format = try keyword(ReportFormat.self, after: word, what: "report format")
            var path: StringLiteral?
            if case .string = current.kind { path = try string(after: format.description) }
            kind = .report(format: format, path: path)
        case "save":
            advance()
            kind = .save(try string(after: word, what: "a path"))
        case "notify":
            advance()
            kind = .notify(try string(after: word, what: "a webhook URL"))
        default:
            var notes = SpellingSuggestion.note(for: word, among: Stage.keywords)
            if Keywords.sources.contains(word) {
                notes.append(Diagnostic.Note("'\(word)' starts a pipeline; it cannot follow '|'"))
            }
            throw fail("unknown stage '\(word)'", at: current.span, notes: notes)
        }
        return Stage(kind, span: span(from: start))
    }

    /// pattern = REGEXP | STRING
    private mutating func pattern(after keyword: String) throws(Failure) -> PatternLiteral {
        switch current.kind {
        case .regexp(let pattern):
            let literal = RegexpLiteral(pattern, span: current.span)
            advance()
            return .regexp(literal)
        case .string(let parts):
            let literal = StringLiteral(parts, span: current.span)
            advance()
            return .string(literal)
        default:
            var notes: [Diagnostic.Note] = []
            if let word = current.word { notes.append(Diagnostic.Note("write it between slashes: /\(word)/")) }
            throw unexpected("expected a regexp after '\(keyword)'", notes: notes)
        }
    }
}
