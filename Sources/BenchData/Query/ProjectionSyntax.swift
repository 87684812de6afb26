/// One element of a projection expression: a key and how its values sort.
struct ProjectionTerm: Equatable {
    var key: String
    var keyOffset: Int
    /// `first` (the default), a named order such as `alpha` or `num`, or `fixed` for a
    /// parenthesized list. Unknown names are rejected later, when the term is resolved.
    var order = "first"
    var orderOffset: Int
    /// The values of a `@(a b c)` order, in order.
    var fixedValues: [String] = []
}

/// Parses a projection expression: `part {[","] part}` with `part = key ["@" order |
/// "@" "(" word {word} ")"]`. Look-ahead and error offsets follow benchproc's parser.
struct ProjectionSyntaxParser {
    private let lexer: QueryLexer

    init(_ query: String) {
        lexer = QueryLexer(query)
    }

    func parse() throws(QuerySyntaxError) -> [ProjectionTerm] {
        var terms: [ProjectionTerm] = []
        var position = 0
        while true {
            let (token, next) = lexer.next(&position)
            if token.kind == .end { break }
            if token.kind == .comma, !terms.isEmpty { position = next }
            let (term, after) = self.term(at: position)
            terms.append(term)
            position = after
        }
        lexer.expectEnd(position)
        if let error = lexer.firstError { throw error }
        return terms
    }

    private func term(at start: Int) -> (ProjectionTerm, Int) {
        var position = start
        let (key, afterKey) = lexer.next(&position)
        guard key.isWord else {
            let (_, end) = lexer.fail("expected key", at: position)
            return (ProjectionTerm(key: "", keyOffset: position, orderOffset: position), end)
        }
        // benchproc points an unknown order's error just past the key when no order is given.
        var term = ProjectionTerm(key: key.text, keyOffset: key.offset, orderOffset: key.offset + key.text.utf8.count)
        position = afterKey
        let (separator, afterSeparator) = lexer.next(&position)
        guard separator.kind == .at else { return (term, position) }
        position = afterSeparator
        let (order, afterOrder) = lexer.next(&position)
        term.orderOffset = order.offset
        if order.isWord {
            term.order = order.text
            return (term, afterOrder)
        }
        guard order.kind == .openParen else {
            let (_, end) = lexer.fail("expected named sort order or parenthesized list", at: position)
            return (term, end)
        }
        term.order = "fixed"
        position = afterOrder
        while true {
            let (value, afterValue) = lexer.next(&position)
            if value.isWord {
                term.fixedValues.append(value.text)
                position = afterValue
            } else if value.kind == .closeParen, !term.fixedValues.isEmpty {
                return (term, afterValue)
            } else {
                let message = value.kind == .closeParen ? "nothing to match" : "missing )"
                let (_, end) = lexer.fail(message, at: position)
                return (term, end)
            }
        }
    }
}
