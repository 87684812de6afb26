import BenchData
import Testing

/// The fast JSON number conversion gives the bits strtod gives (Swift's `Double(String)`),
/// on the shapes serializers write and on ties, powers of two and the edges of its range.
@Suite struct JSONNumberTests {
    private func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { JSONNumber.parse(UnsafeBufferPointer($0)) }
    }

    @Test(arguments: [
        "0", "-0", "1", "0.1", "212.61715488356396", "4.4372134006928112e+00", "0.0024749750000000004",
        "3.1384529091388410e+08", "1.7230000253221078e-06", "9007199254740993", "9007199254740993.0",
        "0.30000000000000004", "2.2250738585072014e-308", "1.7976931348623157e308", "123456789012345678901234",
        "1e22", "1e23", "8.98846567431158e307", "4.9e-324", "1.0229539649417727e-09", "9999999999999999999",
        "0.99999999999999994448884876874217", "3376842765.688582", "3.376842765688582E9",
    ])
    func matchesStrtod(_ text: String) {
        #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }

    @Test func matchesStrtodOnManyGeneratedNumbers() {
        var generator = SplitMix(seed: 0x5EED)
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            let digits = 1 + Int(generator.next() % 19)
            var mantissa = String(generator.next() % 9 + 1)
            for _ in 1..<digits { mantissa += String(generator.next() % 10) }
            let point = Int(generator.next() % UInt64(digits + 1))
            var text = mantissa
            if point < digits { text.insert(".", at: text.index(text.startIndex, offsetBy: max(point, 1))) }
            let exponent = Int(generator.next() % 60) - 30
            if exponent != 0 { text += "e\(exponent)" }
            if parse(text)?.bitPattern != Double(text)?.bitPattern { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func halfwayCasesRoundToEven() {
        // 2^53 + 1 and 2^53 + 3 lie exactly between two doubles.
        for text in [
            "9007199254740993", "9007199254740995", "900719925474099.3e1", "4503599627370496.5",
            "4503599627370497.5", "1.00000000000000011102230246251565404236316680908203125",
        ] {
            #expect(parse(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }
}

/// A small deterministic generator for reproducible test inputs.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
