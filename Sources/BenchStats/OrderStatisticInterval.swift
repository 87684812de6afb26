/// A distribution-free confidence interval for a quantile, given as two order statistics
/// (moremath's `QuantileCIResult`).
package struct OrderStatisticInterval: Sendable, Equatable {
    /// 1-based order statistic of the lower bound; below 1 means the bound is -infinity.
    package var lowerOrder: Int
    /// 1-based order statistic of the upper bound; above n means the bound is +infinity.
    package var upperOrder: Int
    /// The interval's actual confidence, at least the one requested (up to rounding).
    package var confidence: Double
    /// The interval shifted right by one order has the same confidence; benchstat prefers the
    /// left one, and reports the tie here.
    package var ambiguous: Bool

    package init(lowerOrder: Int, upperOrder: Int, confidence: Double, ambiguous: Bool) {
        self.lowerOrder = lowerOrder
        self.upperOrder = upperOrder
        self.confidence = confidence
        self.ambiguous = ambiguous
    }
}

extension OrderStatisticInterval {
    /// The bounds as values of the ascending sample, with infinities where an order statistic
    /// falls outside it.
    package func bounds(in sorted: [Double]) -> (lower: Double, upper: Double) {
        let lower = lowerOrder >= 1 && lowerOrder <= sorted.count ? sorted[lowerOrder - 1] : -Double.infinity
        let upper = upperOrder >= 1 && upperOrder <= sorted.count ? sorted[upperOrder - 1] : Double.infinity
        return (lower, upper)
    }

    /// Whether both bounds are sample values (benchstat warns otherwise).
    func isFinite(sampleSize n: Int) -> Bool { lowerOrder >= 1 && upperOrder <= n }
}
