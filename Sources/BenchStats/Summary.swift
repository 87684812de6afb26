/// A sample's centre and its confidence interval (benchmath's `Summary`).
package struct Summary: Sendable {
    package var center: Double
    package var lower: Double
    package var upper: Double
    /// The interval's actual confidence (>= the requested one; 1 for exact units).
    package var confidence: Double
    package var warnings: [StatisticsWarning]

    package init(center: Double, lower: Double, upper: Double, confidence: Double, warnings: [StatisticsWarning]) {
        self.center = center
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.warnings = warnings
    }
}

/// Summarises ascending `values` under `assumption` at the requested `confidence`, as benchmath's
/// `Assumption.Summary` does.
package func summarize(sorted values: [Double], confidence: Double, assumption: DistributionAssumption) -> Summary {
    switch assumption {
    case .nothing: return medianSummary(sorted: values, confidence: confidence)
    case .exact: return exactSummary(sorted: values)
    }
}

/// AssumeNothing: the R8 median with the distribution-free interval between order statistics.
private func medianSummary(sorted values: [Double], confidence: Double) -> Summary {
    let interval = quantileConfidenceInterval(sampleSize: values.count, quantile: 0.5, confidence: confidence)
    let (lower, upper) = interval.bounds(in: values)
    var warnings: [StatisticsWarning] = []
    if lower.isInfinite || upper.isInfinite {
        // Explain the ±∞ with the sample size that would avoid it.
        warnings.append(
            .needSamplesForConfidence(
                minimum: minimumSamplesForMedianInterval(confidence: confidence), confidence: confidence))
    }
    return Summary(
        center: median(sorted: values), lower: lower, upper: upper, confidence: interval.confidence, warnings: warnings)
}

/// AssumeExact: the mode (the smallest of the most frequent values), the range, confidence 1.
private func exactSummary(sorted values: [Double]) -> Summary {
    guard let first = values.first, let last = values.last else {
        return Summary(center: .nan, lower: .nan, upper: .nan, confidence: 1, warnings: [])
    }
    var run = first
    var runLength = 1
    var mode = first
    var modeCount = 1
    for value in values.dropFirst() {
        if value == run {
            runLength += 1
            if runLength > modeCount {
                mode = run
                modeCount = runLength
            }
        } else {
            run = value
            runLength = 1
        }
    }
    var warnings: [StatisticsWarning] = []
    if modeCount != values.count { warnings.append(.exactValuesRange(min: first, max: last)) }
    return Summary(center: mode, lower: first, upper: last, confidence: 1, warnings: warnings)
}
