/// Binomial(n, p), evaluated like moremath's `BinomialDist`; the order statistics of a sample
/// of size n straddle its p-quantile according to this distribution.
struct BinomialDistribution {
    var trials: Int
    var probability: Double

    /// P(X = k); 0 outside `0...trials`.
    func pmf(_ k: Int) -> Double {
        if k < 0 || k > trials { return 0 }
        return BinomialCoefficient.choose(trials, k) * GoMath.power(probability, wholeExponent: k)
            * GoMath.power(1 - probability, wholeExponent: trials - k)
    }

    var mean: Double { Double(trials) * probability }
    var variance: Double { Double(trials) * probability * (1 - probability) }

    /// The normal approximation; callers apply the ±0.5 continuity correction themselves.
    var normalApproximation: NormalDistribution {
        NormalDistribution(mean: mean, standardDeviation: variance.squareRoot())
    }
}
