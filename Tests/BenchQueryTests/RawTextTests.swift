import BenchQuery
import Testing

/// benchstat's query and projection syntax is captured raw, up to the end of its stage.
@Suite struct RawTextTests {
    /// The raw text of the first stage (a filter) and the description of the rest.
    private func filterAndRest(_ text: String) -> (String?, String) {
        guard let pipeline = pipeline(text), case .filter(let query)? = pipeline.stages.first?.kind else {
            return (nil, "")
        }
        return (query.text, pipeline.stages.dropFirst().map(\.description).joined(separator: " | "))
    }

    @Test(arguments: [
        ("x | filter .name:Foo", ".name:Foo", ""),
        (
            "x | filter (.name:Hash OR /size:/^(1k|64k)$/) -/bytes:8 | top 3",
            "(.name:Hash OR /size:/^(1k|64k)$/) -/bytes:8", "top 3"
        ),
        ("x | filter .name:/a|b/ | top 3", ".name:/a|b/", "top 3"),
        ("x | filter .name: /a|b/ | top 3", ".name: /a|b/", "top 3"),
        ("x | filter .name:\"a|b\" | top 3", ".name:\"a|b\"", "top 3"),
        ("x | filter .name:(a OR /b|c/ OR \"d|e\") | top 3", ".name:(a OR /b|c/ OR \"d|e\")", "top 3"),
        ("x | filter /size:/[/|]x/ | top 1", "/size:/[/|]x/", "top 1"),
        ("x | filter .name:/a(b|c)/d/ | top 1", ".name:/a(b|c)/d/", "top 1"),
        ("x | filter .name:Foo # a comment", ".name:Foo", ""),
        ("x | filter .name:Foo\n  | top 2", ".name:Foo", "top 2"),
        ("x | filter .delta>5% .p<0.01|sort delta", ".delta>5% .p<0.01", "sort delta"),
    ])
    func capturesFilters(_ text: String, _ query: String, _ rest: String) {
        let (captured, after) = filterAndRest(text)
        #expect(captured == query)
        #expect(after == rest)
    }

    @Test func endsAtTheParenthesisThatClosesTheGroup() {
        #expect(
            parse("compare (a | filter .name:(A OR B)) b").description == "compare (a | filter .name:(A OR B)) b")
    }

    @Test func aQueryInsideParenthesesMaySpanLines() {
        #expect(parse("(x | filter .name:A\n  .unit:B\n)").description == "(x | filter .name:A   .unit:B)")
    }

    @Test func projectionsEndAtTheNextClauseWord() {
        guard
            case .source(.compare(let compare))? = pipeline(
                "compare a b by /size@num,/presize across .file@(b a) per .config ignore goos,by | top 1")?.source.kind
        else {
            Issue.record("not a compare")
            return
        }
        #expect(compare.rows?.text == "/size@num,/presize")
        #expect(compare.columns?.text == ".file@(b a)")
        #expect(compare.tables?.text == ".config")
        #expect(compare.ignored?.text == "goos,by")
    }

    @Test func aClauseWordInsideParenthesesDoesNotEndTheProjection() {
        guard case .source(.compare(let compare))? = pipeline("compare a b across .file@(by across)")?.source.kind
        else {
            Issue.record("not a compare")
            return
        }
        #expect(compare.columns?.text == ".file@(by across)")
    }

    @Test func thresholdQueriesEndAtTheNextPolicy() {
        guard
            case .threshold(let clauses)? = pipeline(
                "x | threshold latency 5% for .name:/A|B/ sec/op 2% for .name:X improvement 1% | report text")?
                .stages.first?.kind
        else {
            Issue.record("no threshold")
            return
        }
        #expect(clauses.map { $0.query?.text } == [".name:/A|B/", ".name:X", nil])
        #expect(clauses.map(\.policies.count) == [1, 1, 1])
    }

    @Test func spansMapQueryOffsetsBackToTheSource() {
        let text = "x | filter .name:A \\\n   .unit:B | top 1"
        let source = SourceFile(name: "t", text: text)
        guard case .expression(let pipeline) = Parser.parse(source).0.statements.first?.kind,
            case .filter(let query) = pipeline.stages[0].kind
        else {
            Issue.record("no filter")
            return
        }
        // The continuing backslash reads as a blank, so offsets in the text match the source.
        #expect(query.text == ".name:A  \n   .unit:B")
        #expect(query.span.length == query.text.utf8.count)
        #expect(source.text(of: query.span) == ".name:A \\\n   .unit:B")
        #expect(query.description == ".name:A      .unit:B")
    }

    @Test func capturesHistoryQueries() {
        #expect(parse("history .name:/^Enc/ | report csv").description == "history .name:/^Enc/ | report csv")
    }
}
