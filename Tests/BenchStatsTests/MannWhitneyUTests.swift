import Testing

@testable import BenchStats

/// The two-sided Mann-Whitney U test, against moremath's printed values and brute force.
struct MannWhitneyUTests {
    /// The samples of the reference line that names them only in words ("n=60 ties
    /// normal-approx"). Reconstructed: they give exactly its U and its tie correction
    /// Σ(t³ − t) = 15516, and U and p depend on nothing else.
    static let sixtyWithTies: (x1: [Double], x2: [Double]) = (
        (0..<60).map { Double($0 * 2 % 14) }, (0..<60).map { Double(($0 + 2) % 14) }
    )

    @Test func referenceHasEveryUTestLine() {
        #expect(StatsReference.uTestRows.count == 6)
    }

    @Test(arguments: StatsReference.uTestRows)
    func uTestMatchesMoremath(_ row: StatsReference.UTestRow) throws {
        let samples = row.samples ?? Self.sixtyWithTies
        let result = try mannWhitneyU(samples.x1, samples.x2)
        #expect(result.u == row.u)
        #expect(result.p == row.p, "p \(result.p)")  // exact: Go's arithmetic is reproduced
        #expect(isClose(result.p, row.p))
        #expect(result.n1 == samples.x1.count && result.n2 == samples.x2.count)
    }

    /// benchmath's uTestMinP table was printed by running the test on n values of -1 against n of 1.
    @Test(arguments: 1...9)
    func minimumPTableIsTheUTestOnSeparatedSamples(_ n: Int) throws {
        let result = try mannWhitneyU([Double](repeating: -1, count: n), [Double](repeating: 1, count: n))
        #expect(result.p == uTestMinimumP[n])
    }

