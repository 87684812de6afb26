import BenchqTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The regression gate end to end: real pairs of runs, every report format, hostile names,
/// exit statuses and webhooks.
@Suite struct CheckScriptTests {
    private static let go = "../shared/testdata/go"

    private func gate(_ base: String, _ head: String, _ stages: String = "") -> (
        stdout: String, stderr: String, status: Int32
    ) {
        runScript("compare \"\(Self.go)/\(base)\" \"\(Self.go)/\(head)\" | threshold\(stages)")
    }

    @Test func theSameCodeRunTwiceRaisesNoRegression() {
        let run = gate("strconv-opt-a.txt", "strconv-opt-b.txt")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("PASS: 96 ok"))
        #expect(!run.stdout.contains("🔴"))
    }

    /// 80 runs of every strconv benchmark, split alternately into two sets of 40: the same
    /// code, 375 rows tested. By chance some rows are significant, and on two of them the
    /// medians alone moved beyond the limit (a noisy 64Fixed16, and a B/op that is 2 in some
    /// runs and 4 in others); the Hodges-Lehmann shift keeps them ok.
    @Test func alternateRunsOfTheSameCodeRaiseNoRegression() throws {
        let text = try #require(SharedTestData.text("go/strconv-100x-count80.txt"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.filter { !$0.hasPrefix("Benchmark") }.joined(separator: "\n")
        let results = lines.filter { $0.hasPrefix("Benchmark") }
        let paths = [temporaryPath("odd.txt"), temporaryPath("even.txt")]
        for (half, path) in paths.enumerated() {
            let chosen = results.enumerated().filter { $0.offset % 2 == half }.map(\.element)
            try (header + "\n" + chosen.joined(separator: "\n") + "\n").write(
                toFile: path, atomically: true, encoding: .utf8)
        }
        let run = runScript("compare \"\(paths[0])\" \"\(paths[1])\" | threshold | filter -.status:ok")
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("PASS: 375 ok"))
    }

    @Test func optimisationsOffAreRegressionsAndExitOne() {
        let run = gate("pkgs-opt.txt", "pkgs-noopt.txt")
        #expect(run.status == 1)
        #expect(run.stdout.contains("FAIL: 32 regressions, 98 ok"))
        #expect(
            run.stdout.split(separator: "\n").contains { $0.contains(" SortInt1K-2 ") && $0.hasSuffix("🔴 regression") })
    }

    @Test func aFasterHashShowsImprovements() {
        let run = runScript(
            "compare \"\(Self.go)/kv-fnv.txt\" \"\(Self.go)/kv-maphash.txt\" ignore variant | threshold")
        #expect(run.status == 0)
        #expect(run.stdout.contains("PASS: 9 improvements, 55 ok"))
        #expect(run.stdout.contains("🟢 improvement"))
    }

    @Test func setsThatShareNoTableGetAHint() {
        let run = runScript("compare \"\(Self.go)/kv-fnv.txt\" \"\(Self.go)/kv-maphash.txt\" | threshold")
        #expect(run.status == 0)
        #expect(run.stdout.contains("PASS: nothing to check"))
        #expect(run.stderr.contains("the sets differ in variant"))
        #expect(run.stderr.contains("add 'ignore variant' to compare"))
    }

    @Test func aFileComparedWithItselfGetsAHint() {
        let run = runScript("compare \"\(Self.go)/strconv-opt-a.txt\" \"\(Self.go)/strconv-opt-a.txt\" | threshold")
        #expect(run.status == 0)
        #expect(run.stderr.contains("two sets are named \(Self.go)/strconv-opt-a.txt, so they form one column"))
    }

    @Test func theStatusSurvivesFiltersAndEveryStatementStillRuns() throws {
        let json = temporaryPath("check.json")
        let run = runScript(
            """
            compare "\(Self.go)/pkgs-opt.txt" "\(Self.go)/pkgs-noopt.txt" | threshold | filter .status:ok | report json "\(json)"
            sets
            """)
        #expect(run.status == 1, "a filter narrows what is shown, not what was found")
        #expect(run.stdout == "no names are bound yet; try: old = load \"old.txt\"\n")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect(document["verdict"] as? String == "regression")
        #expect((document["rows"] as? [Any])?.count == 98)
    }

    @Test func perBenchmarkPoliciesAndSigns() {
        let loose = gate("pkgs-opt.txt", "pkgs-noopt.txt", " latency 1000% throughput 1000%")
        #expect(loose.status == 0)
        // Policies without `for` are the defaults wherever they are written; `for` overrides them.
        let targeted = gate(
            "pkgs-opt.txt", "pkgs-noopt.txt", " latency 20% for .name:/^Sort/ latency 1000% throughput 1000%")
        #expect(targeted.status == 1)
        #expect(targeted.stdout.contains("FAIL: 4 regressions"))
        let wrongSign = gate("pkgs-opt.txt", "pkgs-noopt.txt", " latency -5%")
        #expect(wrongSign.status == 2)
        #expect(wrongSign.stderr.contains("latency regresses when it rises"))
    }

    @Test func correctionsMakeTheGateStricter() {
        let plain = gate("pkgs-opt.txt", "pkgs-noopt.txt")
        let holm = runScript(
            "set correction holm\ncompare \"\(Self.go)/pkgs-opt.txt\" \"\(Self.go)/pkgs-noopt.txt\" | threshold")
        #expect(plain.stdout.contains("correction none"))
        #expect(holm.stdout.contains("correction holm"))
        let count = { (text: String) in text.split(separator: "\n").filter { $0.hasSuffix("🔴 regression") }.count }
        #expect(count(holm.stdout) > 0 && count(holm.stdout) < count(plain.stdout))
    }

    @Test func sortTopAndStatusFiltersWorkOnChecks() {
        let run = gate(
            "pkgs-opt.txt", "pkgs-noopt.txt",
            " | filter .status:(regression OR improvement) .delta>100% | sort delta desc | top 2")
        let rows = run.stdout.split(separator: "\n").filter { $0.contains("🔴") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("SortInt1K-2") == true)
        #expect(run.stdout.contains("(showing 2 of 130 rows)"))
    }

    @Test func everyReportFormatIsWrittenBeforeTheStatus() throws {
        let paths = ["md", "html", "json", "csv", "txt"].map { temporaryPath("report.\($0)") }
        let run = runScript(
            """
            compare "\(Self.go)/pkgs-opt.txt" "\(Self.go)/pkgs-noopt.txt"
              | threshold
              | report markdown "\(paths[0])"
              | report html "\(paths[1])"
              | report json "\(paths[2])"
              | report csv "\(paths[3])"
              | report text "\(paths[4])"
            """)
        #expect(run.status == 1, "\(run.stderr)")
        let markdown = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(markdown.hasPrefix("### 🔴 Performance regression: 32 regressions\n"))
        #expect(markdown.contains("<details>\n<summary>All 130 rows</summary>"))
        try expectWellFormed(html: String(contentsOfFile: paths[1], encoding: .utf8))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: paths[2]))) as? [String: Any])
        #expect(json["schema"] as? String == "benchq.check/1")
        #expect((json["counts"] as? [String: Int])?["regression"] == 32)
        let rows = try #require(json["rows"] as? [[String: Any]])
        let sortInts = try #require(
            rows.first { $0["benchmark"] as? String == "SortInt1K-2" && $0["unit"] as? String == "sec/op" })
        #expect(sortInts["status"] as? String == "regression")
        #expect(((sortInts["baseline"] as? [String: Any])?["values"] as? [Double])?.count == 8)
        let csv = try String(contentsOfFile: paths[3], encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 131)
        #expect(csv[0].hasPrefix("status,table,benchmark,unit,kind"))
        #expect(try String(contentsOfFile: paths[4], encoding: .utf8).contains("FAIL: 32 regressions, 98 ok"))
    }

    @Test func reportsWorkOnComparisonsAndSets() throws {
        let json = temporaryPath("comparison.json")
        let html = temporaryPath("set.html")
        let run = runScript(
            """
            compare "\(Self.go)/strconv-opt-a.txt" "\(Self.go)/strconv-opt-b.txt" | filter .name:Atoi | report markdown | report json "\(json)"
            load "\(Self.go)/kv-fnv.txt" | report html "\(html)"
            """)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Atoi/Pos/7bit-2 | 18.72n ± "))
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect(document["schema"] as? String == "benchq.comparison/1")
        try expectWellFormed(html: String(contentsOfFile: html, encoding: .utf8))
    }

    @Test func comparisonPagesHaveTheGeomeanAndSayWhenEmpty() throws {
        let html = temporaryPath("comparison.html")
        let run = runScript(
            """
            compare "\(Self.go)/strconv-opt-a.txt" "\(Self.go)/strconv-opt-b.txt" | filter .fullname:/^Atoi/ .unit:sec/op | report html "\(html)"
            compare "\(Self.go)/strconv-opt-a.txt" "\(Self.go)/strconv-opt-b.txt" | filter .name:Nothing | report markdown
            """)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        try expectWellFormed(html: page)
        #expect(page.contains("<tr><th>geomean</th>"))
        #expect(page.components(separatedBy: "<svg ").count - 1 == 10, "one chart per benchmark")
        #expect(run.stdout == "_No results to show._\n")
    }

    /// Names chosen by a pull request: nothing in the reports may run, break the table or ping.
    @Test func hostileBenchmarkNamesAreEscaped() throws {
        let names = ["X/<script>alert(1)</script>", "Pipe|in|name", "Tick`code`", "Ping@team", "Amp&<img>"]
        func run(_ center: Double) -> String {
            names.flatMap { name in (0..<6).map { "Benchmark\(name)-2 1 \(center + Double($0)) ns/op\n" } }.joined()
        }
        let base = temporaryPath("hostile-base.txt")
        let head = temporaryPath("hostile-head.txt")
        try run(100).write(toFile: base, atomically: true, encoding: .utf8)
        try run(300).write(toFile: head, atomically: true, encoding: .utf8)
        let markdown = temporaryPath("hostile.md")
        let html = temporaryPath("hostile.html")
        let result = runScript(
            "compare \"\(base)\" \"\(head)\" | threshold | report markdown \"\(markdown)\" | report html \"\(html)\"")
        #expect(result.status == 1)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        try expectWellFormed(html: page)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("X/&lt;script&gt;alert(1)&lt;/script&gt;"))
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(!text.lowercased().contains("<script") && !text.contains("<img"))
        #expect(!text.contains("@team"), "a mention would ping the team")
        #expect(text.contains("Tick\\`code\\`") && !text.contains("Tick`"))
        for line in text.split(separator: "\n") where line.hasPrefix("| 🔴 | ") {
            let unescapedPipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescapedPipes == 10, "nine cells: \(line)")
        }
    }

    @Test func notifyPostsTheSummaryToAWebhook() throws {
        let server = try LoopbackWebhookServer()
        let result = try runBenchq([
            "-c",
            "compare \"\(Self.go)/pkgs-opt.txt\" \"\(Self.go)/pkgs-noopt.txt\" | threshold | notify \"$hook\" | filter .status:none",
            "-D", "hook=\(server.url)",
        ])
        let request = try #require(server.receivedRequest())
        #expect(request.hasPrefix("POST /services/T000/B000/XXXX"))
        #expect(request.lowercased().contains("content-type: application/json"))
        #expect(request.contains("\"text\": \"🔴 Performance regression: 32 regressions"))
        #expect(result.status == 2, "the bad filter after notify fails the script; the post was already made")
    }

    @Test func aFailedPostIsOnlyAWarning() throws {
        let server = try LoopbackWebhookServer(status: 500)
        let failing = try runBenchq([
            "-c",
            "compare \"\(Self.go)/pkgs-opt.txt\" \"\(Self.go)/pkgs-noopt.txt\" | threshold | notify \"\(server.url)\"",
        ])
        _ = server.receivedRequest()
        #expect(failing.status == 1, "the verdict is unchanged")
        #expect(failing.stderr.contains("warning: notify: the post failed"))
        #expect(failing.stdout.contains("FAIL: 32 regressions"))
        let empty = runScript(
            "compare \"\(Self.go)/strconv-opt-a.txt\" \"\(Self.go)/strconv-opt-b.txt\" | threshold | notify \"$hook\"",
            definitions: ["hook": ""])
        #expect(empty.status == 0)
        #expect(empty.stderr.contains("the webhook URL is empty; nothing was posted"))
    }
}

/// A fresh path in the temporary folder.
func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
        "benchq-\(getpid())-\(UUID().uuidString.prefix(8))-\(name)"
    ).path
}

/// The page parses as XML (every element closed, every entity known), has no script and no
/// external reference.
func expectWellFormed(html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let body = html.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")
    let parser = XMLParser(data: Data(body.utf8))
    #expect(
        parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)",
        sourceLocation: sourceLocation)
    #expect(!html.contains("<script"), sourceLocation: sourceLocation)
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), sourceLocation: sourceLocation)
}
