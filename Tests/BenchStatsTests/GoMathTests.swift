import Testing

@testable import BenchStats

/// Go's `math` results, bit for bit. The expected values were printed by Go's math package on
/// linux/amd64 with FMA (where benchstat's references were recorded) for inputs where the C
/// library's answer differs in the last bit, so these fail if libm creeps back in.
struct GoMathTests {
    @Test(
        arguments: [
            (-3.2081732207262528, 0.04043040327521882),
            (-3.315919870136481, 0.03630064133863251),
            (7.374460774563833, 1594.731678727002),
            (8.835230955705438, 6872.140822751),
            (0, 1),
            (-800, 0),
            (710, .infinity),
        ] as [(Double, Double)])
    func exponentialMatchesGo(_ x: Double, _ expected: Double) {
        #expect(GoMath.exp(x).bitPattern == expected.bitPattern)
    }

    @Test func exponentialUnderflowsGradually() {
        #expect(GoMath.exp(-740) > 0)
        #expect(GoMath.exp(-740) < Double.leastNormalMagnitude)
        #expect(GoMath.exp(-.infinity) == 0 && GoMath.exp(.nan).isNaN)
    }

    @Test(
        arguments: [
            (1.5886093436884952, 0.4628590069121086),
            (1.2718856005548282, 0.240500524202653),
            (1.6888920923448845, 0.5240727472973676),
            (2.1917907037729516, 0.7847188826716813),
            (1, 0),
            (0, -.infinity),
        ] as [(Double, Double)])
    func logarithmMatchesGo(_ x: Double, _ expected: Double) {
        #expect(GoMath.log(x).bitPattern == expected.bitPattern)
    }

    @Test func logarithmOfNegativeIsNaN() {
        #expect(GoMath.log(-1).isNaN)
        #expect(GoMath.log(.infinity) == .infinity)
    }

    @Test(
        arguments: [
            (1.1360895364488481, 0.10812606889164124),
            (3.0902553728142763, 1.2408671607218043e-05),
            (3.0131059782170375, 2.0335460654636582e-05),
            (7.335095025340394, 3.2768629278916726e-25),
            (-30, 2),
            (0, 1),
        ] as [(Double, Double)])
    func complementaryErrorFunctionMatchesGo(_ x: Double, _ expected: Double) {
        #expect(GoMath.erfc(x).bitPattern == expected.bitPattern)
    }

    /// ln Γ at 14, 48 and 74, where glibc's lgamma differs from Go's.
    @Test(
        arguments: [
            (14, 0x4036_8D5A_9C3B_32CF as UInt64),
            (48, 0x4061_19AF_E762_626B),
            (74, 0x406E_689A_6939_6BEE),
            (1, 0),
            (2, 0),
        ] as [(Int, UInt64)])
    func logGammaMatchesGo(_ x: Int, _ expectedBits: UInt64) {
        #expect(GoMath.logGamma(wholeNumber: x).bitPattern == expectedBits)
    }

    @Test(arguments: [(0.5, 30), (0.25, 7), (-2, 3), (3, 0)] as [(Double, Int)])
    func wholePowersOfExactValuesAreExact(_ x: Double, _ n: Int) {
        var expected = 1.0
        for _ in 0..<n { expected *= x }
        #expect(GoMath.power(x, wholeExponent: n) == expected)
    }

    @Test(
        arguments: [
            ([6.989448866811012e-06], 6.989448866811012e-06),
            ([7.6408510894277e-09, 0.001509862421684168, 425712731.3115286], 0.1699802969127546),
            ([4.840173034623844e-08], 4.840173034623844e-08),
        ] as [([Double], Double)])
    func geometricMeanMatchesGo(_ values: [Double], _ expected: Double) {
        #expect(geometricMean(values).bitPattern == expected.bitPattern)
    }

    /// moremath's C(n, k) is exact up to n = 20 and exp(lgamma) above, where C(n, k) and
    /// C(n, n − k) differ (bits printed by moremath's choose under Go).
    @Test func largeBinomialCoefficientsAreRoundedLikeMoremath() {
        #expect(BinomialCoefficient.choose(20, 10) == 184_756)
        #expect(BinomialCoefficient.choose(21, 2).bitPattern == 0x406A_4000_0000_001F)
        #expect(BinomialCoefficient.choose(21, 19).bitPattern == 0x406A_4000_0000_002C)
        #expect(BinomialCoefficient.choose(22, 10).bitPattern == 0x4123_BBEB_FFFF_FFE6)
        #expect(BinomialCoefficient.choose(22, 12).bitPattern == 0x4123_BBEB_FFFF_FFFA)
    }
}
