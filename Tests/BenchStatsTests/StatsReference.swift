import BenchqTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rows of `shared/testdata/benchstat/stats-reference.txt`, values printed by the real
/// go-moremath `stats` package that benchstat uses.
enum StatsReference {
    struct QuantileRow: Sendable, CustomTestStringConvertible {
        var confidence: Double
        var n: Int
        var lowerOrder: Int
        var upperOrder: Int
        var actualConfidence: Double
        var ambiguous: Bool
        var testDescription: String { "n=\(n) at \(confidence)" }
    }

    struct MedianRow: Sendable, CustomTestStringConvertible {
        var n: Int
        var quantile: Double
        var simple: Double
        var testDescription: String { "n=\(n) median \(quantile)" }
    }

    struct UTestRow: Sendable, CustomTestStringConvertible {
        /// The samples, or nil when the line names them only in words.
        var samples: (x1: [Double], x2: [Double])?
        var label: String
        var u: Double
        var p: Double
        var testDescription: String { label }
    }

    static let text: String? = readReferenceFile()

    static let quantileRows: [QuantileRow] = lines.compactMap { line in
        let fields = line.split(separator: " ")
        guard fields.count == 6, let confidence = Double(fields[0]), let n = Int(fields[1]),
            let lower = Int(fields[2]), let upper = Int(fields[3]), let actual = Double(fields[4])
        else { return nil }
        return QuantileRow(
            confidence: confidence, n: n, lowerOrder: lower, upperOrder: upper, actualConfidence: actual,
            ambiguous: fields[5] == "true")
    }

    static let medianRows: [MedianRow] = lines.compactMap { line in
        guard line.hasPrefix("n="), line.contains(" quantile=") else { return nil }
        var values: [Substring: Substring] = [:]
        for field in line.split(separator: " ") {
            let parts = field.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let n = values["n"].flatMap({ Int($0) }), let q = values["quantile"].flatMap({ Double($0) }),
            let simple = values["simple"].flatMap({ Double($0) })
        else { return nil }
        return MedianRow(n: n, quantile: q, simple: simple)
    }

    static let uTestRows: [UTestRow] = lines.compactMap { line in
        guard let colon = line.lastIndex(of: ":"), line[colon...].contains(" U="), line[colon...].contains(" p=")
        else { return nil }
        let label = String(line[..<colon])
        var u: Double?
        var p: Double?
        for field in line[colon...].split(separator: " ") {
            if field.hasPrefix("U=") { u = Double(field.dropFirst(2)) }
            if field.hasPrefix("p=") { p = Double(field.dropFirst(2)) }
        }
        guard let u, let p else { return nil }
        return UTestRow(samples: parseSamples(label), label: label, u: u, p: p)
    }

    /// "[1 2 3] vs [4 5]" as two arrays.
    private static func parseSamples(_ label: String) -> (x1: [Double], x2: [Double])? {
        let lists = label.split(separator: "]").compactMap { part -> [Double]? in
            guard let open = part.firstIndex(of: "[") else { return nil }
            let numbers = part[part.index(after: open)...].split(separator: " ").compactMap { Double($0) }
            return numbers
        }
        return lists.count == 2 ? (lists[0], lists[1]) : nil
    }

    private static var lines: [Substring] {
        (text ?? "").split(separator: "\n").filter { !$0.hasPrefix("#") }
    }

    /// The reference file from the shared test data (`$BENCHQ_TESTDATA` when set).
    private static func readReferenceFile() -> String? {
        SharedTestData.text("benchstat/stats-reference.txt")
    }
}

/// True when `actual` is within `relative` of `expected` (exactly equal for 0).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-12) -> Bool {
    if actual == expected { return true }
    return abs(actual - expected) <= relative * abs(expected)
}
