/// The Hodges-Lehmann estimate of how far `new` is shifted from `base`, with its
/// distribution-free confidence interval.
package struct ShiftEstimate: Sendable, Equatable {
    /// The median of every difference `new[j] - base[i]`.
    package var estimate: Double
    /// The interval's bounds; infinite when the samples are too small for the confidence asked.
    package var lower: Double
    package var upper: Double
    package var confidence: Double

    package init(estimate: Double, lower: Double, upper: Double, confidence: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
    }
}

/// The two-sample Hodges-Lehmann shift of `new` against `base` and the interval that inverts
/// the Mann-Whitney U test (Hollander & Wolfe, ch. 4.3): with the m·n pairwise differences
/// sorted, the bounds are the k-th smallest and the k-th largest, where k − 1 is the largest
/// U whose lower-tail probability stays within (1 − confidence)/2.
///
/// benchstat reports the change of the medians only; this says how sure that change is in
/// the same distribution-free terms as its test. k comes from the exact U distribution (no
/// ties) up to 50 values per side and from the normal approximation beyond; ties make the
/// interval slightly conservative. Returns nil when a sample is empty.
package func hodgesLehmannShift(base: [Double], new: [Double], confidence: Double) -> ShiftEstimate? {
    let m = base.count
    let n = new.count
    guard m > 0, n > 0 else { return nil }
    var differences: [Double] = []
    differences.reserveCapacity(m * n)
    for y in new {
        for x in base { differences.append(y - x) }
    }
    differences.sort()
    let estimate = median(sorted: differences)
    let k = shiftIntervalRank(m, n, confidence: confidence)
    guard k >= 1, k <= differences.count else {
        return ShiftEstimate(estimate: estimate, lower: -.infinity, upper: .infinity, confidence: confidence)
    }
    return ShiftEstimate(
        estimate: estimate, lower: differences[k - 1], upper: differences[differences.count - k],
        confidence: confidence)
}

/// The 1-based rank k of the lower bound among the sorted differences; 0 when no interval
/// with finite bounds reaches `confidence`.
func shiftIntervalRank(_ m: Int, _ n: Int, confidence: Double) -> Int {
    let tail = (1 - confidence) / 2
    if m <= mannWhitneyExactLimit && n <= mannWhitneyExactLimit {
        let distribution = UDistribution(n1: m, n2: n)
        // P(U <= k - 1) <= tail; U takes 0...m·n.
        var k = 0
        while k < m * n, distribution.cdf(Double(k)) <= tail { k += 1 }
        return k
    }
    let mean = Double(m * n) / 2
    let deviation = (Double(m * n) * Double(m + n + 1) / 12).squareRoot()
    let z = NormalDistribution.standard.inverseCDF(1 - tail)
    return max(0, Int((mean - z * deviation).rounded(.down)))
}
