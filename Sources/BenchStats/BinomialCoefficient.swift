/// Binomial coefficients the way moremath computes them (`mathx.Choose`), because both the
/// median CI and the tied U distribution depend on their exact rounding.
enum BinomialCoefficient {
    /// The largest `n` whose coefficients moremath computes exactly in 64-bit integers.
    static let exactLimit = 20

    /// `n!` for `n <= exactLimit`.
    private static let factorials: [Int64] = {
        var table: [Int64] = [1]
        for n in 1...exactLimit { table.append(table[n - 1] * Int64(n)) }
        return table
    }()

    /// C(n, k) as a Double; 0 outside `0...n`.
    ///
    /// moremath quirk: above n = 20 this is `exp(lgamma(n+1) - lgamma(k+1) - lgamma(n-k+1))`, not
    /// the exact integer, so C(n, k) and C(n, n-k) may differ in the last bits. That asymmetry
    /// decides `QuantileCIResult.Ambiguous` for 21 <= n <= 30, so it is reproduced on purpose.
    static func choose(_ n: Int, _ k: Int) -> Double {
        if k == 0 || k == n { return 1 }
        if k < 0 || n < k { return 0 }
        if n <= exactLimit {
            var numerator: Int64 = 1
            for factor in (n - k + 1)...n { numerator *= Int64(factor) }
            return Double(numerator / factorials[k])
        }
        return GoMath.exp(logChoose(n, k))
    }

    /// ln C(n, k) = ln Γ(n+1) − ln Γ(k+1) − ln Γ(n−k+1), subtracted in moremath's order.
    static func logChoose(_ n: Int, _ k: Int) -> Double {
        GoMath.logGamma(wholeNumber: n + 1) - GoMath.logGamma(wholeNumber: k + 1)
            - GoMath.logGamma(wholeNumber: n - k + 1)
    }
}
