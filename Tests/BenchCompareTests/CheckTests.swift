import BenchStats
import Testing

@testable import BenchCompare
@testable import BenchData

/// A set read from Go benchmark text.
private func set(_ text: String, label: String, aggregatesOnly: Bool = false) throws -> BenchmarkSet {
    var set = BenchmarkSet()
    var reader = GoBenchReader()
    var warnings: [InputError] = []
    var bytes = Array(text.utf8)
    try bytes.withUnsafeMutableBufferPointer { buffer in
        try reader.read(
            UnsafeBufferPointer(buffer), file: InputFile(label: label, path: label, aggregatesOnly: aggregatesOnly),
            into: &set, warnings: &warnings)
    }
    return set
}

private func lines(_ name: String, _ values: [Double], unit: String = "ns/op") -> String {
    values.map { "Benchmark\(name) 1 \($0) \(unit)\n" }.joined()
}

/// Ten values around `center`, spread by ±2%.
private func around(_ center: Double) -> [Double] {
    (0..<10).map { center * (0.98 + 0.004 * Double($0)) }
}

/// Judges `base` against `head` with the default policy changed by `adjustments`.
private func judge(
    _ base: String, _ head: String, adjustments: [PolicyAdjustment] = [], alpha: Double = 0.05,
    correction: PValueCorrection = .none, aggregates: Set<String> = []
) throws -> Check {
    let sets = [
        ("base", try set(base, label: "base", aggregatesOnly: aggregates.contains("base"))),
        ("head", try set(head, label: "head", aggregatesOnly: aggregates.contains("head"))),
    ]
    var request = SetComparison()
    request.options = ComparisonOptions(alpha: alpha, confidence: 0.95)
    let result = try request.compare(sets)
    var metadata = sets[0].1.unitMetadata
    metadata.merge(sets[1].1.unitMetadata)
    return Check(
        judging: result,
        settings: Check.Settings(alpha: alpha, confidence: 0.95, correction: correction, adjustments: adjustments),
        unitMetadata: metadata, aggregateColumns: aggregates)
}

private func statuses(_ check: Check) -> [String: CheckStatus] {
    Dictionary(uniqueKeysWithValues: check.rows.map { ("\($0.identity.row) \($0.identity.unit)", $0.status) })
}

@Suite struct CheckTests {
    @Test func everyStatusFromOnePair() throws {
        let base =
            lines("Slower", around(100)) + lines("Faster", around(100)) + lines("Same", around(100))
            + lines("Gone", around(100)) + lines("Few", [100, 101]) + lines("Thin", around(100), unit: "MB/s")
        let head =
            lines("Slower", around(150)) + lines("Faster", around(50)) + lines("Same", around(100.5))
            + lines("Added", around(100)) + lines("Few", [300, 301]) + lines("Thin", around(80), unit: "MB/s")
        let check = try judge(base, head)
        let found = statuses(check)
        #expect(found["Slower sec/op"] == .regression)
        #expect(found["Faster sec/op"] == .improvement)
        #expect(found["Same sec/op"] == .ok)
        #expect(found["Gone sec/op"] == .missing)
        #expect(found["Added sec/op"] == .new)
        #expect(found["Few sec/op"] == .inconclusive, "2+2 samples cannot reach p <= 0.05")
        #expect(found["Thin B/s"] == .regression, "throughput that drops by 20% is worse than -10%")
        #expect(check.hasRegression && check.regressionCount == 2)
        #expect(check.summaryLine == "2 regressions, 1 improvement, 1 ok, 1 missing, 1 new, 1 inconclusive")
    }

