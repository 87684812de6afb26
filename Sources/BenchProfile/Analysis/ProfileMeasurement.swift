import BenchData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// pprof's unit handling (internal/measurement): scaling sample values between units of one
/// family and printing them as `-top` does.
package enum ProfileMeasurement {
    private struct Unit {
        var name: String
        var aliases: [String]
        var factor: Double
    }

    private struct Family {
        var units: [Unit]
        var defaultUnit: Unit
    }

    /// Memory in powers of 1024, time (pprof has no minutes: 90 min prints as `1.50hrs`), and
    /// Google's compute units.
    private static let families: [Family] = [
        Family(
            units: [
                Unit(name: "B", aliases: ["b", "byte"], factor: 1),
                Unit(name: "kB", aliases: ["kb", "kbyte", "kilobyte"], factor: 1024),
                Unit(name: "MB", aliases: ["mb", "mbyte", "megabyte"], factor: 1024 * 1024),
                Unit(name: "GB", aliases: ["gb", "gbyte", "gigabyte"], factor: 1024 * 1024 * 1024),
                Unit(name: "TB", aliases: ["tb", "tbyte", "terabyte"], factor: 1024 * 1024 * 1024 * 1024),
                Unit(name: "PB", aliases: ["pb", "pbyte", "petabyte"], factor: 1024 * 1024 * 1024 * 1024 * 1024),
            ],
            defaultUnit: Unit(name: "B", aliases: ["b", "byte"], factor: 1)),
        Family(
            units: [
                Unit(name: "ns", aliases: ["ns", "nanosecond"], factor: 1),
                Unit(name: "us", aliases: ["μs", "us", "microsecond"], factor: 1e3),
                Unit(name: "ms", aliases: ["ms", "millisecond"], factor: 1e6),
                Unit(name: "s", aliases: ["s", "sec", "second"], factor: 1e9),
                Unit(name: "hrs", aliases: ["hour", "hr"], factor: 3600e9),
            ],
            defaultUnit: Unit(name: "s", aliases: [], factor: 1e9)),
        Family(
            units: [
                Unit(name: "n*GCU", aliases: ["nanogcu"], factor: 0.001),
                Unit(name: "u*GCU", aliases: ["microgcu"], factor: 1),
                Unit(name: "m*GCU", aliases: ["milligcu"], factor: 1000),
                Unit(name: "GCU", aliases: ["gcu"], factor: 1e6),
                Unit(name: "k*GCU", aliases: ["kilogcu"], factor: 1e9),
                Unit(name: "M*GCU", aliases: ["megagcu"], factor: 1e12),
                Unit(name: "G*GCU", aliases: ["gigagcu"], factor: 1e15),
                Unit(name: "T*GCU", aliases: ["teragcu"], factor: 1e18),
                Unit(name: "P*GCU", aliases: ["petagcu"], factor: 1e21),
            ],
            defaultUnit: Unit(name: "GCU", aliases: [], factor: 1e6)),
    ]

    /// Lower-cased, with a plural `s` dropped from names longer than two letters (pprof's sniffUnit).
    private static func find(_ name: String, in family: Family) -> Unit? {
        var key = name.lowercased()
        if key.utf8.count > 2 && key.hasSuffix("s") { key.removeLast() }
        return family.units.first { $0.aliases.contains(key) }
    }

    /// `value` in `fromUnit` expressed in `toUnit` (`minimum`/`auto` pick the largest unit
    /// giving at least 1), and the unit's printed name. Units outside every family are not
    /// converted; `count` and friends print bare.
    package static func scale(_ value: Int64, from fromUnit: String, to toUnit: String) -> (Double, String) {
        if value < 0 && value != .min {
            let (scaled, unit) = scale(-value, from: fromUnit, to: toUnit)
            return (-scaled, unit)
        }
        for family in families {
            guard let from = find(fromUnit, in: family) else { continue }
            let base = Double(value) * from.factor
            if toUnit == "minimum" || toUnit == "auto" {
                var factor = 0.0
                var name = ""
                for unit in family.units where unit.factor >= factor && base / unit.factor >= 1 {
                    factor = unit.factor
                    name = unit.name
                }
                if factor == 0 { return (base / family.defaultUnit.factor, family.defaultUnit.name) }
                return (base / factor, name)
            }
            guard let to = find(toUnit, in: family) else {
                return (base / family.defaultUnit.factor, family.defaultUnit.name)
            }
            return (base / to.factor, to.name)
        }
        switch toUnit {
        case "count", "sample", "unit", "minimum", "auto": return (Double(value), "")
        default: return (Double(value), toUnit)
        }
    }

    /// pprof's `ScaledLabel`: two decimals, `.00` dropped, zero printed as `0`.
    package static func label(_ value: Int64, from fromUnit: String, to toUnit: String) -> String {
        let (scaled, unit) = scale(value, from: fromUnit, to: toUnit)
        var text = GoFloatFormat.fixed(scaled, precision: 2)
        if text.hasSuffix(".00") { text.removeLast(3) }
        if text == "0" || text == "-0" { return "0" }
        return text + unit
    }

    /// pprof's `Percentage`: `|value / total|` as `%5.2f%%`, `%5.2g%%` below 1%, `  100%` near 100.
    package static func percentage(_ value: Int64, of total: Int64) -> String {
        let ratio = total == 0 ? 0 : abs(Double(value) / Double(total)) * 100
        if ratio >= 99.95 && ratio <= 100.05 { return "  100%" }
        if ratio >= 1 { return leftPadded(GoFloatFormat.fixed(ratio, precision: 2), to: 5) + "%" }
        return leftPadded(generalFormat(ratio), to: 5) + "%"
    }

    /// `%.2g`: C's `%g` and Go's agree (trailing zeros dropped, exponent of at least two digits).
    private static func generalFormat(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.2g", $0) }
        return String(decoding: buffer.prefix(Int(max(0, count))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Go's `%Ns`: padded on the left to `width` code points.
    package static func leftPadded(_ text: String, to width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }
}
