extension GoMath {
    /// Natural logarithm (fdlibm's method: x = 2^k·(1 + f) with √2/2 <= 1 + f < √2, then
    /// log(1 + f) = f − f²/2 + s·(f²/2 + R(s²)) where s = f/(2 + f)).
    ///
    /// Go's amd64 routine reads the exponent straight from the bits, so subnormal inputs are
    /// reduced as if normal; that is kept, being what benchstat computes.
    package static func log(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }

        let ln2High = 6.93147180369123816490e-01  // 0x3fe62e42fee00000
        let ln2Low = 1.90821492927058770002e-10  // 0x3dea39ef35793c76
        let l1 = 6.666666666666735130e-01
        let l2 = 3.999999999940941908e-01
        let l3 = 2.857142874366239149e-01
        let l4 = 2.222219843214978396e-01
        let l5 = 1.818357216161805012e-01
        let l6 = 1.531383769920937332e-01
        let l7 = 1.479819860511658591e-01
        let halfSqrt2 = 7.07106781186547524401e-01

        let bits = x.bitPattern
        var fraction = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000)  // [0.5, 1)
        var exponent = Double(Int((bits >> 52) & 0x7FF) - 0x3FE)
        if fraction <= halfSqrt2 {
            fraction *= 2
            exponent -= 1
        }
        let f = fraction - 1
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let odd = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)))
        let even = s4 * (l2 + s4 * (l4 + s4 * l6))
        let r = odd + even
        let halfSquare = 0.5 * f * f
        return exponent * ln2High - ((halfSquare - (s * (halfSquare + r) + exponent * ln2Low)) - f)
    }
}
