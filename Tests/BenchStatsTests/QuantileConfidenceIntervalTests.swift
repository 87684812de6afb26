import Testing

@testable import BenchStats

/// Order-statistic confidence intervals, against every row moremath printed.
struct QuantileConfidenceIntervalTests {
    @Test func referenceHasEveryQuantileRow() {
        #expect(StatsReference.quantileRows.count == 180)
    }

    @Test(arguments: StatsReference.quantileRows)
    func quantileCIMatchesMoremath(_ row: StatsReference.QuantileRow) {
        let interval = quantileConfidenceInterval(sampleSize: row.n, quantile: 0.5, confidence: row.confidence)
        #expect(interval.lowerOrder == row.lowerOrder)
        #expect(interval.upperOrder == row.upperOrder)
        // Go's own arithmetic is reproduced (GoMath), so the printed value is matched exactly;
        // the brief's 1e-12 relative tolerance is the fallback bound.
        #expect(interval.confidence == row.actualConfidence, "confidence \(interval.confidence)")
        #expect(isClose(interval.confidence, row.actualConfidence))
        #expect(interval.ambiguous == row.ambiguous)
    }

    @Test func fullConfidenceCoversTheWholeLine() {
        let interval = quantileConfidenceInterval(sampleSize: 10, quantile: 0.5, confidence: 1)
        #expect(interval == OrderStatisticInterval(lowerOrder: 0, upperOrder: 11, confidence: 1, ambiguous: false))
    }

    @Test func boundsAreSampleValuesOrInfinite() {
        let sample: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let inner = OrderStatisticInterval(lowerOrder: 2, upperOrder: 9, confidence: 0.978515625, ambiguous: false)
        #expect(inner.bounds(in: sample) == (2, 9))
        let outer = OrderStatisticInterval(lowerOrder: 0, upperOrder: 11, confidence: 1, ambiguous: false)
        #expect(outer.bounds(in: sample) == (-.infinity, .infinity))
        #expect(outer.bounds(in: []) == (-.infinity, .infinity))
    }

    /// Other quantiles: the interval of the minimum (p = 0) starts at the first order statistic.
    @Test func extremeQuantilesStayInRange() {
        let low = quantileConfidenceInterval(sampleSize: 10, quantile: 0, confidence: 0.95)
        #expect(low.lowerOrder == 0 && low.upperOrder == 1 && low.confidence == 1)
        let high = quantileConfidenceInterval(sampleSize: 10, quantile: 1, confidence: 0.95)
        #expect(high.lowerOrder == 10 && high.upperOrder == 11 && high.confidence == 1)
    }

    @Test(arguments: [Double.nan, -1, 0, 2])
    func absurdConfidenceDoesNotTrap(_ confidence: Double) {
        for n in [0, 1, 5, 31, 100] {
            let interval = quantileConfidenceInterval(sampleSize: n, quantile: 0.5, confidence: confidence)
            #expect(interval.lowerOrder >= 0 && interval.upperOrder <= n + 1)
        }
    }

    @Test(arguments: [(0.90, 5), (0.95, 6), (0.99, 8)])
    func minimumSamplesForFiniteInterval(_ confidence: Double, _ minimum: Int) {
        #expect(minimumSamplesForMedianInterval(confidence: confidence) == minimum)
    }

    @Test func noSampleSizeGivesFullConfidence() {
        #expect(minimumSamplesForMedianInterval(confidence: 1) == nil)
    }
}
