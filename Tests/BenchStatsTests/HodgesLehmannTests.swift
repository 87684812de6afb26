import Testing

@testable import BenchStats

@Suite struct HodgesLehmannTests {
    /// 6...10 against 1...5: the 25 differences are 1 (once) up to 9 (once), median 5. With
    /// five values a side, P(U <= 2) = 4/252 <= 0.025 < P(U <= 3) = 7/252, so k = 3 and the
    /// 95% interval runs from the 3rd smallest difference (2) to the 3rd largest (8), as in
    /// Hollander & Wolfe's tables and R's wilcox.test(conf.int = TRUE).
    @Test func shiftAndIntervalOfSeparatedSamples() throws {
        let shift = try #require(hodgesLehmannShift(base: [1, 2, 3, 4, 5], new: [6, 7, 8, 9, 10], confidence: 0.95))
        #expect(shift.estimate == 5)
        #expect(shift.lower == 2)
        #expect(shift.upper == 8)
    }

    @Test func identicalSamplesHaveNoShift() throws {
        let values = [10.0, 11, 12, 13, 14, 15, 16, 17]
        let shift = try #require(hodgesLehmannShift(base: values, new: values, confidence: 0.95))
        #expect(shift.estimate == 0)
        #expect(shift.lower < 0 && shift.upper > 0)
    }

    @Test func tooFewSamplesGiveAnUnboundedInterval() throws {
        let shift = try #require(hodgesLehmannShift(base: [1, 2], new: [3, 4], confidence: 0.95))
        #expect(shift.estimate == 2)
        #expect(shift.lower == -.infinity && shift.upper == .infinity)
        #expect(hodgesLehmannShift(base: [], new: [1], confidence: 0.95) == nil)
    }

    /// Beyond 50 a side the rank comes from the normal approximation:
    /// floor(mn/2 − z·sqrt(mn(m+n+1)/12)) = floor(1800 − 1.959964·sqrt(3600·121/12)) = 1426.
    @Test func largeSamplesUseTheNormalApproximation() {
        #expect(shiftIntervalRank(60, 60, confidence: 0.95) == 1426)
    }

    /// The exact rank agrees with the U test: the interval excludes 0 exactly when the
    /// two-sided exact p is below 1 − confidence.
    @Test(arguments: [3, 5, 8, 12])
    func exactRankMatchesTheUDistribution(size: Int) {
        let k = shiftIntervalRank(size, size, confidence: 0.95)
        let distribution = UDistribution(n1: size, n2: size)
        if k > 0 {
            #expect(distribution.cdf(Double(k - 1)) <= 0.025)
        }
        #expect(distribution.cdf(Double(k)) > 0.025)
    }
}

@Suite struct PValueCorrectionTests {
    private let raw = [0.01, 0.04, 0.03, 0.005]

    @Test func noneKeepsBenchstatsNumbers() {
        #expect(PValueCorrection.none.adjust(raw) == raw)
    }

    /// R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02.
    @Test func holmStepsDown() {
        let adjusted = PValueCorrection.holm.adjust(raw)
        for (value, expected) in zip(adjusted, [0.03, 0.06, 0.06, 0.02]) {
            #expect(abs(value - expected) < 1e-12)
        }
    }

    /// R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02.
    @Test func benjaminiHochbergStepsUp() {
        let adjusted = PValueCorrection.bh.adjust(raw)
        for (value, expected) in zip(adjusted, [0.02, 0.04, 0.04, 0.02]) {
            #expect(abs(value - expected) < 1e-12)
        }
    }

    @Test func adjustedValuesNeverExceedOneAndSkipNaN() {
        let adjusted = PValueCorrection.holm.adjust([0.9, .nan, 0.8])
        #expect(adjusted[0] == 1 && adjusted[2] == 1)
        #expect(adjusted[1].isNaN)
    }

    @Test func smallestPValueMatchesBenchmathsTable() {
        for n in 1..<uTestMinimumP.count {
            #expect(abs(smallestUTestPValue(n, n) - uTestMinimumP[n]) < 1e-15, "n=\(n)")
        }
        #expect(smallestUTestPValue(1, 40) == 2.0 / 41)
        #expect(smallestUTestPValue(0, 5) == 1)
    }
}

@Suite struct PairwiseDifferencesTests {
    /// Selection without forming the differences gives exactly what sorting them gives.
    @Test(arguments: [(1, 1), (3, 7), (10, 10), (25, 40)])
    func selectionMatchesSorting(m: Int, n: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            // Values on a coarse grid, so ties and equal differences occur.
            let base = (0..<m).map { _ in Double(Int.random(in: -50...50, using: &generator)) * 0.25 }
            let new = (0..<n).map { _ in Double(Int.random(in: -50...50, using: &generator)) * 0.1 }
            let sorted = base.flatMap { x in new.map { $0 - x } }.sorted()
            let differences = PairwiseDifferences(base: base, new: new)
            for k in Set(stride(from: 1, through: sorted.count, by: 7)).union([1, sorted.count]) {
                #expect(differences.smallest(k) == sorted[k - 1], "k=\(k) of \(base) \(new)")
            }
        }
    }

    @Test func orderedKeysKeepTheOrderOfDoubles() {
        let values = [-Double.infinity, -1e300, -2.5, -0.0, 0.0, 1e-300, 3, .infinity]
        for (a, b) in zip(values, values.dropFirst()) {
            #expect(PairwiseDifferences.orderedKey(a) <= PairwiseDifferences.orderedKey(b))
            #expect(PairwiseDifferences.double(orderedKey: PairwiseDifferences.orderedKey(b)) == b)
        }
    }

    @Test func nonFiniteSamplesHaveNoEstimate() {
        #expect(hodgesLehmannShift(base: [1, .nan, 3], new: [4, 5, 6], confidence: 0.95) == nil)
    }
}
