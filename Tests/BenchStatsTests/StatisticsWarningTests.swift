import BenchStats
import Testing

/// benchstat's exact wording of each warning.
struct StatisticsWarningTests {
    /// Enough of Go's `%v` for these tests: integral values without a fraction.
    static func goFloat(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    @Test(
        arguments: [
            (
                .needSamplesForConfidence(minimum: 6, confidence: 0.95),
                "need >= 6 samples for confidence interval at level 0.95"
            ),
            (
                .needSamplesForConfidence(minimum: nil, confidence: 1),
                "need > 50 samples for confidence interval at level 1"
            ),
            (
                .needSamplesToDetectDifference(minimum: 4, alpha: 0.05),
                "need >= 4 samples to detect a difference at alpha level 0.05"
            ),
            (
                .needSamplesToDetectDifference(minimum: nil, alpha: 1e-06),
                "need > 10 samples to detect a difference at alpha level 1e-06"
            ),
            (.exactValuesRange(min: 3, max: 4.5), "exact distribution expected, but values range from 3 to 4.5"),
            (.allSamplesEqual, "all samples are equal"),
            (.sampleTooSmall, "sample is too small"),
        ] as [(StatisticsWarning, String)])
    func messageMatchesBenchstat(_ warning: StatisticsWarning, _ text: String) {
        #expect(warning.message(formatFloat: Self.goFloat) == text)
    }
}
