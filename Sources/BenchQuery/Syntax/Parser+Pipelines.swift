/// pipeline = sum { "|" stage }
/// sum      = term { "+" term }
/// term     = source | primary
/// primary  = NAME | STRING | "(" pipeline ")"
extension Parser {
    /// `first` is a name the statement rule already consumed while looking for `=`.
    mutating func pipeline(startingWith first: Operand? = nil) throws(Failure) -> Pipeline {
        let head = try sum(startingWith: first)
        var stages: [Stage] = []
        while current.kind == .pipe {
            advance()
            stages.append(try stage())
        }
        return Pipeline(source: head, stages: stages, span: span(from: head.span.start))
    }

    mutating func sum(startingWith first: Operand?) throws(Failure) -> Operand {
        let head: Operand
        if let first { head = first } else { head = try term() }
        guard current.kind == .plus else { return head }
        var terms = [head]
        while current.kind == .plus {
            advance()
            terms.append(try term())
        }
        return Operand(.pool(terms), span: span(from: head.span.start))
    }

    mutating func term() throws(Failure) -> Operand {
        if let word = current.word, Keywords.sources.contains(word) {
            let start = current.span.start
            let source = try source()
            return Operand(.source(source), span: span(from: start))
        }
        return try primary(expecting: "a value")
    }

    /// A name, a path, or a parenthesised pipeline: what `compare` and `scaling` take, and
    /// the operands of `+`. A source keyword here needs parentheses: `compare (load "a") b`.
    mutating func primary(expecting what: String, after keyword: String? = nil) throws(Failure) -> Operand {
        let start = current.span.start
        switch current.kind {
        case .word(let text) where ByteClass.isName(text) && !Keywords.sources.contains(text):
            let name = Word(text, span: current.span)
            advance()
            return Operand(.name(name), span: name.span)
        case .string(let parts):
            let path = StringLiteral(parts, span: current.span)
            advance()
            return Operand(.path(path), span: path.span)
        case .leftParenthesis:
            let open = current.span
            advance()
            let inner = try pipeline()
            guard current.kind == .rightParenthesis else {
                throw unexpected("expected ')'", notes: [Diagnostic.Note("to match this '('", span: open)])
            }
            advance()
            return Operand(.group(inner), span: span(from: start))
        case .word(let text) where Keywords.sources.contains(text):
            throw fail(
                "'\(text)' cannot stand here without parentheses", at: current.span,
                notes: [Diagnostic.Note("write (\(text) ...)")])
        case .word(let text):
            throw fail(
                "'\(text)' is not a name", at: current.span,
                notes: [
                    Diagnostic.Note("names are letters, digits and '_'; to read a file, quote its path: \"\(text)\"")
                ])
        default:
            let context = keyword.map { " after '\($0)'" } ?? ""
            throw unexpected(
                "expected \(what)\(context)", notes: [Diagnostic.Note("a value is a name, a \"path\" or ( pipeline )")])
        }
    }
}
