import BenchQuery
import Testing

/// What makes the shell show its `...>` prompt (LANGUAGE.md §7).
@Suite struct IncompleteInputTests {
    @Test(arguments: [
        #"load "abc"#,
        "compare (a",
        "compare (a\n  b",
        "a |",
        "a | # more to come",
        "a \\",
        "a \\  ",
        "x | filter (.name:A OR",
        #"x | filter .name:"A"#,
        "(a\n| filter .name:A",
    ])
    func waitsForMore(_ text: String) {
        #expect(Parser.isIncomplete(text))
    }

    @Test(arguments: [
        "",
        "a",
        #"load "abc""#,
        "compare (a) b",
        "a | top",
        "a | fliter x",
        "help",
        "load \"a\nb\"",
        "x | filter (.name:A)",
        "a)",
        "x | focus /abc",
    ])
    func runsWhatIsComplete(_ text: String) {
        #expect(!Parser.isIncomplete(text))
    }

    @Test func parsesAnEntryOnceItIsComplete() {
        #expect(Parser.parseEntry(SourceFile(name: "<stdin>", text: "compare a b |")) == .incomplete)
        let entry = Parser.parseEntry(SourceFile(name: "<stdin>", text: "compare a b |\n  top 3"))
        guard case .complete(let script, let diagnostics) = entry else {
            Issue.record("still incomplete")
            return
        }
        #expect(diagnostics.isEmpty)
        #expect(script.description == "compare a b | top 3")
    }
}
