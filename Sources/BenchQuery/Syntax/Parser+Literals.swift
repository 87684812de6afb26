/// The small rules every other rule uses: literals of each kind, with the message naming
/// what was expected and after which word.
extension Parser {
    mutating func string(after keyword: String, what: String = "a string") throws(Failure) -> StringLiteral {
        guard case .string(let parts) = current.kind else {
            var notes: [Diagnostic.Note] = []
            if let word = current.word { notes.append(Diagnostic.Note("put it in double quotes: \"\(word)\"")) }
            throw unexpected("expected \(what) after '\(keyword)'", notes: notes)
        }
        let literal = StringLiteral(parts, span: current.span)
        advance()
        return literal
    }

    mutating func word(after keyword: String, what: String) throws(Failure) -> Word {
        guard let text = current.word else { throw unexpected("expected \(what) after '\(keyword)'") }
        let word = Word(text, span: current.span)
        advance()
        return word
    }

    /// A number without unit or percent sign.
    mutating func plainNumber(after keyword: String) throws(Failure) -> NumberLiteral {
        guard case .number(let value) = current.kind, value.suffix == .none else {
            throw unexpected("expected a number after '\(keyword)'")
        }
        return takeNumber(value)
    }

    /// A whole number such as `10`.
    mutating func integer(after keyword: String) throws(Failure) -> NumberLiteral {
        guard case .number(let value) = current.kind, value.isInteger else {
            throw unexpected("expected a whole number after '\(keyword)'")
        }
        return takeNumber(value)
    }

    /// A percentage such as `10%` or `-5%`.
    mutating func percentage(after keyword: String) throws(Failure) -> NumberLiteral {
        guard case .number(let value) = current.kind, value.suffix == .percent else {
            var notes: [Diagnostic.Note] = []
            if case .number(let value) = current.kind, value.suffix == .none {
                notes.append(Diagnostic.Note("write it with a percent sign: \(value.text)%"))
            }
            throw unexpected("expected a percentage after '\(keyword)'", notes: notes)
        }
        return takeNumber(value)
    }

    private mutating func takeNumber(_ value: NumberValue) -> NumberLiteral {
        let literal = NumberLiteral(value, span: current.span)
        advance()
        return literal
    }

    /// One of the words of `Value`, with a suggestion when the word is misspelt.
    mutating func keyword<Value>(_: Value.Type, after keyword: String, what: String) throws(Failure) -> Keyword<Value>
    where Value: CaseIterable & RawRepresentable & Hashable & Sendable, Value.RawValue == String {
        let choices = Value.allCases.map(\.rawValue)
        let list = Diagnostic.Note("expected one of: " + choices.joined(separator: ", "))
        guard let text = current.word else { throw unexpected("expected a \(what) after '\(keyword)'", notes: [list]) }
        guard let value = Value(rawValue: text) else {
            let suggestion = SpellingSuggestion.note(for: text, among: choices)
            throw fail("unknown \(what) '\(text)'", at: current.span, notes: suggestion.isEmpty ? [list] : suggestion)
        }
        let result = Keyword(value, span: current.span)
        advance()
        return result
    }

    /// A commit: a bare ref or a string.
    mutating func commitReference(after keyword: String) throws(Failure) -> CommitReference {
        switch current.kind {
        case .word(let text):
            let word = Word(text, span: current.span)
            advance()
            return .word(word)
        case .string(let parts):
            let string = StringLiteral(parts, span: current.span)
            advance()
            return .string(string)
        default:
            throw unexpected("expected a commit after '\(keyword)'")
        }
    }

    /// The raw text of a clause, which must not be empty.
    mutating func rawClause(after keyword: String, stoppingAt stops: RawTextStops, what: String) throws(Failure)
        -> RawText
    {
        let raw = takeRawText(stoppingAt: stops)
        if raw.isEmpty { throw unexpected("expected \(what) after '\(keyword)'") }
        return raw
    }
}
