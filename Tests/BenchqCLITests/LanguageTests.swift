import BenchqTestSupport
import Foundation
import Testing

/// The language end to end, through a session: values, messages and exit statuses.
@Suite struct LanguageTests {
    private let opt = "\"examples/data/strconv-opt.txt\""
    private let noopt = "\"examples/data/strconv-noopt.txt\""

    @Test func printsAComparisonWithTheSetNamesAsColumns() {
        let run = runScript("a = load \(opt)\nb = load \(noopt)\ncompare a b | filter .name:Atoi .unit:sec/op")
        #expect(run.status == 0)
        #expect(run.stdout.contains("│      a       │                  b"))
        #expect(run.stdout.contains("Atoi/Pos/56bit-2   58.95n ± 42%   47.01n ± 48%  -20.27% (p=0.043 n=10)"))
    }

    @Test func numericTestsFilterComparisonRows() {
        let run = runScript("compare \(opt) \(noopt) | filter .unit:sec/op .delta>30% .p<0.05 | sort delta")
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("Atof64Random") }
        #expect(rows.map { String($0.prefix(24)) } == ["Atof64RandomBits-2      ", "Atof64RandomLongFloats-2"])
    }

    @Test(arguments: [
        ("x", "test.benchq:1:1: error: unknown name 'x'"),
        ("load \"nosuch.txt\"", "test.benchq:1:6: error: cannot load: open nosuch.txt: no such file or directory"),
        ("load \"$missing\"", "test.benchq:1:7: error: $missing is not defined"),
        ("load \"examples/data/strconv-opt.txt\" | sort delta", "stage 'sort' applies to a comparison, not to a set"),
        ("compare \"examples/data/strconv-opt.txt\"", "'compare' with one set needs 'across'"),
        (
            "load \"examples/data/strconv-opt.txt\" | threshold",
            "stage 'threshold' applies to a comparison, not to a set"
        ),
        ("exit 300", "exit takes a status from 0 to 255"),
    ])
    func errorsStopTheScriptWithStatusTwo(_ script: String, _ message: String) {
        let run = runScript(script + "\nsets")
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stdout.contains("no names are bound"), "nothing after the failing statement runs")
    }

    @Test func syntaxErrorsAreAllReportedBeforeAnythingRuns() {
        let run = runScript("sets\nx = load\ny = (load \"a\"\n")
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.components(separatedBy: ": error: ").count == 3)
    }

    @Test func definitionsFillStringsAndExitEndsWithItsCode() {
        let run = runScript("d = load \"$dir/regexp-cpu1-2.txt\"\nsets\nexit 7", definitions: ["dir": "examples/data"])
        #expect(run.status == 7)
        #expect(run.stdout == "d  set, 60 results from 1 file\n")
    }

    @Test func saveWritesTextThatLoadsBack() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-save-\(getpid()).txt").path
        let run = runScript(
            "load \(opt) | filter .name:Atoi | save \"\(path)\"\nback = load \"\(path)\"\nsets")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "back  set, 100 results from 1 file\n")
    }

    @Test func strictModeTurnsMalformedLinesIntoErrors() {
        let lenient = runScript("x = load \"../shared/testdata/go/synthetic-odd-values.txt\"")
        #expect(lenient.status == 0)
        #expect(
            lenient.stderr.contains(
                "warning: ../shared/testdata/go/synthetic-odd-values.txt:2: missing iteration count"))
        let strict = runScript("set strict on\nx = load \"../shared/testdata/go/synthetic-odd-values.txt\"")
        #expect(strict.status == 2)
    }

    @Test func helpExplainsEveryTopicWithAnExample() {
        for topic in [
            "load", "compare", "scaling", "filter", "sort", "top", "threshold", "report", "save", "notify", "set",
            "sets", "source", "exit",
        ] {
            let run = runScript("help \(topic)")
            #expect(run.status == 0)
            #expect(run.stdout.contains("example: "), "help \(topic)")
        }
        #expect(runScript("help fliter").stderr.contains("did you mean 'filter'?"))
    }
}
