/// A shared scale for printing a row of values: divide by `factor`, print `precision` decimals,
/// then the prefix `suffix` (`62.91n`, `2904.0n`, `376.6Mi`), as benchunit's `Scaler` does.
package struct Scaler: Sendable, Hashable {
    /// The unscaled value of one `suffix` (1e-9 for `n`, 1024 for `Ki`).
    package var factor: Double
    /// Digits after the decimal point.
    package var precision: Int
    /// The unit prefix printed right after the number (`n`, `µ`, `Mi`, or empty).
    package var suffix: String

    package init(factor: Double, precision: Int, suffix: String) {
        self.factor = factor
        self.precision = precision
        self.suffix = suffix
    }

    /// `value / factor` as Go `%.Nf`, then the prefix. NaN and infinities keep the prefix
    /// (`NaNn`, `+InfT`), as in benchstat.
    package func format(_ value: Double) -> String {
        var suffix = self.suffix
        return suffix.withUTF8 { prefix in
            GoFloatFormat.withFixedBytes(value / factor, precision: precision, plusSign: false) { digits in
                String(unsafeUninitializedCapacity: digits.count + prefix.count) { out in
                    let end = out.initialize(fromContentsOf: digits)
                    let rest = UnsafeMutableBufferPointer(rebasing: out[end...])
                    return end + rest.initialize(fromContentsOf: prefix)
                }
            }
        }
    }

    /// `format(value)` appended to `bytes` without an intermediate `String`.
    package func append(_ value: Double, to bytes: inout [UInt8]) {
        GoFloatFormat.appendFixed(value / factor, precision: precision, to: &bytes)
        bytes.append(contentsOf: suffix.utf8)
    }

    /// The scale of one value on its own, as benchstat prints a geomean cell; benchunit's
    /// `Scale(v)` is `Scaler.scale(v, class:).format(v)`.
    package static func scale(_ value: Double, class unitClass: UnitClass) -> Scaler {
        common(CollectionOfOne(value), class: unitClass)
    }

    /// The scale that gives the non-zero value nearest zero four significant digits; every other
    /// value of the row shares it (`10456.6µ` next to `277.1µ`). All zero: three decimals, no
    /// prefix.
    package static func common<Values: Sequence<Double>>(
        _ values: Values, class unitClass: UnitClass
    ) -> Scaler {
        var smallest = 0.0
        for value in values {
            let magnitude = value.magnitude
            // benchunit quirk: a NaN taken while `smallest` is still 0 sticks, failing every
            // threshold below, so it lands in the last, finest prefix (`NaNn`).
            if magnitude != 0 && (smallest == 0 || magnitude < smallest) {
                smallest = magnitude
            }
        }
        if smallest == 0 {
            return Scaler(factor: 1, precision: 3, suffix: "")
        }
        let steps = unitClass == .decimal ? PrefixStep.decimal : PrefixStep.binary
        for step in steps {
            if smallest >= step.fourDigitsAbove100 { return step.scaler(precision: 1) }
            if smallest >= step.fourDigitsAbove10 { return step.scaler(precision: 2) }
            if smallest >= step.fourDigitsAbove1 { return step.scaler(precision: 3) }
        }
        // Below one of the finest prefix: stay there and add decimals, up to ten.
        let finest = steps[steps.count - 1]
        let scaled = smallest / finest.factor
        for (index, threshold) in PrefixStep.extraDecimalThresholds.enumerated()
        where scaled >= threshold || index == PrefixStep.extraDecimalThresholds.count - 1 {
            return finest.scaler(precision: 3 + index)
        }
        fatalError("unreachable: the last threshold always matches")
    }
}

/// One prefix with the smallest values that print with 1, 2 and 3 decimals under it. Each is the
/// double nearest the value that rounds up to the next power of ten (`99.995` prints `100.0`),
/// so the choice agrees with how the number is then printed.
private struct PrefixStep: Sendable {
    var factor: Double
    var suffix: String
    var fourDigitsAbove100: Double
    var fourDigitsAbove10: Double
    var fourDigitsAbove1: Double

    func scaler(precision: Int) -> Scaler {
        Scaler(factor: factor, precision: precision, suffix: suffix)
    }

    static let decimal: [PrefixStep] = [
        PrefixStep(
            factor: 1e12, suffix: "T",
            fourDigitsAbove100: 99.995e12, fourDigitsAbove10: 9.9995e12, fourDigitsAbove1: 0.99995e12),
        PrefixStep(
            factor: 1e9, suffix: "G",
            fourDigitsAbove100: 99.995e9, fourDigitsAbove10: 9.9995e9, fourDigitsAbove1: 0.99995e9),
        PrefixStep(
            factor: 1e6, suffix: "M",
            fourDigitsAbove100: 99.995e6, fourDigitsAbove10: 9.9995e6, fourDigitsAbove1: 0.99995e6),
        PrefixStep(
            factor: 1e3, suffix: "k",
            fourDigitsAbove100: 99.995e3, fourDigitsAbove10: 9.9995e3, fourDigitsAbove1: 0.99995e3),
        PrefixStep(
            factor: 1, suffix: "",
            fourDigitsAbove100: 99.995, fourDigitsAbove10: 9.9995, fourDigitsAbove1: 0.99995),
        PrefixStep(
            factor: 1e-3, suffix: "m",
            fourDigitsAbove100: 99.995e-3, fourDigitsAbove10: 9.9995e-3, fourDigitsAbove1: 0.99995e-3),
        PrefixStep(
            factor: 1e-6, suffix: "µ",
            fourDigitsAbove100: 99.995e-6, fourDigitsAbove10: 9.9995e-6, fourDigitsAbove1: 0.99995e-6),
        PrefixStep(
            factor: 1e-9, suffix: "n",
            fourDigitsAbove100: 99.995e-9, fourDigitsAbove10: 9.9995e-9, fourDigitsAbove1: 0.99995e-9),
    ]

    /// Binary thresholds are the decimal ones times an exact power of two. benchunit quirk: the
    /// `1` threshold of a prefix is 1024 of the next smaller one, so [1000, 1024)Ki prints as
    /// `1020Ki` rather than `0.996Mi`.
    static let binary: [PrefixStep] = [("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10), ("", 0)].map {
        suffix, bits in
        let power = Double(sign: .plus, exponent: bits, significand: 1)
        return PrefixStep(
            factor: power, suffix: suffix, fourDigitsAbove100: 99.995 * power,
            fourDigitsAbove10: 9.9995 * power, fourDigitsAbove1: 0.99995 * power)
    }

    /// Thresholds for 3…10 decimals below the finest prefix: 9.9995e-1 … 9.9995e-8.
    static let extraDecimalThresholds: [Double] = [
        9.9995e-1, 9.9995e-2, 9.9995e-3, 9.9995e-4, 9.9995e-5, 9.9995e-6, 9.9995e-7, 9.9995e-8,
    ]
}
