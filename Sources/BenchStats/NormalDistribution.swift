/// The normal distribution as moremath's `NormalDist` evaluates it: the CDF through `erfc`
/// and the inverse CDF through Acklam's rational approximation plus one Halley refinement step.
struct NormalDistribution {
    var mean: Double
    var standardDeviation: Double

    static let standard = NormalDistribution(mean: 0, standardDeviation: 1)

    func cdf(_ x: Double) -> Double {
        GoMath.erfc(-(x - mean) / (standardDeviation * 2.0.squareRoot())) / 2
    }

    /// The `p`-quantile. NaN outside [0, 1]; ±infinity at the ends.
    func inverseCDF(_ p: Double) -> Double {
        if p < 0 || p > 1 || p.isNaN { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        var x = Self.acklamStandardQuantile(p)
        // One step of Halley's method against the exact CDF.
        let error = 0.5 * GoMath.erfc(-x / 2.0.squareRoot()) - p
        let u = error * (2 * Double.pi).squareRoot() * GoMath.exp(x * x / 2)
        x = x - u / (1 + x * u / 2)
        return x * standardDeviation + mean
    }

    /// Peter J. Acklam's approximation of the standard normal quantile (relative error < 1.15e-9).
    private static func acklamStandardQuantile(_ p: Double) -> Double {
        let a1 = -3.969683028665376e+01, a2 = 2.209460984245205e+02, a3 = -2.759285104469687e+02
        let a4 = 1.383577518672690e+02, a5 = -3.066479806614716e+01, a6 = 2.506628277459239e+00
        let b1 = -5.447609879822406e+01, b2 = 1.615858368580409e+02, b3 = -1.556989798598866e+02
        let b4 = 6.680131188771972e+01, b5 = -1.328068155288572e+01
        let c1 = -7.784894002430293e-03, c2 = -3.223964580411365e-01, c3 = -2.400758277161838e+00
        let c4 = -2.549732539343734e+00, c5 = 4.374664141464968e+00, c6 = 2.938163982698783e+00
        let d1 = 7.784695709041462e-03, d2 = 3.224671290700398e-01, d3 = 2.445134137142996e+00
        let d4 = 3.754408661907416e+00
        let lowRegion = 0.02425
        let highRegion = 1 - lowRegion

        func tailNumerator(_ q: Double) -> Double { ((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6 }
        func tailDenominator(_ q: Double) -> Double { (((d1 * q + d2) * q + d3) * q + d4) * q + 1 }

        if p < lowRegion {
            let q = (-2 * GoMath.log(p)).squareRoot()
            return tailNumerator(q) / tailDenominator(q)
        }
        if highRegion < p {
            let q = (-2 * GoMath.log(1 - p)).squareRoot()
            return -tailNumerator(q) / tailDenominator(q)
        }
        let q = p - 0.5
        let r = q * q
        let numerator = (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q
        let denominator = ((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1
        return numerator / denominator
    }
}
