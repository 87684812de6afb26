import BenchQuery
import Testing

/// Line continuation and comments (LANGUAGE.md §1).
@Suite struct ContinuationTests {
    @Test(arguments: [
        ("compare base head\n  | threshold\n  | report text", "compare base head | threshold | report text"),
        ("compare base head\n  # why\n\n  | threshold", "compare base head | threshold"),
        ("a = load \\\n  \"x.txt\"", #"a = load "x.txt""#),
        ("x |\n  filter .name:A", "x | filter .name:A"),
        ("x | # keep going\n  top 3", "x | top 3"),
        ("compare a b by .name \\\n  across .file", "compare a b by .name across .file"),
        ("(load \"a\"\n  | filter .name:A\n)", #"(load "a" | filter .name:A)"#),
        ("compare (\n  a\n) b", "compare (a) b"),
        ("x | filter .name:A\n| top 1", "x | filter .name:A | top 1"),
    ])
    func continuesStatements(_ input: String, _ expected: String) {
        #expect(parse(input).description == expected)
    }

    @Test func endsStatementsAtLineBreaks() {
        #expect(parse("a = load \"a\"\nb = load \"b\"\n\n\nb").statements.count == 3)
    }

    @Test(arguments: [
        "# header\na = load \"x\" # trailing\n\n# footer",
        "a = load \"x\"   # load it",
        "\n\n# nothing but comments\n\na = load \"x\"\n",
    ])
    func ignoresComments(_ input: String) {
        #expect(parse(input).description == #"a = load "x""#)
    }

    @Test func aHashInsideAStringOrRegexpIsNoComment() {
        #expect(parse(#"x | focus /a#b/ | save "c#d""#).description == #"x | focus /a#b/ | save "c#d""#)
    }
}
