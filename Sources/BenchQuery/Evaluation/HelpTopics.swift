/// The text of `help` and `help TOPIC`: every statement, source and stage, each with an
/// example on the bundled data.
package enum HelpTopics {
    package struct Topic: Sendable {
        package var name: String
        package var kind: Kind
        package var synopsis: String
        package var summary: String
        package var example: String
    }

    package enum Kind: String, Sendable {
        case statement, source, stage
    }

    package static let all: [Topic] = [
        Topic(
            name: "load", kind: .source, synopsis: "load \"PATH\" [\"PATH\" ...] [format NAME]",
            summary:
                "Reads results (globs allowed) into a set: Go benchmark text, or another tool's format detected from the content or named after `format` (see help formats). Each result keeps its file as .file.",
            example: "old = load \"examples/data/strconv-opt.txt\""),
        Topic(
            name: "formats", kind: .source,
            synopsis:
                "load \"PATH\" format go|go-test-json|gbench|hyperfine|pytest-benchmark|pyperf|criterion|jmh|bmf",
            summary: """
                The formats load reads, each detected from the file's content unless named:
                    go                Go benchmark text (go test -bench), the default
                    go-test-json      go test -json -bench (test2json events)
                    gbench            Google Benchmark --benchmark_format=json / --benchmark_out
                    hyperfine         hyperfine --export-json (1.x and 2.0), --export-csv, --export-markdown
                    pytest-benchmark  pytest --benchmark-json, or a saved run
                    pyperf            pyperf/pyperformance -o FILE.json (or .json.gz)
                    criterion         target/criterion (a directory), sample.json, raw.csv, estimates.json, critcmp --export
                    jmh               JMH -rf json (also package-benchmark --format jmh)
                    bmf               Bencher Metric Format JSON
                  Files with one summary per benchmark (CSV/Markdown tables, stats-only pytest, BMF,
                  estimates) load with a warning: no statistical test is possible on them. save writes
                  any set as Go benchmark text. docs/formats.md shows how each format's fields map.
                """,
            example: "compare (load \"old.json\" format gbench) (load \"new.json\" format gbench)"),
        Topic(
            name: "compare", kind: .source,
            synopsis: "compare A B [C ...] [by ROW] [across COL] [per TABLE] [ignore KEYS]",
            summary:
                "Compares sets as benchstat does; the first column is the baseline. ROW, COL, TABLE and KEYS use benchstat's projection syntax (.name, .fullname, /key, config keys, @num, @alpha, @(a b)).",
            example: "compare old new by .name"),
        Topic(
            name: "scaling", kind: .source, synopsis: "scaling SET [across KEY]",
            summary:
                "Speed-up and efficiency of every benchmark across GOMAXPROCS (or another numeric key), relative to its smallest value.",
            example: "scaling \"examples/data/regexp-cpu1-2.txt\""),
        Topic(
            name: "+", kind: .source, synopsis: "A + B",
            summary: "Pools two sets into one.", example: "all = old + new"),
        Topic(
            name: "profile", kind: .source,
            synopsis:
                "profile \"FILE\" [sample TYPE] [by functions|lines|files|addresses] [nodefraction F] [unit U] [noinlines]",
            summary:
                "Summarises a pprof profile (profile.proto, gzipped or not) or folded stacks (`a;b;c 42` lines) exactly as `go tool pprof -top` does: sample is -sample_index (a name or an index), nodefraction is -nodefraction (0 shows every node), noinlines is -noinlines, unit names the unit of folded stacks (ns, bytes; count by default).",
            example: "profile \"examples/data/kv-fnv.cpu.pprof\" | top 10"),
        Topic(
            name: "profile-diff", kind: .source,
            synopsis: "profile-diff \"BASE\" \"NEW\" [sample TYPE] [by ...] [nodefraction F] [normalize]",
            summary:
                "What changed between two profiles, as `go tool pprof -diff_base=BASE NEW` shows it: signed values (new − base), percentages of the base total, largest change first. normalize first scales NEW to BASE's total (-normalize).",
            example:
                "profile-diff \"examples/data/kv-maphash.cpu.pprof\" \"examples/data/kv-fnv.cpu.pprof\" | top 5"),
        Topic(
            name: "record", kind: .source, synopsis: "record \"COMMAND\" at REF [REF ...] [rounds N]",
            summary:
                "Runs COMMAND (through /bin/sh) at each ref in a temporary git worktree, reading its output as Go benchmark text. Rounds alternate between refs (A1 B1 A2 B2 ...) and each finished round is stored at once; Ctrl-C keeps them and removes the worktrees. Prints the runs stored. See docs/history.md.",
            example: "record \"go test -run '^$' -bench . -count 5\" at v1.2.0 HEAD rounds 3"),
        Topic(
            name: "store", kind: .source, synopsis: "store import \"FILE\" at REF",
            summary:
                "Stores a file of benchmark results as one run of the commit REF names, e.g. a baseline recorded earlier.",
            example: "store import \"baseline.txt\" at v1.2.0"),
        Topic(
            name: "commit", kind: .source, synopsis: "load commit REF [run N]",
            summary:
                "The stored results of a commit (tag, branch, HEAD~3, short SHA, resolved by git), every run pooled, or only run N (history numbers them).",
            example: "compare (load commit v1.2.0) (load commit HEAD)"),
        Topic(
            name: "history", kind: .source, synopsis: "history [QUERY]",
            summary:
                "Lists the stored runs; with a benchmark query (benchstat's filter syntax), the median of each matching benchmark and unit per commit with a sparkline, and as a line chart with report html.",
            example: "history .name:Encode .unit:sec/op"),
        Topic(
            name: "filter", kind: .stage, synopsis: "| filter QUERY",
            summary:
                "Keeps results matching benchstat's query language (key:value, key:/re/, key:(a OR b), AND, OR, -, parentheses, *). On a comparison also .delta>5%, .delta<-10% and .p<0.01, joined to the rest by AND.",
            example: "old | filter .name:/^Atof/ .unit:sec/op"),
        Topic(
            name: "sort", kind: .stage, synopsis: "| sort delta|p|name|base [asc|desc] · | sort flat|cum",
            summary:
                "Orders the rows of each table of a comparison; a profile sorts by flat (the default) or cum, as pprof's -cum.",
            example: "compare old new | sort delta desc"),
        Topic(
            name: "top", kind: .stage, synopsis: "| top N",
            summary: "Keeps the first N rows of each table (of a profile: pprof's -nodecount).",
            example: "compare old new | sort delta desc | top 5"),
        Topic(
            name: "focus", kind: .stage, synopsis: "| focus /RE/",
            summary:
                "Keeps the profile's samples with a frame whose function, file or binary matches (pprof's -focus). Percentages stay of the whole profile.",
            example: "profile \"examples/data/kv-fnv.cpu.pprof\" | focus /Hash/ | top 5"),
        Topic(
            name: "ignore", kind: .stage, synopsis: "| ignore /RE/",
            summary: "Drops the profile's samples with a matching frame (pprof's -ignore).",
            example: "profile \"examples/data/kv-fnv.cpu.pprof\" | ignore /^runtime\\./ | top 5"),
        Topic(
            name: "hide", kind: .stage, synopsis: "| hide /RE/",
            summary:
                "Removes matching frames from every stack, so their time moves to their callers (pprof's -hide).",
            example: "profile \"examples/data/kv-fnv.cpu.pprof\" | hide /^runtime\\./ | top 5"),
        Topic(
            name: "show", kind: .stage, synopsis: "| show /RE/",
            summary: "Keeps only matching frames in every stack (pprof's -show).",
            example: "profile \"examples/data/kv-fnv.cpu.pprof\" | show /kvbench/ | top 5"),
        Topic(
            name: "threshold", kind: .stage,
            synopsis: "| threshold [KIND N%|UNIT N%|improvement N%|assume exact ...] [for QUERY] ...",
            summary:
                "Judges each row of a comparison: regression (significant and worse than the limit), improvement, ok, missing, new or inconclusive. Defaults: throughput -10%, latency +20%, memory +15%, improvement 10%. 'for QUERY' limits the policies before it to matching benchmarks (the last match wins). A script whose check found a regression exits 1.",
            example: "compare old new | threshold latency 10% sec/op 5% for .name:/^Atoi/"),
        Topic(
            name: "report", kind: .stage, synopsis: "| report text|markdown|html|json|csv [\"PATH\"]",
            summary:
                "Writes the value to a file (or standard output) and passes it on, so reports chain. Markdown suits a pull-request comment, HTML is one self-contained page with charts, JSON follows the documented benchq.check/1 and benchq.comparison/1 schemas.",
            example: "compare old new | report csv \"out.csv\""),
        Topic(
            name: "save", kind: .stage, synopsis: "| save \"PATH\"",
            summary: "Writes a set as Go benchmark text that benchstat reads (a new baseline, say).",
            example: "old | filter .name:Atoi | save \"atoi.txt\""),
        Topic(
            name: "notify", kind: .stage, synopsis: "| notify \"URL\"",
            summary:
                "Posts a short summary of a check or comparison to a Slack-compatible incoming webhook (with curl). A failed post, or an empty URL, is a warning and changes nothing else.",
            example: "compare old new | threshold | notify \"$webhook\""),
        Topic(
            name: "set", kind: .statement,
            synopsis:
                "set alpha A | set confidence C | set correction none|holm|bh | set strict on|off | set color auto|on|off | set store \"PATH\"",
            summary:
                "Changes an option for the rest of the session: significance level, interval confidence, how checks adjust p-values for testing many benchmarks at once (Holm or Benjamini-Hochberg; none keeps benchstat's numbers), malformed input lines as errors, colour, the results store (default $BENCHQ_STORE, else .benchq/results.sqlite in the repository).",
            example: "set alpha 0.01"),
        Topic(
            name: "sets", kind: .statement, synopsis: "sets",
            summary: "Lists the bound names with their types and sizes.", example: "sets"),
        Topic(
            name: "help", kind: .statement, synopsis: "help [TOPIC]",
            summary: "Lists the statements, sources and stages, or explains one.", example: "help compare"),
        Topic(
            name: "source", kind: .statement, synopsis: "source \"FILE.benchq\"",
            summary: "Runs the statements of another script in this session.",
            example: "source \"examples/compare-two-runs.benchq\""),
        Topic(
            name: "exit", kind: .statement, synopsis: "exit [CODE]",
            summary: "Ends the session or script with CODE (default 0).", example: "exit 1"),
    ]

    /// The overview printed by `help`.
    package static var overview: String {
        var text = "Statements are `NAME = PIPELINE`, a PIPELINE to print, or one of the statements below.\n"
        text += "A pipeline is a source followed by stages: SOURCE | STAGE | STAGE ...\n"
        for kind in [Kind.source, .stage, .statement] {
            text += "\n\(kind.rawValue)s:\n"
            for topic in all where topic.kind == kind {
                let padded = topic.name + String(repeating: " ", count: max(1, 14 - topic.name.count))
                text += "  \(padded)\(topic.synopsis)\n"
            }
        }
        text += "\nType `help TOPIC` for an explanation and an example.\n"
        return text
    }

    /// The text of `help TOPIC`, or nil for an unknown topic.
    package static func text(for name: String) -> String? {
        guard let topic = all.first(where: { $0.name == name }) else { return nil }
        return "\(topic.synopsis)\n  \(topic.summary)\n  example: \(topic.example)\n"
    }
}
