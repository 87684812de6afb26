import BenchQuery
import Testing

@Suite struct LexerTests {
    @Test func splitsOperatorsAndWords() {
        #expect(
            kinds(#"a = load "x" | top 10, (b) + c"#) == [
                .word("a"), .equals, .word("load"), .string([.literal("x")]), .pipe, .word("top"),
                .number(NumberValue(text: "10", value: 10, suffix: .none)), .comma, .leftParenthesis, .word("b"),
                .rightParenthesis, .plus, .word("c"),
            ])
    }

    @Test(arguments: [
        ("10", 10.0, NumberValue.Suffix.none),
        ("0.01", 0.01, .none),
        ("1e-3", 0.001, .none),
        ("-5%", -5, .percent),
        ("10%", 10, .percent),
        ("1.5ms", 1.5, .unit("ms")),
        ("200MB/s", 200, .unit("MB/s")),
        ("64KiB", 64, .unit("KiB")),
        ("3µs", 3, .unit("µs")),
    ])
    func lexesNumbersWithUnits(_ text: String, _ value: Double, _ suffix: NumberValue.Suffix) {
        #expect(kinds(text) == [.number(NumberValue(text: text, value: value, suffix: suffix))])
    }

    @Test(arguments: [
        "profile-diff", "sec/op", ".name", "/gomaxprocs", "HEAD~3", "1a2b3c", "v1.2.0", "2024-05-01", "B/op",
        "@num", "naïve", "10%x", "5..6",
    ])
    func lexesBareWords(_ text: String) {
        #expect(kinds(text) == [.word(text)])
    }

    @Test func lexesRegexpsOnlyWhereAllowed() {
        let source = SourceFile(name: "t", text: #"/a\/b\d/ /x/"#)
        var lexer = Lexer(source)
        #expect(lexer.next(regexpAllowed: true).kind == .regexp(#"a/b\d"#))
        #expect(lexer.next().kind == .word("/x/"))
        #expect(lexer.next().kind == .end)
    }

    @Test func keepsInterpolationPartsWithTheirSpans() {
        let text = #""$base/x-${n}.txt \$5""#
        let (tokens, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: text))
        #expect(diagnostics.isEmpty)
        #expect(
            tokens[0].kind
                == .string([
                    .variable(name: "base", span: SourceSpan(start: 1, end: 6)), .literal("/x-"),
                    .variable(name: "n", span: SourceSpan(start: 9, end: 13)), .literal(".txt $5"),
                ]))
    }

    @Test func unescapesStrings() {
        #expect(kinds(#""a\"b\\c\nd\te""#) == [.string([.literal("a\"b\\c\nd\te")])])
    }

    @Test func aStringMaySpanLines() {
        #expect(kinds("\"a\nb\" c") == [.string([.literal("a\nb")]), .word("c")])
    }

    @Test(arguments: [
        ("a\nb", [Token.Kind.word("a"), .newline, .word("b")]),
        ("a\n  | b", [.word("a"), .pipe, .word("b")]),
        ("a\n\n  # why\n  | b", [.word("a"), .pipe, .word("b")]),
        ("a |\n  b", [.word("a"), .pipe, .word("b")]),
        ("a | # more below\n  b", [.word("a"), .pipe, .word("b")]),
        ("(a\nb)\nc", [.leftParenthesis, .word("a"), .word("b"), .rightParenthesis, .newline, .word("c")]),
        ("a \\\n b", [.word("a"), .word("b")]),
        ("a \\  \r\n b", [.word("a"), .word("b")]),
        ("a # comment\nb", [.word("a"), .newline, .word("b")]),
        ("# only a comment", []),
    ])
    func endsStatementsAtLineBreaksOnly(_ text: String, _ expected: [Token.Kind]) {
        #expect(kinds(text) == expected)
    }

    @Test func endsWithAPositionedEndToken() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "ab  \n")).tokens
        #expect(tokens.last == Token(.end, .at(5)))
        #expect(tokens.map(\.span) == [SourceSpan(start: 0, end: 2), SourceSpan(start: 4, end: 5), .at(5)])
    }

    @Test(arguments: [
        ("a ; b", "unexpected character ';'", [Token.Kind.word("a"), .error, .word("b")]),
        ("a 'b'", "unexpected character '''", [.word("a"), .error, .word("b"), .error]),
        ("a \\ b", "unexpected character '\\'", [.word("a"), .error, .word("b")]),
        ("\"a\\qb\" c", "unknown escape '\\q' in a string", [.error, .word("c")]),
        ("\"cost $\"", "'$' must be followed by a name", [.error]),
        ("\"${a\"", "expected a name and '}' after '${'", [.error]),
        ("x \"abc\ny", "unterminated string", [.word("x"), .error, .newline, .word("y")]),
    ])
    func turnsErrorsIntoTokensAndGoesOn(_ text: String, _ message: String, _ expected: [Token.Kind]) {
        let (tokens, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: text))
        #expect(diagnostics.first?.message == message)
        #expect(tokens.map(\.kind).filter { $0 != .end } == expected)
    }

    @Test func reportsAnUnterminatedRegexpAtItsLineEnd() {
        let source = SourceFile(name: "t", text: "/abc\nx")
        var lexer = Lexer(source)
        #expect(lexer.next(regexpAllowed: true) == Token(.error, SourceSpan(start: 0, end: 4)))
        #expect(lexer.next().kind == .newline)
        #expect(lexer.diagnostics.map(\.message) == ["unterminated regexp"])
    }
}