    @Test func aChangeWithinTheLimitIsOkEvenWhenSignificant() throws {
        let check = try judge(lines("A", around(100)), lines("A", around(115)))
        let row = try #require(check.rows.first)
        #expect((row.adjustedP ?? 1) <= 0.05)
        #expect(row.status == .ok, "+15% latency is within the default +20%")
        let strict = PolicyAdjustment(text: "latency 10%", kindLimits: [.latency: 0.10])
        #expect(
            try judge(lines("A", around(100)), lines("A", around(115)), adjustments: [strict]).rows[0].status
                == .regression)
    }

    @Test func perBenchmarkClausesApplyToTheirRowsAndTheLastMatchWins() throws {
        let base = lines("CriticalPath", around(100)) + lines("Other", around(100))
        let head = lines("CriticalPath", around(105)) + lines("Other", around(105))
        let critical = RowIdentity(table: "", unit: "sec/op", row: "CriticalPath")
        var tight = PolicyAdjustment(text: "latency 2% for .name:/^Critical/", kindLimits: [.latency: 0.02])
        tight.rows = [critical]
        var loose = PolicyAdjustment(text: "latency 50% for .name:/^Critical/", kindLimits: [.latency: 0.50])
        loose.rows = [critical]
        let found = statuses(try judge(base, head, adjustments: [tight]))
        #expect(found["CriticalPath sec/op"] == .regression)
        #expect(found["Other sec/op"] == .ok)
        #expect(statuses(try judge(base, head, adjustments: [tight, loose]))["CriticalPath sec/op"] == .ok)
    }

    @Test func unitLimitsOverrideTheirKind() throws {
        let unit = PolicyAdjustment(text: "sec/op 3%", unitLimits: ["sec/op": 0.03])
        #expect(
            try judge(lines("A", around(100)), lines("A", around(105)), adjustments: [unit]).rows[0].status
                == .regression)
    }

    @Test func correctionCanTurnABorderlineRegressionIntoOk() throws {
        // Five samples a side, fully separated: p = 2/252 ≈ 0.0079 for each of 8 benchmarks.
        // Holm multiplies the smallest by 8: 0.063 > 0.05.
        var base = ""
        var head = ""
        for index in 0..<8 {
            base += lines("B\(index)", [100, 101, 102, 103, 104])
            head += lines("B\(index)", [200, 201, 202, 203, 204])
        }
        #expect(try judge(base, head).regressionCount == 8)
        let corrected = try judge(base, head, correction: .holm)
        #expect(corrected.regressionCount == 0)
        #expect(corrected.rows.allSatisfy { $0.status == .ok && ($0.adjustedP ?? 0) > 0.05 })
        // Benjamini-Hochberg scales the largest of eight equal p-values by 8/8: all stay.
        #expect(try judge(base, head, correction: .bh).regressionCount == 8)
    }

    @Test func exactUnitsSkipTheTest() throws {
        let header = "Unit widgets/op assume=exact\n"
        let check = try judge(
            header + lines("A", [10, 10, 10], unit: "widgets/op"), lines("A", [20, 20, 20], unit: "widgets/op"))
        let row = try #require(check.rows.first)
        #expect(row.exact && row.p == nil)
        #expect(row.status == .ok, "an 'other' unit has no limit unless a policy names it")
        let named = PolicyAdjustment(text: "widgets/op 10%", unitLimits: ["widgets/op": 0.10])
        #expect(
            try judge(
                header + lines("A", [10, 10, 10], unit: "widgets/op"), lines("A", [20, 20, 20], unit: "widgets/op"),
                adjustments: [named]
            ).rows[0].status == .regression)
    }

    @Test func aggregatesOnlyInputsAreInconclusiveUnlessAssumedExact() throws {
        let base = lines("A", [100])
        let head = lines("A", [200])
        let check = try judge(base, head, aggregates: ["head"])
        #expect(check.rows[0].status == .inconclusive)
        #expect(check.rows[0].note?.contains("aggregates only") == true)
        var exact = PolicyAdjustment(text: "assume exact")
        exact.assumeExact = true
        #expect(try judge(base, head, adjustments: [exact], aggregates: ["head"]).rows[0].status == .regression)
    }

    @Test func higherIsBetterMetadataTurnsTheDirection() throws {
        let header = "Unit hits/op better=higher\n"
        let check = try judge(
            header + lines("A", around(100), unit: "hits/op"), lines("A", around(50), unit: "hits/op"))
        #expect(check.rows[0].kind == .throughput)
        #expect(check.rows[0].status == .regression)
    }

    @Test func filteringRowsKeepsTheVerdict() throws {
        let check = try judge(
            lines("A", around(100)) + lines("B", around(100)), lines("A", around(200)) + lines("B", around(100)))
        let shown = check.filteringRows { $0.status == .ok }
        #expect(shown.rows.count == 1)
        #expect(shown.hasRegression)
        #expect(shown.summaryLine == "1 regression, 1 ok")
    }

    @Test func shiftEstimateIsRelativeToTheBaseline() throws {
        let check = try judge(lines("A", [100, 101, 102, 103, 104]), lines("A", [110, 111, 112, 113, 114]))
        let shift = try #require(check.rows[0].relativeShift)
        #expect(abs(shift.estimate - 0.10 / 1.02) < 1e-9)
        #expect(shift.lower > 0 && shift.upper > shift.estimate)
    }
}
