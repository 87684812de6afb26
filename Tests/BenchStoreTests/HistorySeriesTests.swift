import BenchData
import Testing

@testable import BenchStore

/// `history QUERY`: medians per commit, per benchmark and unit.
@Suite struct HistorySeriesTests {
    @Test func mediansPerCommitAndBenchmarksOfSeveralPackagesKeptApart() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let text = { (value: Int) in
            "pkg: a\nBenchmarkX 1 \(value) ns/op\nBenchmarkX 1 \(value + 2) ns/op\nBenchmarkX 1 \(value + 100) ns/op\n"
                + "pkg: b\nBenchmarkX 1 7 ns/op\n"
        }
        try fixture.importText(text(10), at: "v1.0.0", into: store)
        try fixture.importText(text(20), at: "HEAD", into: store)
        let series = try StoreHistory.series(of: try store.runs(), matching: try ResultFilter("*"), in: store)
        #expect(series.map(\.name) == ["a.X", "b.X"])
        let nano = 1e-9
        #expect(series[0].points.map(\.median) == [12.0 * nano, 22.0 * nano])
        #expect(series[0].points.map(\.samples) == [3, 3])
        #expect(series[0].points.map(\.refs) == [["v1.0.0"], ["HEAD"]])
        #expect(series[1].points.map(\.median) == [7.0 * nano, 7.0 * nano])
    }

    @Test func theRunListingNamesHostsOnlyWhenRunsComeFromSeveral() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        try fixture.importText("BenchmarkX 1 5 ns/op\n", at: "HEAD", into: store)
        var text = ""
        HistoryTextWriter.write(StoreHistory(runs: try store.runs()), to: &text)
        #expect(text.hasPrefix("commit   date        ref   run  rounds  results  subject\n"), "\(text)")
        var other = PendingRun(
            commit: try fixture.git.resolve("HEAD~1"), origin: .file("x"),
            host: HostFacts(os: "Linux", cpu: "Other CPU", cores: 64))
        let set = try store.load(try store.runs())
        try store.append(set, to: &other, recordedAt: "2026-03-01T00:00:00Z")
        text = ""
        HistoryTextWriter.write(StoreHistory(runs: try store.runs()), to: &text)
        #expect(text.contains("Other CPU ×64"), "\(text)")
        #expect(text.split(separator: "\n").first?.contains("host") == true)
    }

    @Test(arguments: [([1.0, 2, 3], "▁▅█"), ([5.0, 5], "▄▄"), ([3.0, .nan, 1], "█ ▁"), ([], "")])
    func sparklinesSpanLowestToHighest(values: [Double], expected: String) {
        #expect(HistoryTextWriter.sparkline(values) == expected)
    }
}
