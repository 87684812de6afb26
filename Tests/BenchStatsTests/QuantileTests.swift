import BenchStats
import Testing

/// R8 sample quantiles, against moremath's printed medians and hand-worked positions.
struct QuantileTests {
    /// The samples behind the reference file's median lines, in file order. The file prints only
    /// n and the results ("xs=1..n scaled"), so these are samples that yield exactly them.
    static let medianSamples: [[Double]] = [
        [1, 2],
        [0.1, 0.2, 0.3, 0.4],
        [1e-7, 1.4e-7],
        (1...10).map { Double($0) * 1e-9 / 1.1 },
    ]

    @Test func referenceHasEveryMedianLine() {
        #expect(StatsReference.medianRows.count == Self.medianSamples.count)
    }

    @Test(arguments: zip(StatsReference.medianRows, Self.medianSamples))
    func medianMatchesMoremathR8(_ row: StatsReference.MedianRow, _ sample: [Double]) {
        #expect(sample.count == row.n)
        #expect(median(sorted: sample) == row.quantile)
        #expect(row.quantile == row.simple)
    }

    /// benchstat interpolates lo + 0.5·(hi − lo); (lo + hi)/2 would give 0.39999999999999997.
    @Test func evenMedianIsInterpolatedNotAveraged() {
        #expect(median(sorted: [0.1, 0.7]) == 0.4)
        #expect(median(sorted: [1e-9, 3e-9]) == 1.9999999999999997e-09)
    }

    @Test(
        arguments: [
            ([1, 2, 3, 4, 5], 0.25, 1.6666666666666665),
            ([1, 2, 3, 4, 5], 0.75, 4.333333333333333),
            ([10, 20, 30], 0.1, 10),  // position below 1 clamps to the minimum
            ([10, 20, 30], 0.9, 30),  // position past n clamps to the maximum
            ([0.5], 0.3, 0.5),
            ([1, 2, 3, 4], 0.5, 2.5),
            ([3, 5, 9], 0, 3),
            ([3, 5, 9], -1, 3),
            ([3, 5, 9], 1, 9),
            ([3, 5, 9], 2, 9),
            ([1, 2, 3], 0.5, 2),
        ] as [([Double], Double, Double)])
    func quantileFollowsR8(_ sample: [Double], _ q: Double, _ expected: Double) {
        #expect(quantile(sorted: sample, q) == expected)
    }

    @Test func emptySampleHasNoQuantile() {
        #expect(quantile(sorted: [], 0.5).isNaN)
        #expect(median(sorted: []).isNaN)
    }
}
