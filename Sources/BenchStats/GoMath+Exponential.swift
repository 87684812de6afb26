extension GoMath {
    /// e^x by Shibata's method (SLEEF, public domain) as Go's amd64 `Exp` evaluates it with FMA:
    /// x = k·ln2 + r, e^(r/16) − 1 from its Taylor polynomial, squared up four times through
    /// y ← y(y + 2), then scaled by 2^k.
    package static func exp(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == -.infinity { return 0 }
        if x > 7.09782712893384e+02 { return .infinity }

        let log2e = 1.4426950408889634073599246810018920
        let ln2Upper = 0.69314718055966295651160180568695068359375
        let ln2Lower = 0.28235290563031577122588448175013436025525412068e-12

        // The conversion rounds to nearest (the SSE default), and saturates like the
        // instruction's "integer indefinite" value when out of range.
        let scaled = (x * log2e).rounded(.toNearestOrEven)
        let k: Int = scaled >= -2_147_483_648 && scaled <= 2_147_483_647 ? Int(scaled) : Int(Int32.min)
        let kd = Double(k)

        var r = x.addingProduct(-kd, ln2Upper)
        r = r.addingProduct(-kd, ln2Lower)
        r *= 0.0625
        var p = 2.4801587301587301587e-5
        p = (1.9841269841269841270e-4).addingProduct(r, p)
        p = (1.3888888888888888889e-3).addingProduct(r, p)
        p = (8.3333333333333333333e-3).addingProduct(r, p)
        p = (4.1666666666666666667e-2).addingProduct(r, p)
        p = (1.6666666666666666667e-1).addingProduct(r, p)
        p = (0.5).addingProduct(r, p)
        p = (1.0).addingProduct(r, p)
        var y = r * p  // e^(r) − 1 for the reduced r
        y *= y + 2
        y *= y + 2
        y *= y + 2
        y = (1.0).addingProduct(y, y + 2)  // the last squaring also adds the 1
        return scale(y, byPowerOfTwo: k)
    }

    /// y·2^k with the overflow and gradual-underflow handling of Go's amd64 routine.
    private static func scale(_ y: Double, byPowerOfTwo k: Int) -> Double {
        let biased = k + 0x3FF
        if biased >= 0x7FF { return .infinity }
        if biased > 0 { return y * Double(bitPattern: UInt64(biased) << 52) }
        if biased < -52 { return 0 }
        // Two steps, so that the subnormal result is rounded once.
        let partial = y * Double(bitPattern: UInt64(biased + 0x3FE) << 52)
        return partial * Double(bitPattern: UInt64(1) << 52)
    }
}
