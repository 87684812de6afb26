import BenchQuery
import Testing

@Suite struct DiagnosticRendererTests {
    @Test func rendersCompilerStyleWithANote() {
        let text = "base = load \"old.txt\"\nhead = load \"new.txt\"\nbase | fliter .name:Foo\n"
        #expect(
            rendered(text, name: "demo.benchq") == """
                demo.benchq:3:8: error: unknown stage 'fliter'
                    3 | base | fliter .name:Foo
                      |        ^~~~~~
                      = note: did you mean 'filter'?

                """)
    }

    /// Columns count Unicode scalars, whatever their UTF-8 length.
    @Test func countsColumnsInScalarsAfterNonASCIIText() {
        #expect(
            rendered(#""größe€.txt" | fliter x"#) == """
                test.benchq:1:16: error: unknown stage 'fliter'
                    1 | "größe€.txt" | fliter x
                      |                ^~~~~~
                      = note: did you mean 'filter'?

                """)
    }

    /// A tab counts one column, and the caret line repeats it so the caret lines up.
    @Test func keepsTabsInTheCaretLine() {
        #expect(
            rendered("x |\tfliter y") == """
                test.benchq:1:5: error: unknown stage 'fliter'
                    1 | x |\tfliter y
                      |    \t^~~~~~
                      = note: did you mean 'filter'?

                """)
    }

    @Test func marksAZeroWidthSpanWithOneCaret() {
        #expect(
            rendered("load") == """
                test.benchq:1:5: error: expected a string after 'load'
                    1 | load
                      |     ^

                """)
    }

    @Test func rendersANoteWithASpanAsABlockOfItsOwn() {
        #expect(
            rendered("x = (load \"a.txt\"\n  | top 3 junk)") == """
                test.benchq:2:11: error: expected ')'
                    2 |   | top 3 junk)
                      |           ^~~~
                test.benchq:1:5: note: to match this '('
                    1 | x = (load "a.txt"
                      |     ^

                """)
    }

    @Test func underlinesOnlyTheFirstLineOfASpanOverSeveral() {
        let source = SourceFile(name: "f", text: "ab\ncd\n")
        let diagnostic = Diagnostic.warning("spans lines", at: SourceSpan(start: 1, end: 5))
        #expect(
            DiagnosticRenderer.render(diagnostic, in: source) == """
                f:1:2: warning: spans lines
                    1 | ab
                      |  ^

                """)
    }

    @Test func pointsJustPastTheEndOfTheText() {
        let source = SourceFile(name: "f", text: "ab\r\n")
        #expect(source.location(of: 2) == BenchQuery.SourceLocation(line: 1, column: 3))
        #expect(source.location(of: 4) == BenchQuery.SourceLocation(line: 2, column: 1))
        #expect(source.location(of: 99) == BenchQuery.SourceLocation(line: 2, column: 1))
        #expect(source.line(1) == "ab")
        #expect(source.line(2) == "")
    }

    @Test func coloursOnlyWhenAsked() {
        let source = SourceFile(name: "f", text: "load")
        let diagnostic = Parser.parse(source).1[0]
        let plain = DiagnosticRenderer.render(diagnostic, in: source)
        let coloured = DiagnosticRenderer.render(diagnostic, in: source, color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32m^\u{1B}[0m"))
        // Without its escape codes the coloured text is the plain text.
        #expect(coloured.replacingEscapeCodes() == plain)
    }
}

extension String {
    fileprivate func replacingEscapeCodes() -> String {
        var result = ""
        var inEscape = false
        for scalar in unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if scalar == "m" { inEscape = false }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

@Suite struct SpellingSuggestionTests {
    @Test(arguments: [
        ("fliter", "filter"),
        ("filtr", "filter"),
        ("tpo", "top"),
        ("reprot", "report"),
        ("thresold", "threshold"),
        ("lod", "load"),
    ])
    func suggestsCloseWords(_ typed: String, _ meant: String) {
        #expect(SpellingSuggestion.closest(to: typed, among: Stage.keywords + ["load"]) == meant)
    }

    @Test(arguments: ["banana", "xyz", "filter"])
    func staysQuietWhenNothingIsClose(_ typed: String) {
        #expect(SpellingSuggestion.closest(to: typed, among: ["filter", "sort", "top"]) == nil)
    }
}
