import BenchqTestSupport
import Testing

@testable import BenchData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Go's float spellings, checked against the numbers benchstat printed in the shared CSV goldens.
struct GoFloatFormatTests {
    // MARK: shortest (%v)

    @Test(arguments: GoFloatFormatTests.csvNumberFields())
    func shortestReproducesEveryCSVNumber(field: CSVNumberField) throws {
        let value = try #require(Double(field.text), "\(field.location)")
        #expect(GoFloatFormat.shortest(value) == field.text, "\(field.location)")
    }

    @Test func csvGoldensHaveNumbersToCheck() {
        // Guards the table above: a missing or misread data directory would make it vacuous.
        let fields = Self.csvNumberFields()
        #expect(fields.count >= 400)
        #expect(fields.contains { $0.text.contains("e-") })
        #expect(fields.contains { $0.text.contains("e+") })
    }

    @Test(
        arguments: [
            (1e21, "1e+21"),
            (1e20, "1e+20"),
            (123_456_789, "1.23456789e+08"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.000422772, "0.000422772"),
            (.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-1.7976931348623157e308, "-1.7976931348623157e+308"),
            (-0.0, "-0"),
            (0.0, "0"),
            (100, "100"),
            (0.1 + 0.2, "0.30000000000000004"),
            (999_999, "999999"),
            (123_456, "123456"),
            (1e6, "1e+06"),
            (1_234_567.5, "1.2345675e+06"),
            (38_845_000, "3.8845e+07"),
            (9.869500000000001e-08, "9.869500000000001e-08"),
            (7 * 1e-9, "7.000000000000001e-09"),
            (-1.75, "-1.75"),
            (0.5, "0.5"),
            (-0.00012345678901234567, "-0.00012345678901234567"),
            (1e100, "1e+100"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (.nan, "NaN"),
            (-Double.nan, "NaN"),
            (.infinity, "+Inf"),
            (-.infinity, "-Inf"),
        ] as [(Double, String)])
    func shortestMatchesGo(value: Double, expected: String) {
        #expect(GoFloatFormat.shortest(value) == expected)
        var bytes: [UInt8] = Array("x=".utf8)
        GoFloatFormat.appendShortest(value, to: &bytes)
        #expect(bytes == Array("x=\(expected)".utf8))
    }

    @Test func shortestRoundTripsWithFewestDigits() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next() & ~(0x7FF << 52) | (generator.next() % 0x7FF) << 52)
            let text = GoFloatFormat.shortest(value)
            #expect(Double(text) == value, "\(text)")
            let digits = text.prefix { $0 != "e" }.filter(\.isNumber).drop { $0 == "0" }
            let significant = digits.reversed().drop { $0 == "0" }.count
            #expect(significant == Self.fewestRoundTripDigits(value), "\(text)")
        }
    }

    // MARK: fixed (%.Nf, %+.Nf)

    @Test(
        arguments: [
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (2.5, 0, "2"),
            (3.5, 0, "4"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (99.5, 0, "100"),
            (98.5, 0, "98"),
            (1.005, 2, "1.00"),
            (1.015, 2, "1.01"),
            (9.995, 2, "9.99"),
            (9.9996, 3, "10.000"),
            (123.456, 1, "123.5"),
            (62.905, 2, "62.91"),
            (0, 3, "0.000"),
            (-0.0, 2, "-0.00"),
            (-0.001, 2, "-0.00"),
            (-1.75, 3, "-1.750"),
            (0.0001, 3, "0.000"),
            (0.0006, 3, "0.001"),
            (1e-9, 12, "0.000000001000"),
            (1e22, 1, "10000000000000000000000.0"),
            (0x1p63, 0, "9223372036854775808"),
            (.leastNonzeroMagnitude, 2, "0.00"),
            (0.1, 20, "0.10000000000000000555"),
            (.nan, 2, "NaN"),
            (.infinity, 1, "+Inf"),
            (-.infinity, 1, "-Inf"),
        ] as [(Double, Int, String)])
    func fixedMatchesGo(value: Double, precision: Int, expected: String) {
        #expect(GoFloatFormat.fixed(value, precision: precision) == expected)
        var bytes: [UInt8] = []
        GoFloatFormat.appendFixed(value, precision: precision, to: &bytes)
        #expect(bytes == Array(expected.utf8))
    }

    @Test(
        arguments: [
            (1.2345, 2, "+1.23"),
            (-3.14159, 2, "-3.14"),
            (0, 2, "+0.00"),
            (-0.0, 2, "-0.00"),
            (352.5555, 2, "+352.56"),
            (-77.885, 2, "-77.89"),
            (.nan, 2, "+NaN"),
            (.infinity, 2, "+Inf"),
            (-.infinity, 2, "-Inf"),
        ] as [(Double, Int, String)])
    func signedFixedMatchesGo(value: Double, precision: Int, expected: String) {
        #expect(GoFloatFormat.signedFixed(value, precision: precision) == expected)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 6, 10])
    func exactFixedAgreesWithC(precision: Int) {
        var generator = SplitMix64(seed: UInt64(precision) + 1)
        for _ in 0..<5_000 {
            // Magnitudes from 1e-12 to 1e21, with extra exact ties (k/2^n) mixed in.
            let scale = Double(generator.next() % 34) - 12
            var value = Double(generator.next() % 1_000_000) / 1e5 * pow(10, scale)
            if generator.next() % 4 == 0 { value = Double(generator.next() % 100_000) / 1024 }
            if generator.next() % 2 == 0 { value = -value }
            for plus in [false, true] {
                let fast = GoFloatFormat.withFixedBytes(value, precision: precision, plusSign: plus) { Array($0) }
                let reference = GoFloatFormat.withCFixedBytes(value, precision: precision, plusSign: plus) { Array($0) }
                #expect(fast == reference, "\(value) at \(precision)")
            }
        }
    }

    // MARK: percent range (the ± column)

    @Test(
        arguments: [
            (98.695, 72.86, 134.4, "36%"),
            (5, -.infinity, .infinity, "∞"),
            (5, 1, .infinity, "∞"),
            (.nan, -.infinity, .infinity, "∞"),
            (.nan, .nan, .nan, "?"),
            (5, .nan, 6, "?"),
            (5, -1, 6, "?"),
            (-5, -6, 1, "?"),
            (0, 0, 0, "0%"),
            (0, -0.0, 0, "0%"),
            (0, 0, 1, "?"),
            (10, 10, 10, "0%"),
            (-4, -6, -3, "-25%"),  // benchstat quirk: a negative center yields a negative width
            (256, 255, 256, "0%"),
            (8, 7, 8, "12%"),  // exactly 12.5% rounds half to even
            (8, 8, 11, "38%"),  // exactly 37.5% rounds half to even
        ] as [(Double, Double, Double, String)])
    func percentRangeMatchesBenchstat(center: Double, lower: Double, upper: Double, expected: String) {
        #expect(formatPercentRange(center: center, lower: lower, upper: upper) == expected)
    }
}

// MARK: - Helpers

extension GoFloatFormatTests {
    /// A numeric field of a CSV golden and where it came from.
    struct CSVNumberField: Sendable, CustomTestStringConvertible {
        var text: String
        var location: String
        var testDescription: String { "\(text) (\(location))" }
    }

    /// Every field of the shared CSV goldens that parses as a Double.
    static func csvNumberFields() -> [CSVNumberField] {
        let names = [
            "20-csv-noopt.txt", "21-csv-kv-warnings.txt", "22-csv-multipkg.txt",
            "39-gogc-col-file-csv.txt", "43-zero-tidy-quirk-csv.txt",
        ]
        var fields: [CSVNumberField] = []
        for name in names {
            guard let text = SharedTestData.text("benchstat/\(name)") else { continue }
            for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for field in splitCSVRecord(line) where Double(field) != nil {
                    fields.append(CSVNumberField(text: String(field), location: "\(name):\(lineIndex + 1)"))
                }
            }
        }
        return fields
    }

    /// Splits one CSV record, honouring encoding/csv's double-quoted fields.
    private static func splitCSVRecord(_ line: Substring) -> [Substring] {
        var fields: [Substring] = []
        var start = line.startIndex
        var index = line.startIndex
        var quoted = false
        while index < line.endIndex {
            let character = line[index]
            if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                fields.append(line[start..<index])
                start = line.index(after: index)
            }
            index = line.index(after: index)
        }
        fields.append(line[start...])
        return fields
    }

    /// The fewest significant digits with which C's correctly rounded `%.*e` round-trips `value`.
    private static func fewestRoundTripDigits(_ value: Double) -> Int {
        if value == 0 { return 0 }
        var buffer = [CChar](repeating: 0, count: 64)
        for digits in 1...17 {
            _ = withVaList([Int32(digits - 1), value]) { vsnprintf(&buffer, buffer.count, "%.*e", $0) }
            if strtod(buffer, nil) == value { return digits }
        }
        return 17
    }

    /// A small deterministic generator so failures reproduce.
    struct SplitMix64 {
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
}
