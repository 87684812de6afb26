import BenchData
import BenchQuery
import BenchqTestSupport
import Foundation
import Testing

/// `record`, `store import`, `load commit`, `history` and `set store`, as statements in a
/// session working in a real temporary git repository.
@Suite struct StoreLanguageTests {
    private func run(
        _ script: String, in repository: TemporaryGitRepository, environment: [String: String] = [:]
    ) -> (stdout: String, stderr: String, status: Int32) {
        final class Capture: @unchecked Sendable {
            var stdout = ""
            var stderr = ""
        }
        let capture = Capture()
        let session = Session(
            environment: environment, write: { capture.stdout += $0 }, writeError: { capture.stderr += $0 })
        session.currentDirectory = repository.path
        let outcome = session.run(SourceFile(name: "test.benchq", text: script))
        let status: Int32 =
            switch outcome {
            case .completed: 0
            case .exit(let code): code
            case .failed: 2
            case .interrupted: 130
            }
        return (capture.stdout, capture.stderr, status)
    }

    @Test func isHeadSlowerThanTheReleaseInThreeStatements() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let result = run(
            """
            record "sh bench.sh" at v1.0.0 HEAD rounds 4
            release = load commit v1.0.0
            compare release (load commit HEAD) | filter .unit:sec/op
            """, in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("v1.0.0    1       4        8  Commit one"), "\(result.stdout)")
        #expect(result.stdout.contains("HEAD      1       4        8  Commit three"))
        #expect(
            result.stdout.contains("Encode-8   100.0n ± ∞ ¹   200.0n ± ∞ ¹  +100.00% (p=0.029 n=4)"), "\(result.stdout)"
        )
        // Progress goes to standard error, a plain line per finished run off a terminal.
        #expect(result.stderr.split(separator: "\n").count == 8)
        #expect(result.stderr.hasPrefix("round 1/4 v1.0.0 ("))
        #expect(try repository.worktrees() == [repository.path])
    }

    @Test func importedFilesPoolPerCommitUnlessARunIsChosen() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let data = SharedTestData.url("go/strconv-opt-a.txt").path
        let result = run(
            """
            store import "\(data)" at v1.0.0
            store import "\(data)" at HEAD~2
            all = load commit v1.0.0
            one = load commit "v1.0.0" run 2
            sets
            """, in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let loaded = try GoBenchLoader.load(
            [InputArgument(file: InputFile(label: data, path: data), isStandardInput: false)]
        ) { _ in }.results.count
        #expect(loaded > 100)
        #expect(result.stdout.contains("all  set, \(2 * loaded) results from 2 files"), "\(result.stdout)")
        #expect(result.stdout.contains("one  set, \(loaded) results from 1 file"))
    }

    @Test func historyShowsRunsAndMediansPerCommitWithASparkline() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let result = run(
            """
            record "sh bench.sh" at v1.0.0 HEAD~1 HEAD rounds 2
            history .name:Encode .unit:sec/op
            """, in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let series = try #require(result.stdout.components(separatedBy: "Encode-8  sec/op").last)
        #expect(series.hasPrefix("  ▁▅█\n"), "\(series)")
        #expect(series.contains("HEAD~1  150.0n  +50.00%        2  Commit two"))
        #expect(series.contains("HEAD    200.0n  +33.33%        2  Commit three"))
    }

    @Test func commitsOfTheSameSecondAreOrderedByAncestry() throws {
        let repository = try TemporaryGitRepository()
        for (speed, name) in [(100, "one"), (150, "two"), (200, "three")] {
            try repository.commit(speed: speed, name: name, date: "2026-01-01T10:00:00Z")
        }
        let result = run(
            "record \"sh bench.sh\" at HEAD HEAD~2 HEAD~1\nhistory .name:Encode .unit:sec/op", in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let series = try #require(result.stdout.components(separatedBy: "Encode-8  sec/op").last)
        #expect(series.hasPrefix("  ▁▅█\n"), "\(series)")
    }

    @Test func historyReportsAsHTMLJSONCSVAndMarkdown() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let out = repository.path + "/.benchq-test-report"
        let result = run(
            """
            record "sh bench.sh" at v1.0.0 HEAD
            history .name:Decode | report html "\(out).html" | report json "\(out).json" | report csv "\(out).csv" | report markdown "\(out).md"
            """, in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out + ".html", encoding: .utf8)
        #expect(html.contains("<path class=\"series\" d=\"M"))
        #expect(html.components(separatedBy: "<circle").count == 3)
        let json = try String(contentsOfFile: out + ".json", encoding: .utf8)
        // Medians are in the tidied unit (sec/op), unscaled.
        #expect(json.contains("\"median\": 2.0000000000000002e-07"), "\(json)")
        let csv = try String(contentsOfFile: out + ".csv", encoding: .utf8)
        #expect(csv.hasPrefix("name,unit,commit,refs,author_date,median,samples\nDecode-8,sec/op,"))
        let markdown = try String(contentsOfFile: out + ".md", encoding: .utf8)
        #expect(markdown.hasPrefix("**Decode-8** sec/op ▁█\n"))
    }

    @Test func theRunListingReportsInEveryFormat() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let result = run(
            """
            record "sh bench.sh" at HEAD~1 HEAD
            history | report markdown | report html | report csv
            """, in: repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| commit | date | ref | run | rounds | results | subject |\n"))
        #expect(result.stdout.contains("| 1 | 1 | 2 | Commit two |\n"))
        #expect(result.stdout.contains("<td>HEAD~1</td><td>1</td><td>1</td><td>2</td>"))
        #expect(result.stdout.contains("commit,ref,run,author_date,rounds,results,subject\n"))
        #expect(result.stdout.contains(",HEAD,1,2026-01-03T10:00:00+00:00,1,2,Commit three\n"))
    }

    @Test func setStoreAndTheEnvironmentChooseTheStore() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let first = run("set store \"elsewhere.sqlite\"\nrecord \"sh bench.sh\" at HEAD", in: repository)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository.path + "/elsewhere.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/.benchq"))
        let fromEnvironment = run(
            "load commit HEAD", in: repository, environment: ["BENCHQ_STORE": repository.path + "/elsewhere.sqlite"])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
        let defaultStore = run("load commit HEAD", in: repository)
        #expect(defaultStore.stderr.contains("there is no results store at \(repository.path)/.benchq/results.sqlite"))
    }

    @Test func aSHAThisCloneDoesNotHaveIsFoundInTheStore() throws {
        let recorded = try TemporaryGitRepository.threeVersions()
        #expect(run("record \"sh bench.sh\" at HEAD", in: recorded).status == 0)
        let sha = try recorded.git("rev-parse", "HEAD").prefix(10)
        // Another history, so the SHA is unknown here.
        let elsewhere = try TemporaryGitRepository()
        try elsewhere.commit(speed: 7, name: "other", date: "2025-05-05T05:05:05Z")
        #expect(throws: TestGitError.self) { try elsewhere.git("rev-parse", "--verify", "\(sha)^{commit}") }
        let result = run(
            "set store \"\(recorded.path)/.benchq/results.sqlite\"\nload commit \(sha) | filter .unit:sec/op",
            in: elsewhere)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Encode-8   200.0n"), "\(result.stdout)")
    }

    @Test(arguments: [
        ("load commit HEAD~1", "test.benchq:2:13: error: no results are stored for HEAD~1 ("),
        ("load commit v7", "test.benchq:2:13: error: 'v7' does not name a commit in "),
        ("load commit HEAD run 2", "test.benchq:2:22: error: HEAD has 1 stored run; run 2 is not one of them"),
        ("record \"exit 4\" at HEAD", "test.benchq:2:8: error: the command exited with status 4 at HEAD ("),
        ("record \"true\" at HEAD main", "test.benchq:2:23: error: main is the same commit as HEAD"),
        ("record \"true\" at HEAD rounds 0", "rounds takes a whole number from 1 to 10000"),
        ("history | filter .name:X", "stage 'filter' does not apply to a history"),
        ("store import \"nosuch.txt\" at HEAD", "cannot load: open nosuch.txt: no such file or directory"),
    ])
    func mistakesAreClearErrors(_ statement: String, _ message: String) throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let result = run("record \"sh bench.sh\" at HEAD\n" + statement, in: repository)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
