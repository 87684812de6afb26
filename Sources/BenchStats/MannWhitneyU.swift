/// The outcome of a two-sided Mann-Whitney U test (moremath's `MannWhitneyUTestResult`).
package struct MannWhitneyResult: Sendable, Equatable {
    package var n1: Int
    package var n2: Int
    /// U of the first sample: pairs where its value is larger, plus half the tied pairs.
    package var u: Double
    /// Two-sided p-value of "both samples come from one population".
    package var p: Double

    package init(n1: Int, n2: Int, u: Double, p: Double) {
        self.n1 = n1
        self.n2 = n2
        self.u = u
        self.p = p
    }
}

/// Why a statistic could not be computed; benchstat shows these as warnings.
package enum StatisticsError: Error, Equatable, Sendable {
    /// A sample is empty (moremath's `ErrSampleSize`, "sample is too small").
    case sampleTooSmall
    /// Every value of both samples is the same (moremath's `ErrSamplesEqual`, "all samples are equal").
    case samplesEqual
}

/// Largest sample size for the exact U distribution without ties (moremath's `MannWhitneyExactLimit`).
let mannWhitneyExactLimit = 50
/// Largest sample size for the exact U distribution with ties (`MannWhitneyTiesExactLimit`).
let mannWhitneyTiesExactLimit = 25

/// Two-sided Mann-Whitney U test of `x1` against `x2` (moremath's `MannWhitneyUTest` with
/// `LocationDiffers`): exact distributions for small samples — Mann & Whitney's recurrence
/// without ties, Klotz's tied distribution with them — and otherwise the normal approximation
/// with tie and continuity corrections.
package func mannWhitneyU(_ x1: [Double], _ x2: [Double]) throws(StatisticsError) -> MannWhitneyResult {
    let n1 = x1.count
    let n2 = x2.count
    if n1 == 0 || n2 == 0 { throw .sampleTooSmall }

    let ranking = RankSums(ascendingOrSorted(x1), ascendingOrSorted(x2))
    let u1 = ranking.firstRankSum - Double(n1 * (n1 + 1)) / 2
    let u2 = Double(n1 * n2) - u1
    let smallerU = min(u1, u2)

    let exact =
        ranking.hasTies
        ? n1 <= mannWhitneyTiesExactLimit && n2 <= mannWhitneyTiesExactLimit
        : n1 <= mannWhitneyExactLimit && n2 <= mannWhitneyExactLimit
    let p: Double
    if exact {
        if ranking.tieSizes.count == 1 { throw .samplesEqual }
        if u1 == u2 {
            // The distribution is symmetric about U, so doubling CDF(U) would count the
            // probability mass at U twice; the two-sided p is the whole distribution.
            p = 1
        } else if ranking.hasTies {
            // moremath quirk: with ties U1's law is not symmetric, yet p is still twice its CDF
            // at the smaller U (which U1 may not attain), so p can even exceed 1.
            p = TiedUDistribution(n1: n1, n2: n2, tieSizes: ranking.tieSizes).cdf(smallerU) * 2
        } else {
            p = UDistribution(n1: n1, n2: n2).cdf(smallerU) * 2
        }
    } else {
        p = try normalApproximationP(u1: u1, n1: n1, n2: n2, tieSizes: ranking.tieSizes)
    }
    return MannWhitneyResult(n1: n1, n2: n2, u: u1, p: p)
}

/// The two-sided p-value from the normal approximation of U, with the tie-corrected variance
/// σ² = n1·n2/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) and a 0.5 continuity correction toward the mean.
private func normalApproximationP(u1: Double, n1: Int, n2: Int, tieSizes: [Int]) throws(StatisticsError) -> Double {
    var tieCorrection = 0
    // Wrapping, like Go's int arithmetic, so that a huge tie cannot trap.
    for size in tieSizes { tieCorrection = tieCorrection &+ (size &* size &* size &- size) }
    let total = Double(n1 + n2)
    let mean = Double(n1 * n2) / 2
    let deviation = (Double(n1 * n2) * ((total + 1) - Double(tieCorrection) / (total * (total - 1))) / 12)
        .squareRoot()
    if deviation == 0 { throw .samplesEqual }
    var numerator = u1 - mean
    numerator -= sign(numerator) * 0.5
    let z = numerator / deviation
    let below = NormalDistribution.standard.cdf(z)
    return 2 * min(below, 1 - below)
}

/// -1, 0 or 1 (NaN for NaN), like moremath's `mathSign`.
private func sign(_ x: Double) -> Double {
    if x == 0 { return 0 }
    if x < 0 { return -1 }
    if x > 0 { return 1 }
    return .nan
}

/// `values` itself when already ascending (the usual case: callers pass sorted cells), else a
/// sorted copy with NaNs first, as Go's `sort.Float64s` orders them.
private func ascendingOrSorted(_ values: [Double]) -> [Double] {
    var index = 1
    while index < values.count {
        if values[index] < values[index - 1] || values[index].isNaN { break }
        index += 1
    }
    if index >= values.count && !(values.first?.isNaN ?? false) { return values }
    return values.sorted { $0 < $1 || ($0.isNaN && !$1.isNaN) }
}
