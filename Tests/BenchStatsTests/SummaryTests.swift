import BenchStats
import Testing

/// benchmath's per-sample summaries under each assumption.
struct SummaryTests {
    @Test func medianSummaryUsesOrderStatistics() {
        let values: [Double] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
        let summary = summarize(sorted: values, confidence: 0.95, assumption: .nothing)
        #expect(summary.center == 14.5)
        #expect(summary.lower == 11 && summary.upper == 18)  // orders 2 and 9
        #expect(summary.confidence == 0.978515625)
        #expect(summary.warnings.isEmpty)
    }

    @Test(arguments: [(1, 0.95, 6), (5, 0.95, 6), (4, 0.90, 5), (7, 0.99, 8)])
    func tooFewSamplesWarnWithTheMinimum(_ n: Int, _ confidence: Double, _ minimum: Int) {
        let values = (1...n).map(Double.init)
        let summary = summarize(sorted: values, confidence: confidence, assumption: .nothing)
        #expect(summary.lower == -.infinity || summary.upper == .infinity)
        #expect(summary.warnings == [.needSamplesForConfidence(minimum: minimum, confidence: confidence)])
    }

    @Test func sixSamplesSpanTheSampleAt95() {
        let summary = summarize(sorted: [1, 2, 3, 4, 5, 6], confidence: 0.95, assumption: .nothing)
        #expect(summary.lower == 1 && summary.upper == 6)
        #expect(summary.confidence == 0.96875)
        #expect(summary.warnings.isEmpty)
    }

    @Test func fullConfidenceFindsNoSampleSize() {
        let summary = summarize(sorted: [1, 2, 3], confidence: 1, assumption: .nothing)
        #expect(summary.warnings == [.needSamplesForConfidence(minimum: nil, confidence: 1)])
    }

    @Test func emptySampleHasNoCenter() {
        let summary = summarize(sorted: [], confidence: 0.95, assumption: .nothing)
        #expect(summary.center.isNaN)
        #expect(summary.lower == -.infinity && summary.upper == .infinity)
    }

    @Test(
        arguments: [
            ([5, 5, 5], 5.0),
            ([1, 1, 2, 2], 1.0),  // ties between modes go to the smallest value
            ([1, 2, 2, 3, 3], 2.0),
            ([1, 2, 3, 3, 3], 3.0),
            ([4], 4.0),
        ] as [([Double], Double)])
    func exactSummaryIsTheMode(_ values: [Double], _ mode: Double) {
        let summary = summarize(sorted: values, confidence: 0.95, assumption: .exact)
        #expect(summary.center == mode)
        #expect(summary.lower == values.first && summary.upper == values.last)
        #expect(summary.confidence == 1)
    }

    @Test func exactSummaryWarnsWhenValuesDiffer() {
        let summary = summarize(sorted: [3, 3, 4], confidence: 0.95, assumption: .exact)
        #expect(summary.warnings == [.exactValuesRange(min: 3, max: 4)])
        let single = summarize(sorted: [3], confidence: 0.95, assumption: .exact)
        #expect(single.warnings.isEmpty)  // no "need >= 6" for exact units
    }
}
