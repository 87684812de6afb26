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
        let lowRegion = 0.02425
        if p < lowRegion {
            let q = (-2 * GoMath.log(p)).squareRoot()
            return GoMath.horner(Acklam.tailNumerator, q) / GoMath.horner(Acklam.tailDenominator, q)
        }
        if 1 - lowRegion < p {
            let q = (-2 * GoMath.log(1 - p)).squareRoot()
            return -GoMath.horner(Acklam.tailNumerator, q) / GoMath.horner(Acklam.tailDenominator, q)
        }
        let q = p - 0.5
        let r = q * q
        return GoMath.horner(Acklam.centralNumerator, r) * q / GoMath.horner(Acklam.centralDenominator, r)
    }
}

/// Acklam's coefficients, lowest order first.
private enum Acklam {
    static let centralNumerator = [
        2.506628277459239e+00, -3.066479806614716e+01, 1.383577518672690e+02, -2.759285104469687e+02,
        2.209460984245205e+02, -3.969683028665376e+01,
    ]
    static let centralDenominator = [
        1, -1.328068155288572e+01, 6.680131188771972e+01, -1.556989798598866e+02, 1.615858368580409e+02,
        -5.447609879822406e+01,
    ]
    static let tailNumerator = [
        2.938163982698783e+00, 4.374664141464968e+00, -2.549732539343734e+00, -2.400758277161838e+00,
        -3.223964580411365e-01, -7.784894002430293e-03,
    ]
    static let tailDenominator = [
        1, 3.754408661907416e+00, 2.445134137142996e+00, 3.224671290700398e-01, 7.784695709041462e-03,
    ]
}
