import BenchQuery
import Testing

@Suite struct ParserErrorTests {
    @Test(arguments: [
        ("load", "1:5: expected a string after 'load'"),
        ("load x.txt", "1:6: expected a string after 'load'"),
        ("a | fliter .name:Foo", "1:5: unknown stage 'fliter'"),
        ("a | compare b", "1:5: unknown stage 'compare'"),
        ("a |", "1:4: expected a stage after '|'"),
        ("a | | top 1", "1:5: expected a stage after '|'"),
        (#"load "abc"#, "1:6: unterminated string"),
        (#"(load "a.txt""#, "1:14: expected ')'"),
        (#"(load "a.txt" junk)"#, "1:15: expected ')'"),
        ("a b", "1:3: unexpected 'b' after the statement"),
        ("a)", "1:2: unexpected ')' after the statement"),
        ("exit x", "1:6: unexpected 'x' after the statement"),
        (#"lod "x.txt""#, "1:1: unknown command 'lod'"),
        ("a = ", "1:4: expected a value"),
        ("compare", "1:8: expected a set after 'compare'"),
        ("compare a", "1:1: 'compare' with one set needs 'across' to say what to compare"),
        ("compare old.txt new.txt", "1:9: 'old.txt' is not a name"),
        (#"compare load "a" b"#, "1:9: 'load' cannot stand here without parentheses"),
        ("compare a b by", "1:15: expected a projection after 'by'"),
        ("compare a b by .name by .file", "1:22: 'by' is given twice"),
        ("x | filter", "1:11: expected a query after 'filter'"),
        ("x | filter | top 1", "1:12: expected a query after 'filter'"),
        ("x | focus main", "1:11: expected a regexp after 'focus'"),
        ("x | focus /main", "1:11: unterminated regexp"),
        ("x | sort delt", "1:10: unknown sort key 'delt'"),
        ("x | top ten", "1:9: expected a whole number after 'top'"),
        ("x | top 1.5", "1:9: expected a whole number after 'top'"),
        ("x | report pdf", "1:12: unknown report format 'pdf'"),
        ("x | threshold latncy 5%", "1:15: unknown threshold policy 'latncy'"),
        ("x | threshold latency 5", "1:23: expected a percentage after 'latency'"),
        ("x | threshold assume nothing", "1:22: expected 'exact' after 'assume'"),
        ("x | threshold for .name:A", "1:15: 'for' must follow the policies it limits"),
        ("x | threshold latency 5% for", "1:29: expected a query after 'for'"),
        ("x | threshold latency 5% for .name:A sec/op 3", "1:45: expected a percentage after 'sec/op'"),
        ("set alpah 0.01", "1:5: unknown option 'alpah'"),
        ("set alpha high", "1:11: expected a number after 'alpha'"),
        ("set strict yes", "1:12: unknown value 'yes'"),
        ("set", "1:4: expected an option after 'set'"),
        ("source other.benchq", "1:8: expected a path after 'source'"),
        (#"record "x" main"#, "1:12: expected 'at' after the command"),
        (#"store "x""#, "1:7: expected 'import' after 'store'"),
        (#"profile "x" smaple cpu"#, "1:13: unknown profile option 'smaple'"),
        (#"profile "x" normalize"#, "1:13: unexpected 'normalize' after the statement"),
        (#"profile "x" by line"#, "1:16: unknown granularity 'line'"),
        (#"x = load 'a.txt'"#, "1:10: unexpected character '''"),
        (#"load "a\q""#, "1:8: unknown escape '\\q' in a string"),
        (#"load "$""#, "1:7: '$' must be followed by a name"),
    ])
    func reportsSyntaxErrors(_ text: String, _ expected: String) {
        #expect(errors(text) == [expected])
    }

    @Test(arguments: [
        ("a | fliter .name:Foo", ["did you mean 'filter'?"]),
        ("x | sort delt", ["did you mean 'delta'?"]),
        ("x | report pdf", ["expected one of: text, markdown, html, json, csv"]),
        ("a | compare b", ["'compare' starts a pipeline; it cannot follow '|'"]),
        (#"lod "x.txt""#, ["did you mean 'load'?"]),
        ("set corection bh", ["did you mean 'correction'?"]),
        ("x | threshold latency 5", ["write it with a percent sign: 5%"]),
        ("x | focus main", ["write it between slashes: /main/"]),
        (#"(load "a.txt""#, ["to match this '('"]),
    ])
    func addsHelpfulNotes(_ text: String, _ notes: [String]) {
        let diagnostics = Parser.parse(SourceFile(name: "t", text: text)).1
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.notes.map(\.message) == notes)
    }

    @Test func reportsEveryBrokenStatementAndKeepsTheGoodOnes() {
        let (script, diagnostics) = Parser.parse(
            SourceFile(
                name: "t",
                text: """
                    a = load "a.txt"
                    b = load "b.txt" | fliter .name:Foo
                    c = load "c.txt"
                    compare a c | top ten
                    set alpah 0.01
                    compare a c | top 3
                    """))
        #expect(
            diagnostics.map(\.message) == [
                "unknown stage 'fliter'", "expected a whole number after 'top'", "unknown option 'alpah'",
            ])
        #expect(script.description == "a = load \"a.txt\"\nc = load \"c.txt\"\ncompare a c | top 3")
    }

    @Test func reportsOneErrorPerStatementEvenWithLexicalErrorsAfterIt() {
        #expect(errors("x | fliter .name:'a' ; \"\\q\"\ny | top 1") == ["1:5: unknown stage 'fliter'"])
    }

    @Test func recoversAfterAnUnterminatedStringAtTheNextLine() {
        #expect(
            errors("a = load \"a.txt\nc | top x") == [
                "1:10: unterminated string", "2:9: expected a whole number after 'top'",
            ])
    }

    /// A forgotten quote makes a string run on to the next quote; what follows it is then
    /// reported, with a note pointing back at the string.
    @Test(arguments: [
        ("a = load \"a.txt\nb = load \"b.txt\"\nc | top x", "2:11: unexpected 'b.txt' after the statement", 2),
        ("x = load \"a\n\" \"b", "2:3: unterminated string", 1),
    ])
    func pointsBackAtAStringThatSpansLines(_ text: String, _ first: String, _ count: Int) {
        #expect(errors(text).first == first)
        #expect(errors(text).count == count)
        let diagnostics = Parser.parse(SourceFile(name: "t", text: text)).1
        #expect(diagnostics.first?.notes.first?.span == SourceSpan(start: 9, end: 10))
    }

    @Test func lexicalErrorsAreReportedOnce() {
        #expect(errors(#"x = load "a\q""#) == [#"1:12: unknown escape '\q' in a string"#])
    }
}
