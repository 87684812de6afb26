/// The parsed form of a `-filter` query.
indirect enum FilterSyntax {
    /// `*`, and the empty conjunction.
    case all
    case not(FilterSyntax)
    case and([FilterSyntax])
    case or([FilterSyntax])
    /// `key:value` or `key:/regexp/`.
    case match(key: String, keyOffset: Int, pattern: Pattern)

    enum Pattern {
        case literal(String)
        case regexp(GoRegex)
    }
}

/// Parses a filter query:
///
///     expr    = andExpr {"OR" andExpr}
///     andExpr = match {["AND"] match}
///     match   = "(" expr ")" | "-" match | "*" | key ":" value | key ":" "(" value {"OR" value} ")"
///
/// The token look-ahead follows benchproc's parser step for step, so the first error, and its
/// offset, are the ones benchstat reports.
struct FilterParser {
    private let lexer: QueryLexer

    init(_ query: String) {
        lexer = QueryLexer(query)
    }

    func parse() throws(QuerySyntaxError) -> FilterSyntax {
        let (syntax, end) = expression(at: 0)
        lexer.expectEnd(end)
        if let error = lexer.firstError { throw error }
        return syntax
    }

    private func expression(at start: Int) -> (FilterSyntax, Int) {
        var terms: [FilterSyntax] = []
        var position = start
        while true {
            let (term, after) = conjunction(at: position)
            terms.append(term)
            position = after
            let (token, next) = lexer.next(&position)
            guard token.kind == .or else { break }
            position = next
        }
        return (terms.count == 1 ? terms[0] : .or(terms), position)
    }

    private func conjunction(at start: Int) -> (FilterSyntax, Int) {
        var (term, position) = match(at: start)
        var terms = [term]
        while true {
            let (token, next) = lexer.next(&position)
            switch token.kind {
            case .and:
                position = next
            case .openParen, .minus, .star, .word, .quotedWord:
                (term, position) = match(at: position)
                terms.append(term)
            case .closeParen, .or, .end:
                return (terms.count == 1 ? terms[0] : .and(terms), position)
            default:
                return failure("unexpected \(QueryLexer.goQuoted(token.text))", at: position)
            }
        }
    }

    private func match(at start: Int) -> (FilterSyntax, Int) {
        var keyPosition = start
        let (token, afterToken) = lexer.next(&keyPosition)
        switch token.kind {
        case .openParen:
            var (inner, position) = expression(at: afterToken)
            let (close, afterClose) = lexer.next(&position)
            guard close.kind == .closeParen else { return failure(#"missing ")""#, at: position) }
            return (inner, afterClose)
        case .minus:
            let (inner, position) = match(at: afterToken)
            return (.not(inner), position)
        case .star:
            return (.all, afterToken)
        case .word, .quotedWord:
            var position = afterToken
            let (colon, afterColon) = lexer.next(&position)
            guard colon.kind == .colon else { return failure("expected key:value", at: keyPosition) }
            position = afterColon
            let (value, afterValue) = lexer.next(&position, allowRegexp: true)
            switch value.kind {
            case .word, .quotedWord, .regexp:
                return (Self.term(token, value), afterValue)
            case .openParen:
                return valueList(key: token, at: afterValue)
            default:
                return failure("expected key:value", at: keyPosition)
            }
        default:
            return failure("expected key:value or subexpression", at: keyPosition)
        }
    }

    /// `key:(a OR b OR /c/)`, after the opening parenthesis.
    private func valueList(key: QueryToken, at start: Int) -> (FilterSyntax, Int) {
        var terms: [FilterSyntax] = []
        var position = start
        while true {
            let (value, afterValue) = lexer.next(&position, allowRegexp: true)
            switch value.kind {
            case .word, .quotedWord, .regexp: terms.append(Self.term(key, value))
            default: return failure("expected value", at: position)
            }
            position = afterValue
            let (separator, afterSeparator) = lexer.next(&position, allowRegexp: true)
            switch separator.kind {
            case .closeParen: return (.or(terms), afterSeparator)
            case .or: position = afterSeparator
            default: return failure("value list must be separated by OR", at: position)
            }
        }
    }

    private static func term(_ key: QueryToken, _ value: QueryToken) -> FilterSyntax {
        let pattern: FilterSyntax.Pattern =
            if let regex = value.regex { .regexp(regex) } else { .literal(value.text) }
        return .match(key: key.text, keyOffset: key.offset, pattern: pattern)
    }

    private func failure(_ message: String, at position: Int) -> (FilterSyntax, Int) {
        let (_, end) = lexer.fail(message, at: position)
        return (.all, end)
    }
}
