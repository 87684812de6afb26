/// Statistical options of a comparison: benchstat's `-alpha` and `-confidence`.
package struct ComparisonOptions: Sendable, Equatable {
    /// A difference is significant when p ≤ alpha (benchstat's test, despite its help text).
    package var alpha: Double = 0.05
    /// Confidence level of the median's interval.
    package var confidence: Double = 0.95

    package init(alpha: Double = 0.05, confidence: Double = 0.95) {
        self.alpha = alpha
        self.confidence = confidence
    }
}
