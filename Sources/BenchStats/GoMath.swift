/// `log` and `exp` computed the way Go's `math.Log` and `math.Exp` compute them on amd64,
/// so that geometric means agree with benchstat to the last bit (benchstat's CSV prints
/// full precision, and the C library's correctly rounded results differ in the last ulp).
///
/// `log` is the classic fdlibm reduction (x = 2^k·f, a polynomial in s = f/(2+f)) evaluated
/// in the same operation order as Go's SSE2 routine. `exp` follows Go's amd64 routine, a
/// Taylor series on x/16 squared back up four times (after Shibata's SLEEF method), taking
/// the fused multiply-add path that Go takes on CPUs with FMA.
package enum GoMath {
    package static func log(_ x: Double) -> Double {
        if x == 0 { return -.infinity }
        if x.sign == .minus { return .nan }
        if x.isNaN || x == .infinity { return x }
        let bits = x.bitPattern
        var fraction = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000)
        var exponent = Double(Int((bits >> 52) & 0x7FF) - 0x3FE)
        // Go's assembly compares with <=, its portable code with <.
        if fraction <= 7.07106781186547524401e-01 {
            exponent -= 1
            fraction *= 2
        }
        let f = fraction - 1
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let t1 = s2 * ((((0x1.2f112df3e5244p-3 * s4 + 0x1.7466496cb03dep-3) * s4) + 0x1.2492494229359p-2) * s4 + 0x1.5555555555593p-1)
        let t2 = (((0x1.39a09d078c69fp-3 * s4 + 0x1.c71c51d8e78afp-3) * s4) + 0x1.999999997fa04p-2) * s4
        let r = t1 + t2
        let halfSquare = 0.5 * f * f
        let ln2High = 0x1.62e42fee00000p-1
        let ln2Low = 0x1.a39ef35793c76p-33
        return exponent * ln2High - ((halfSquare - (s * (r + halfSquare) + ln2Low * exponent)) - f)
    }

    package static func exp(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == -.infinity { return 0 }
        if x > 7.09782712893384e+02 { return .infinity }
        let scaled = (1.4426950408889634073599246810018920 * x).rounded(.toNearestOrEven)
        // CVTSD2SL yields INT32_MIN for values out of range; that underflows to 0 below.
        let exponent = scaled < -2_147_483_648 ? Int32.min : Int32(scaled)
        let k = Double(exponent)
        var y = x.addingProduct(-k, 0.69314718055966295651160180568695068359375)
        y = y.addingProduct(-k, 0.28235290563031577122588448175013436025525412068e-12)
        y *= 0.0625
        // Taylor coefficients 1/8! ... 1/3!, then 1/2 and 1, by Horner's rule with FMA.
        var p = 2.4801587301587301587e-5
        for coefficient in [
            1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3,
            4.1666666666666666667e-2, 1.6666666666666666667e-1, 0.5, 1.0,
        ] {
            p = coefficient.addingProduct(p, y)
        }
        // e^y - 1 for the reduced argument, then squared back up: (e^y - 1)(e^y + 1) = e^2y - 1.
        var m = y * p
        for _ in 0..<3 { m *= m + 2 }
        let result = 1.0.addingProduct(m, m + 2)
        let biased = Int(exponent) + 0x3FF
        if biased <= 0 { return 0 }
        if biased >= 0x7FF { return .infinity }
        return result * Double(bitPattern: UInt64(biased) << 52)
    }
}