    @Test func reportsUOfTheFirstSample() throws {
        let result = try mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5])
        #expect(result.u == 25)
        #expect(result.p == 0.0079365079365079378)
    }

    @Test func unsortedInputIsSorted() throws {
        let sorted = try mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])
        #expect(try mannWhitneyU([5, 3, 1, 4, 2], [10, 6, 9, 7, 8]) == sorted)
    }

    @Test func balancedUGivesPOne() throws {
        #expect(try mannWhitneyU([1, 4], [2, 3]).p == 1)
        #expect(try mannWhitneyU([1, 2, 2, 3], [2, 2]).p == 1)
    }

    @Test func emptySampleIsTooSmall() {
        #expect(throws: StatisticsError.sampleTooSmall) { try mannWhitneyU([], [1]) }
        #expect(throws: StatisticsError.sampleTooSmall) { try mannWhitneyU([1], []) }
    }

    @Test(arguments: [1, 3, 25, 26, 60])
    func identicalValuesAreReportedAsEqual(_ n: Int) {
        let values = [Double](repeating: 7, count: n)
        #expect(throws: StatisticsError.samplesEqual) { try mannWhitneyU(values, values) }
    }

    /// NaN never equals itself; moremath would loop forever, here each NaN ranks alone.
    @Test func nanDoesNotHang() throws {
        let result = try mannWhitneyU([.nan, 1, 2], [3, .nan])
        #expect(result.n1 == 3 && result.n2 == 2)
    }

    /// Exact tied distribution up to 25 per sample, normal approximation past it.
    @Test func tiedSamplesSwitchToTheNormalApproximationPast25() throws {
        func samples(_ n: Int) -> ([Double], [Double]) {
            ((0..<n).map { Double($0 % 5) }, (0..<n).map { Double(($0 + 1) % 6) })
        }
        let (a25, b25) = samples(25)
        let exact = try mannWhitneyU(a25, b25)
        let ranks = RankSums(a25.sorted(), b25.sorted())
        let direct = TiedUDistribution(n1: 25, n2: 25, tieSizes: ranks.tieSizes).cdf(min(exact.u, 625 - exact.u)) * 2
        #expect(exact.p == direct)
        let (a26, b26) = samples(26)
        let approximate = try mannWhitneyU(a26, b26)
        #expect(approximate.p > 0 && approximate.p <= 1)
    }

    /// Every tie structure of up to 8 pooled values: the Klotz counts must equal enumeration
    /// of all placements exactly (all coefficients are exact integers below n = 21). Only U
    /// from the smallest attainable one up are compared; below it see `tiedPValueCanExceedOne`.
    @Test func tiedDistributionMatchesEnumeration() {
        var mismatches: [String] = []
        for total in 2...8 {
            for tieSizes in compositions(of: total) where tieSizes.count >= 2 {
                for n1 in 1..<total {
                    let counts = enumeratedCounts(tieSizes: tieSizes, n1: n1)
                    let distribution = TiedUDistribution(n1: n1, n2: total - n1, tieSizes: tieSizes)
                    var cumulative = 0
                    for twiceU in 0..<(2 * n1 * (total - n1)) {
                        cumulative += counts[twiceU]
                        if cumulative == 0 { continue }
                        let expected = Double(cumulative) / BinomialCoefficient.choose(total, n1)
                        if distribution.cdf(Double(twiceU) / 2) != expected {
                            mismatches.append("t=\(tieSizes) n1=\(n1) U=\(Double(twiceU) / 2)")
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// moremath quirk kept: with two tie groups it evaluates the CDF of the first sample's U at
    /// the smaller U, which the first sample may not attain, and its base case then counts
    /// placements by truncating a negative quotient toward zero. For [2] against [1, 1]:
    /// CDF(0) = 2/3, so p = 4/3.
    @Test func tiedPValueCanExceedOne() throws {
        let result = try mannWhitneyU([2], [1, 1])
        #expect(result.u == 2)
        #expect(result.p == 2.0 / 3.0 * 2)
    }

    /// Larger pooled sizes (where moremath rounds C() through lgamma): the counts must still
    /// agree with an independent generating-function count to rounding.
    @Test(arguments: [
        (25, 25, [Int](repeating: 2, count: 25)),
        (20, 25, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 1]),
        (25, 20, [21, 1, 2, 1, 20]),
        (10, 15, [1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
    ])
    func tiedDistributionMatchesGeneratingFunction(_ n1: Int, _ n2: Int, _ tieSizes: [Int]) {
        #expect(tieSizes.reduce(0, +) == n1 + n2)
        let counts = generatingFunctionCounts(tieSizes: tieSizes, n1: n1)
        let total = counts.reduce(0, +)
        let distribution = TiedUDistribution(n1: n1, n2: n2, tieSizes: tieSizes)
        var cumulative = 0.0
        var mismatches: [Int] = []
        for twiceU in 0..<(n1 * n2) {
            cumulative += counts[twiceU]
            // A sample of the half-integer grid keeps this quick; every entry below is used anyway.
            guard twiceU % 37 == 0 || twiceU == n1 * n2 - 1, cumulative > 0 else { continue }
            if !isClose(distribution.cdf(Double(twiceU) / 2), cumulative / total, relative: 1e-12) {
                mismatches.append(twiceU)
            }
        }
        #expect(mismatches.isEmpty, "2U = \(mismatches)")
    }

    /// Without ties, Klotz's counts and Mann & Whitney's recurrence describe the same law.
    @Test(arguments: [(3, 4), (7, 7), (12, 9), (20, 25)])
    func untiedDistributionsAgree(_ n1: Int, _ n2: Int) {
        let tied = TiedUDistribution(n1: n1, n2: n2, tieSizes: [Int](repeating: 1, count: n1 + n2))
        let untied = UDistribution(n1: n1, n2: n2)
        let stride = max(1, n1 * n2 / 20)
        var mismatches: [Int] = []
        for u in Swift.stride(from: 0, through: n1 * n2, by: stride)
        where !isClose(tied.cdf(Double(u)), untied.cdf(Double(u)), relative: 1e-12) {
            mismatches.append(u)
        }
        #expect(mismatches.isEmpty, "U = \(mismatches)")
    }

    @Test func untiedDistributionIsSymmetric() {
        let distribution = UDistribution(n1: 6, n2: 9)
        for u in 0..<54 {
            let below = distribution.cdf(Double(u))
            let above = 1 - distribution.cdf(Double(54 - u - 1))
            #expect(isClose(below, above, relative: 1e-12))
        }
        #expect(distribution.cdf(-1) == 0 && distribution.cdf(54) == 1)
    }

    /// Concurrent first uses of the memoised tables must agree with each other.
    @Test func untiedTablesAreSafeToShare() async {
        let results = await withTaskGroup(of: Double.self) { group in
            for _ in 0..<8 { group.addTask { UDistribution(n1: 40, n2: 47).cdf(700) } }
            var all: [Double] = []
            for await value in group { all.append(value) }
            return all
        }
        #expect(Set(results).count == 1)
    }
}

/// All ordered ways to write `total` as a sum of positive parts.
private func compositions(of total: Int) -> [[Int]] {
    if total == 0 { return [[]] }
    var result: [[Int]] = []
    for first in 1...total {
        for rest in compositions(of: total - first) { result.append([first] + rest) }
    }
    return result
}

/// counts[2U]: placements of the first sample on the pooled values, found by enumerating
/// every subset of positions.
private func enumeratedCounts(tieSizes: [Int], n1: Int) -> [Int] {
    let total = tieSizes.reduce(0, +)
    var twiceMidRank: [Int] = []
    var start = 0
    for size in tieSizes {
        for _ in 0..<size { twiceMidRank.append(2 * start + size + 1) }
        start += size
    }
    var counts = [Int](repeating: 0, count: 2 * n1 * (total - n1) + 1)
    for mask in 0..<(1 << total) where mask.nonzeroBitCount == n1 {
        var twiceRankSum = 0
        for position in 0..<total where mask & (1 << position) != 0 { twiceRankSum += twiceMidRank[position] }
        counts[twiceRankSum - n1 * (n1 + 1)] += 1
    }
    return counts
}

/// counts[2U] via the generating function Π_k Σ_r C(t_k, r) x^r y^(r·midrank), in Doubles.
private func generatingFunctionCounts(tieSizes: [Int], n1: Int) -> [Double] {
    let total = tieSizes.reduce(0, +)
    let maxTwiceRankSum = 2 * total * n1 + 1
    var table = [[Double]](repeating: [Double](repeating: 0, count: maxTwiceRankSum), count: n1 + 1)
    table[0][0] = 1
    var start = 0
    for size in tieSizes {
        let twiceMid = 2 * start + size + 1
        var next = [[Double]](repeating: [Double](repeating: 0, count: maxTwiceRankSum), count: n1 + 1)
        for n in 0...n1 {
            for s in 0..<maxTwiceRankSum where table[n][s] != 0 {
                var ways = 1.0
                for r in 0...min(size, n1 - n) {
                    if r > 0 { ways = ways * Double(size - r + 1) / Double(r) }
                    next[n + r][s + r * twiceMid] += table[n][s] * ways
                }
            }
        }
        table = next
        start += size
    }
    return (0...(2 * n1 * (total - n1))).map { table[n1][$0 + n1 * (n1 + 1)] }
}
