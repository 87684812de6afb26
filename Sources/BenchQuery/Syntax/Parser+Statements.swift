/// script    = { [ statement ] NEWLINE } END
/// statement = "set" option | "sets" | "help" [ WORD ] | "source" STRING | "exit" [ INTEGER ]
///           | NAME "=" pipeline | pipeline
extension Parser {
    mutating func script() -> Script {
        var statements: [Statement] = []
        while current.kind != .end {
            if current.kind == .newline {
                advance()
                continue
            }
            do {
                let parsed = try statement()
                try expectStatementEnd(after: parsed)
                statements.append(parsed)
            } catch {
                synchronize()
            }
        }
        return Script(statements, span: SourceSpan(start: 0, end: current.span.end))
    }

    mutating func statement() throws(Failure) -> Statement {
        let start = current.span.start
        switch current.word {
        case "set":
            return try setStatement()
        case "sets":
            advance()
            return Statement(.sets, span: span(from: start))
        case "help":
            advance()
            var topic: Word?
            if let text = current.word {
                topic = Word(text, span: current.span)
                advance()
            }
            return Statement(.help(topic: topic), span: span(from: start))
        case "source":
            advance()
            let path = try string(after: "source", what: "a path")
            return Statement(.source(path), span: span(from: start))
        case "exit":
            advance()
            var code: NumberLiteral?
            if case .number = current.kind { code = try integer(after: "exit") }
            return Statement(.exit(code: code), span: span(from: start))
        default:
            break
        }
        // A name may start an assignment or a pipeline; one token of look-ahead decides.
        if let text = current.word, ByteClass.isName(text), !Keywords.sources.contains(text) {
            let name = Word(text, span: current.span)
            advance()
            if current.kind == .equals {
                advance()
                let value = try pipeline()
                return Statement(.assignment(name: name, value: value), span: span(from: start))
            }
            let value = try pipeline(startingWith: Operand(.name(name), span: name.span))
            return Statement(.expression(value), span: value.span)
        }
        let value = try pipeline()
        return Statement(.expression(value), span: value.span)
    }

    /// option = "alpha" NUMBER | "confidence" NUMBER | "strict" ("on"|"off")
    ///        | "color" ("auto"|"on"|"off") | "correction" ("none"|"holm"|"bh") | "store" STRING
    mutating func setStatement() throws(Failure) -> Statement {
        let start = current.span.start
        advance()
        let optionList = Diagnostic.Note("the options are " + SetOption.names.joined(separator: ", "))
        guard let name = current.word else { throw unexpected("expected an option after 'set'", notes: [optionList]) }
        let nameSpan = current.span
        advance()
        let option: SetOption
        switch name {
        case "alpha": option = .alpha(try plainNumber(after: name))
        case "confidence": option = .confidence(try plainNumber(after: name))
        case "strict": option = .strict(try keyword(OnOff.self, after: name, what: "value"))
        case "color": option = .color(try keyword(ColorChoice.self, after: name, what: "value"))
        case "correction": option = .correction(try keyword(CorrectionMethod.self, after: name, what: "correction"))
        case "store": option = .store(try string(after: name, what: "a path"))
        default:
            let suggestion = SpellingSuggestion.note(for: name, among: SetOption.names)
            throw fail("unknown option '\(name)'", at: nameSpan, notes: suggestion.isEmpty ? [optionList] : suggestion)
        }
        return Statement(.set(option), span: span(from: start))
    }

    /// A statement ends at a line break or the end of the text.
    mutating func expectStatementEnd(after statement: Statement) throws(Failure) {
        if current.endsStatement { return }
        // `lod "x.txt"` reads as the name `lod` followed by junk: name the likely keyword.
        if case .expression(let pipeline) = statement.kind, pipeline.stages.isEmpty,
            case .name(let name) = pipeline.source.kind, current.kind != .error,
            let keyword = SpellingSuggestion.closest(to: name.text, among: Keywords.commands)
        {
            throw fail(
                "unknown command '\(name.text)'", at: name.span, notes: [Diagnostic.Note("did you mean '\(keyword)'?")])
        }
        throw unexpected("unexpected \(describe(current)) after the statement")
    }
}
