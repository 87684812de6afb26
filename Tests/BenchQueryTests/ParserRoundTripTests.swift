import BenchQuery
import Testing

/// Each statement, source and stage parses and prints back as written.
@Suite struct ParserRoundTripTests {
    @Test(arguments: [
        #"a = load "x.txt" | filter .name:Foo"#,
        "set alpha 0.01",
        "set alpha 1e-3",
        "set confidence 0.95",
        "set strict on",
        "set strict off",
        "set color auto",
        "set color off",
        "set correction none",
        "set correction holm",
        "set correction bh",
        #"set store ".benchq/results""#,
        "sets",
        "help",
        "help filter",
        "help profile-diff",
        #"source "other.benchq""#,
        "exit",
        "exit 3",
    ])
    func statements(_ text: String) {
        #expect(parse(text).description == text)
    }

    @Test(arguments: [
        "base",
        #""old.txt""#,
        #"(load "a.txt" | filter pkg:bytes)"#,
        "a + b",
        #"load "a.txt" + load "b.txt""#,
        #"a + "b.txt" + (load "c.txt")"#,
        #"load "a.txt""#,
        #"load "a.txt" "b/*.txt""#,
        #"load "x.json" format gobench-json"#,
        #"load commit "HEAD~3""#,
        "load commit HEAD~3 run 2",
        "compare a b",
        "compare a b c by .name across .file per .config ignore goos",
        #"compare "old.txt" "new.txt""#,
        #"compare (load "a.txt" | filter pkg:bytes) b"#,
        "compare cpu across /gomaxprocs",
        "compare a b by /size@num,/presize across .file@(b a)",
        "compare a b ignore goos,goarch",
        "scaling cpu",
        #"scaling "cpu.txt" across /gomaxprocs"#,
        #"profile "cpu.pprof""#,
        #"profile "cpu.pprof" sample alloc_space by lines nodefraction 0.01"#,
        #"profile "heap.pb.gz" sample 1"#,
        #"profile-diff "base.pprof" "new.pprof""#,
        #"profile-diff "a.pprof" "b.pprof" sample cpu by files nodefraction 0.005 normalize"#,
        #"record "go test -bench . -count 5" at main HEAD~1 rounds 5"#,
        #"record "make bench" at "$ref""#,
        #"store import "old.txt" at v1.2.0"#,
        "history",
        "history .name:Encode",
        #"x = history .name:/^Encode/ | report csv"#,
    ])
    func sources(_ text: String) {
        #expect(parse(text).description == text)
    }

    @Test(arguments: [
        "x | filter .name:Foo",
        "x | filter .delta>5% .p<0.01",
        "x | sort delta",
        "x | sort p desc",
        "x | sort cum asc",
        "x | sort name",
        "x | top 10",
        #"x | focus /main\./"#,
        #"x | ignore "runtime""#,
        #"x | hide /^runtime\//"#,
        "x | show /encoding/",
        "x | threshold",
        "x | threshold throughput 5% latency 10%",
        "x | threshold throughput 10% latency 20% memory 15% other 1%",
        "x | threshold sec/op 3%",
        "x | threshold latency -5%",
        "x | threshold latency 2% for .name:/^Critical/",
        "x | threshold latency 5% for .name:/A/ latency 2% for .name:/B/",
        "x | threshold latency 5% for .name:/A/ sec/op 2% for .name:/B/",
        "x | threshold improvement 5% assume exact",
        "x | report text",
        #"x | report markdown "out.md""#,
        #"x | report html "r.html" | report json "r.json" | report csv"#,
        #"x | save "baseline.txt""#,
        #"x | notify "https://hooks.slack.com/services/T/B/X""#,
    ])
    func stages(_ text: String) {
        #expect(parse(text).description == text)
    }

    /// Inputs that print in canonical form: single blanks, clauses in a fixed order.
    @Test(arguments: [
        ("a   =load\t\"x.txt\"|top 3", #"a = load "x.txt" | top 3"#),
        ("compare a b across .file by .name", "compare a b by .name across .file"),
        ("profile-diff \"a\" \"b\" normalize by lines", #"profile-diff "a" "b" by lines normalize"#),
        (#"load "${base}""#, #"load "$base""#),
        (#"load "${base}x""#, #"load "${base}x""#),
        (#"load "a\tb\\c\"d\$e""#, #"load "a\tb\\c\"d\$e""#),
        ("x | focus /a\\/b/", "x | focus /a\\/b/"),
        ("a+b", "a + b"),
    ])
    func printsCanonicalForm(_ input: String, _ expected: String) {
        #expect(parse(input).description == expected)
    }

    @Test func parsesSeveralStatements() {
        let script = parse(
            """
            base = load "$base"
            head = load "$head"

            compare base head
            """)
        #expect(script.description == "base = load \"$base\"\nhead = load \"$head\"\ncompare base head")
        #expect(script.statements.count == 3)
    }

    @Test func parsesTheRegressionGateOfTheSpecification() {
        let script = parse(
            """
            # regression.benchq — run with: benchq scripts/regression.benchq -D base=... -D head=...
            base = load "$base"
            head = load "$head"
            compare base head
              | threshold throughput 10% latency 20% memory 15%
              | report markdown "benchmark_results/regression_report.md"
              | report html "benchmark_results/report.html"
              | report json "benchmark_results/regression.json"
            """)
        #expect(script.statements.count == 3)
        #expect(
            script.statements[2].description
                == #"compare base head | threshold throughput 10% latency 20% memory 15% "#
                + #"| report markdown "benchmark_results/regression_report.md" "#
                + #"| report html "benchmark_results/report.html" | report json "benchmark_results/regression.json""#)
    }

    @Test func everyNodeSpansItsSource() {
        let text = #"a = compare "x.txt" b by .name | top 3"#
        let source = SourceFile(name: "t", text: text)
        let statement = Parser.parse(source).0.statements[0]
        #expect(source.text(of: statement.span) == Substring(text))
        guard case .assignment(let name, let value) = statement.kind else {
            Issue.record("not an assignment")
            return
        }
        #expect(source.text(of: name.span) == "a")
        #expect(source.text(of: value.span) == #"compare "x.txt" b by .name | top 3"#)
        #expect(source.text(of: value.source.span) == #"compare "x.txt" b by .name"#)
        #expect(source.text(of: value.stages[0].span) == "top 3")
        guard case .source(.compare(let compare)) = value.source.kind else {
            Issue.record("not a compare")
            return
        }
        #expect(compare.operands.map { source.text(of: $0.span) } == [#""x.txt""#, "b"])
        #expect(compare.rows.map { source.text(of: $0.span) } == ".name")
    }

    @Test func numbersKeepTheirValueAndSuffix() {
        guard case .threshold(let clauses)? = pipeline("x | threshold latency -5% sec/op 1.5%")?.stages.first?.kind
        else {
            Issue.record("no threshold")
            return
        }
        let limits = clauses[0].policies.compactMap { policy -> NumberValue? in
            switch policy.kind {
            case .metric(_, let limit), .unit(_, let limit): return limit.value
            default: return nil
            }
        }
        #expect(limits.map(\.value) == [-5, 1.5])
        #expect(limits.map(\.suffix) == [.percent, .percent])
    }
}
