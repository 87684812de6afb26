extension GoMath {
    /// ln Γ(x) for whole x >= 1, i.e. ln((x − 1)!), along fdlibm's paths for those arguments:
    /// 0 at 1 and 2; the logarithm of the exact product (x − 1)! below 8; Stirling's series
    /// (x − ½)(ln x − 1) + w(1/x) from 8 on. Only factorial arguments are ever needed here.
    static func logGamma(wholeNumber x: Int) -> Double {
        if x <= 2 { return 0 }
        if x < 8 {
            var factorial = 1.0
            for factor in 2..<x { factorial *= Double(factor) }
            return log(factorial)
        }
        let w0 = 4.18938533204672725052e-01  // ½·ln(2π)
        let w1 = 8.33333333333329678849e-02
        let w2 = -2.77777777728775536470e-03
        let w3 = 7.93650558643019558500e-04
        let w4 = -5.95187557450339963135e-04
        let w5 = 8.36339918996282139126e-04
        let w6 = -1.63092934096575273989e-03
        let value = Double(x)
        let t = log(value)
        let z = 1 / value
        let y = z * z
        let w = w0 + z * (w1 + y * (w2 + y * (w3 + y * (w4 + y * (w5 + y * w6)))))
        return (value - 0.5) * (t - 1) + w
    }
}
