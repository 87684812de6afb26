extension GoMath {
    /// x^n for a whole n >= 0 the way Go's `math.Pow` evaluates whole powers: square-and-multiply
    /// on the binary significand, keeping the exponent apart, then one final scaling. (Exact for
    /// powers of two, as in the median's Binomial(n, ½).)
    static func power(_ x: Double, wholeExponent n: Int) -> Double {
        if n == 0 || x == 1 { return 1 }
        if n == 1 { return x }
        if x.isNaN { return .nan }
        if x == 0 { return n % 2 == 1 ? x : 0 }
        if x.isInfinite { return x < 0 && n % 2 == 0 ? .infinity : x }

        var result = 1.0
        var resultExponent = 0
        // x = significand·2^exponent with |significand| in [0.5, 1), as Go's Frexp splits it.
        var significand = (x < 0 ? -x.significand : x.significand) / 2
        var exponent = Int(x.exponent) + 1
        var remaining = n
        while remaining != 0 {
            if exponent < -(1 << 12) || (1 << 12) < exponent {
                // Certain overflow or underflow: let the final scaling saturate.
                resultExponent += exponent
                break
            }
            if remaining & 1 == 1 {
                result *= significand
                resultExponent += exponent
            }
            significand *= significand
            exponent <<= 1
            if significand < 0.5 {
                significand += significand
                exponent -= 1
            }
            remaining >>= 1
        }
        return scaled(result, byPowerOfTwo: resultExponent)
    }

    /// m·2^e rounded once, saturating to 0 or infinity (Go's `Ldexp`).
    private static func scaled(_ m: Double, byPowerOfTwo e: Int) -> Double {
        let clamped = max(min(e, 4096), -4096)
        return Double(sign: .plus, exponent: clamped, significand: m)
    }
}
