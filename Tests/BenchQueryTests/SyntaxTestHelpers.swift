import BenchQuery
import Testing

/// Parses `text` and expects no diagnostics.
func parse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Script {
    let (script, diagnostics) = Parser.parse(SourceFile(name: "test.benchq", text: text))
    let source = SourceFile(name: "test.benchq", text: text)
    #expect(
        diagnostics.isEmpty, "\(DiagnosticRenderer.render(diagnostics, in: source))", sourceLocation: sourceLocation)
    return script
}

/// The parse's diagnostics as `LINE:COLUMN: MESSAGE`, one per diagnostic.
func errors(_ text: String) -> [String] {
    let source = SourceFile(name: "test.benchq", text: text)
    return Parser.parse(source).1.map { "\(source.location(of: $0.span.start)): \($0.message)" }
}

/// The parse's diagnostics, rendered in full.
func rendered(_ text: String, name: String = "test.benchq") -> String {
    let source = SourceFile(name: name, text: text)
    return DiagnosticRenderer.render(Parser.parse(source).1, in: source)
}

/// The single pipeline of a one-statement script.
func pipeline(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Pipeline? {
    let statements = parse(text, sourceLocation: sourceLocation).statements
    guard statements.count == 1 else { return nil }
    switch statements[0].kind {
    case .expression(let pipeline), .assignment(_, let pipeline): return pipeline
    default: return nil
    }
}

/// The token kinds of `text`, `.end` left out.
func kinds(_ text: String) -> [Token.Kind] {
    Lexer.tokenize(SourceFile(name: "test.benchq", text: text)).tokens.map(\.kind).filter { $0 != .end }
}
