/// A caveat about a summary or a comparison, carried with the result and printed as a footnote
/// (benchmath returns these as `[]error`). The model is kept apart from its wording; see
/// `message(formatFloat:)`.
package enum StatisticsWarning: Sendable, Equatable {
    /// A confidence bound is infinite. `minimum` is the smallest sample size giving finite
    /// bounds, or nil when none up to benchstat's scan limit does.
    case needSamplesForConfidence(minimum: Int?, confidence: Double)
    /// The U test could not reach significance even for maximally separated samples of these
    /// sizes. `minimum` is nil when no size in benchstat's table suffices.
    case needSamplesToDetectDifference(minimum: Int?, alpha: Double)
    /// An exact unit whose values differ.
    case exactValuesRange(min: Double, max: Double)
    /// The U test's `ErrSamplesEqual`.
    case allSamplesEqual
    /// The U test's `ErrSampleSize`.
    case sampleTooSmall
}

extension StatisticsWarning {
    /// benchstat's wording; `formatFloat` must render a Double as Go's `%v` does.
    package func message(formatFloat: (Double) -> String) -> String {
        switch self {
        case .needSamplesForConfidence(let minimum, let confidence):
            // benchmath says "need > 50" when its scan finds no size.
            let need = minimum.map { ">= \($0)" } ?? "> \(medianSampleScanLimit)"
            return "need \(need) samples for confidence interval at level \(formatFloat(confidence))"
        case .needSamplesToDetectDifference(let minimum, let alpha):
            // benchmath says "need > 10" (its table's length) when no tabulated size suffices.
            let need = minimum.map { ">= \($0)" } ?? "> \(uTestMinimumP.count)"
            return "need \(need) samples to detect a difference at alpha level \(formatFloat(alpha))"
        case .exactValuesRange(let min, let max):
            return "exact distribution expected, but values range from \(formatFloat(min)) to \(formatFloat(max))"
        case .allSamplesEqual:
            return "all samples are equal"
        case .sampleTooSmall:
            return "sample is too small"
        }
    }
}
