/// Above this sample size the interval comes from the normal approximation (moremath's
/// `quantileCIApproxThreshold`).
private let exactSearchLimit = 30

/// The distribution-free confidence interval of the `p`-quantile of a sample of size `n`,
/// reproducing moremath's `stats.QuantileCI` step for step.
///
/// The number of sample values below the population quantile is Binomial(n, p), so the interval
/// between order statistics l and r covers the quantile with probability P(l <= X < r).
package func quantileConfidenceInterval(sampleSize n: Int, quantile p: Double, confidence: Double)
    -> OrderStatisticInterval
{
    if confidence >= 1 {
        return OrderStatisticInterval(lowerOrder: 0, upperOrder: n + 1, confidence: 1, ambiguous: false)
    }
    let distribution = BinomialDistribution(trials: n, probability: p)
    var interval =
        n <= exactSearchLimit
        ? exactInterval(distribution, confidence: confidence)
        : approximateInterval(distribution, confidence: confidence)
    interval.lowerOrder = max(interval.lowerOrder, 0)
    interval.upperOrder = min(interval.upperOrder, n + 1)
    return interval
}

/// Grows [l, r) outward from the mode, always adding the more probable neighbour (the left
/// one on ties), until the covered mass reaches `confidence`.
private func exactInterval(_ distribution: BinomialDistribution, confidence: Double) -> OrderStatisticInterval {
    let n = distribution.trials
    // The lower of the two modes, so that the interval is left-biased.
    var mode = orderIndex((Double(n + 1) * distribution.probability).rounded(.up) - 1)
    if distribution.probability == 0 { mode = 0 }
    var covered = distribution.pmf(mode)
    var left = mode
    var right = mode + 1
    var leftMass = distribution.pmf(left - 1)
    var rightMass = distribution.pmf(right)
    // moremath quirk: ties are detected by exact equality of the two computed masses, so the
    // flag depends on the rounding of C(n, k) (see BinomialCoefficient.choose).
    var ambiguous = rightMass == covered
    // Stop when nothing is left to add, in case rounding keeps the sum below `confidence`.
    while covered < confidence && (leftMass > 0 || rightMass > 0) {
        ambiguous = leftMass == rightMass
        if leftMass >= rightMass {
            covered += leftMass
            left -= 1
            leftMass = distribution.pmf(left - 1)
        } else {
            covered += rightMass
            right += 1
            rightMass = distribution.pmf(right)
        }
    }
    return OrderStatisticInterval(lowerOrder: left, upperOrder: right, confidence: covered, ambiguous: ambiguous)
}

/// The normal approximation with continuity correction: the symmetric band holding the central
/// `confidence` mass, rounded out to whole order statistics, then narrowed by one on the right if
/// that still reaches `confidence` with less excess.
private func approximateInterval(_ distribution: BinomialDistribution, confidence: Double) -> OrderStatisticInterval {
    let n = distribution.trials
    let normal = distribution.normalApproximation
    let tail = (1 - confidence) / 2
    let lowerEdge = normal.inverseCDF(tail)
    let upperEdge = 2 * normal.mean - lowerEdge
    // Binomial point k covers [k - 0.5, k + 0.5] of the normal, so round out to half-integers.
    var left = orderIndex(((lowerEdge - 0.5).rounded(.down) + 0.5).rounded(.down)) + 1
    var right = orderIndex(((upperEdge - 0.5).rounded(.up) + 0.5).rounded(.down)) + 1
    func mass(_ left: Int, _ right: Int) -> Double {
        normal.cdf(Double(right) - 0.5) - normal.cdf(Double(left) - 0.5)
    }
    var covered = mass(left, right)
    var ambiguous = false
    let biased = mass(left, right - 1)
    if biased >= confidence && biased < covered {
        covered = biased
        ambiguous = true
        right -= 1
    }
    if left <= 0 && right >= n + 1 {
        // The band spans the whole sample: certainly contains the quantile, even though the
        // normal's infinite tails keep the computed mass just below 1.
        covered = 1
        ambiguous = false
    }
    left = max(left, 0)
    right = min(right, n + 1)
    return OrderStatisticInterval(lowerOrder: left, upperOrder: right, confidence: covered, ambiguous: ambiguous)
}

/// Converts a whole-valued position to an Int. Only absurd inputs (a NaN or infinite
/// confidence or quantile) reach the clamp, which keeps them from trapping; Go gets an
/// arbitrary integer there.
private func orderIndex(_ position: Double) -> Int {
    if position.isNaN { return 0 }
    let limit = 4_503_599_627_370_496.0  // 2^52
    return Int(min(max(position, -limit), limit))
}
