extension GoMath {
    /// erfc(x) = 1 − erf(x) by fdlibm's piecewise rational approximations (Sun Microsystems,
    /// 1993), which Go's `math.Erfc` follows, using `GoMath.exp` in the tails.
    static func erfc(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x == .infinity { return 0 }
        if x == -.infinity { return 2 }
        let negative = x < 0
        let a = abs(x)
        if a < 0.84375 { return erfcNearZero(a, negative: negative) }
        if a < 1.25 { return erfcNearOne(a, negative: negative) }
        if a < 28 { return erfcTail(a, negative: negative) }
        return negative ? 2 : 0
    }

    /// |x| < 0.84375: erf(x) = x + x·R(x²)/S(x²).
    private static func erfcNearZero(_ a: Double, negative: Bool) -> Double {
        let erfPart: Double
        if a < 1.0 / 72_057_594_037_927_936 {  // 2⁻⁵⁶
            erfPart = a
        } else {
            let z = a * a
            let y = horner(ErfcCoefficients.nearZeroNumerator, z) / horner(ErfcCoefficients.nearZeroDenominator, z)
            erfPart = a < 0.25 ? a + a * y : 0.5 + (a * y + (a - 0.5))
        }
        return negative ? 1 + erfPart : 1 - erfPart
    }

    /// 0.84375 <= |x| < 1.25: erf(1 + s) ≈ erx + P(s)/Q(s).
    private static func erfcNearOne(_ a: Double, negative: Bool) -> Double {
        let erx = 8.45062911510467529297e-01
        let s = a - 1
        let p = horner(ErfcCoefficients.nearOneNumerator, s)
        let q = horner(ErfcCoefficients.nearOneDenominator, s)
        return negative ? 1 + erx + p / q : 1 - erx - p / q
    }

    /// 1.25 <= |x| < 28: erfc(x) = exp(−x² − 0.5625 + R(1/x²)/S(1/x²))/x, with x² split so
    /// that the exponent is exact.
    private static func erfcTail(_ a: Double, negative: Bool) -> Double {
        let s = 1 / (a * a)
        let r: Double
        let q: Double
        if a < 1 / 0.35 {
            r = horner(ErfcCoefficients.middleNumerator, s)
            q = horner(ErfcCoefficients.middleDenominator, s)
        } else {
            if negative && a > 6 { return 2 }
            r = horner(ErfcCoefficients.farNumerator, s)
            q = horner(ErfcCoefficients.farDenominator, s)
        }
        let high = Double(bitPattern: a.bitPattern & 0xFFFF_FFFF_0000_0000)  // a to 20 bits
        let value = exp(-high * high - 0.5625) * exp((high - a) * (high + a) + r / q)
        return negative ? 2 - value / a : value / a
    }

    /// c₀ + z(c₁ + z(c₂ + …)), evaluated innermost first exactly as the nested expression is.
    static func horner(_ coefficients: [Double], _ z: Double) -> Double {
        guard var value = coefficients.last else { return 0 }
        for coefficient in coefficients.dropLast().reversed() { value = coefficient + z * value }
        return value
    }
}

/// fdlibm's erf/erfc coefficients, lowest order first.
private enum ErfcCoefficients {
    static let nearZeroNumerator = [
        1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
        -5.77027029648944159157e-03, -2.37630166566501626084e-05,
    ]
    static let nearZeroDenominator = [
        1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
        1.32494738004321644526e-04, -3.96022827877536812320e-06,
    ]
    static let nearOneNumerator = [
        -2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
        3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
        -2.16637559486879084300e-03,
    ]
    static let nearOneDenominator = [
        1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
        1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02,
    ]
    static let middleNumerator = [
        -9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
        -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
        -8.12874355063065934246e+01, -9.81432934416914548592e+00,
    ]
    static let middleDenominator = [
        1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
        6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
        6.57024977031928170135e+00, -6.04244152148580987438e-02,
    ]
    static let farNumerator = [
        -9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
        -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
        -4.83519191608651397019e+02,
    ]
    static let farDenominator = [
        1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
        3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
        -2.24409524465858183362e+01,
    ]
}
