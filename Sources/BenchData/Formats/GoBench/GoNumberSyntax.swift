/// Number parsing with Go's `strconv` rules, on raw bytes.
///
/// The Go benchmark format is defined by what Go's own reader accepts: `1_000` is a number,
/// `0x10` is not (a hex float needs a `p` exponent), `NaN` and `+Inf` are, and a value too
/// large for a float64 is "value out of range". The error texts are strconv's, because
/// benchstat prints them (`parsing measurement: invalid syntax`).
package enum GoNumberSyntax {
    /// Why a number did not parse; the raw text is strconv's error wording.
    package enum Failure: String, Error, Sendable {
        case invalidSyntax = "invalid syntax"
        case outOfRange = "value out of range"
    }

    /// Parses a base-10 integer as `strconv.Atoi` does.
    package static func parseInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Failure> {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return .failure(.invalidSyntax) }
        var magnitude: UInt64 = 0
        var overflow = false
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return .failure(.invalidSyntax) }
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
            if o1 || o2 { overflow = true }
            magnitude = sum
            index += 1
        }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if overflow || magnitude > limit { return .failure(.outOfRange) }
        return .success(negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude))
    }

    /// Parses a float64 as `strconv.ParseFloat(s, 64)` does.
    package static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, Failure> {
        guard !bytes.isEmpty else { return .failure(.invalidSyntax) }
        // Fast path: plain digits, as most benchmark values are.
        var integer: UInt64 = 0
        var plain = bytes.count <= 18
        if plain {
            for byte in bytes {
                let digit = byte &- UInt8(ascii: "0")
                if digit >= 10 {
                    plain = false
                    break
                }
                integer = integer &* 10 &+ UInt64(digit)
            }
            if plain { return .success(Double(integer)) }
        }
        if let special = parseSpecial(bytes) { return .success(special) }
        switch scanDecimal(bytes) {
        case .invalid:
            return scanHex(bytes)
        case .exact(let value):
            return .success(value)
        case .needsSlowPath(let hasUnderscores):
            return slowParse(bytes, removingUnderscores: hasUnderscores)
        }
    }

    private enum DecimalScan {
        case invalid
        case exact(Double)
        case needsSlowPath(hasUnderscores: Bool)
    }

    /// Validates `[+-]digits[.digits][e[+-]digits]` (underscores only between digits) and,
    /// when the value is exactly representable by Clinger's fast path, computes it.
    private static func scanDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalScan {
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var sawDigits = false
        var sawDot = false
        var decimalExponent = 0
        var underscores = false
        var previousWasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                guard separatesDigits(bytes, underscoreAt: index, afterDigit: previousWasDigit) else { return .invalid }
                underscores = true
                previousWasDigit = false
            } else if byte == UInt8(ascii: ".") {
                if sawDot { return .invalid }
                sawDot = true
                previousWasDigit = false
            } else if byte &- UInt8(ascii: "0") < 10 {
                sawDigits = true
                previousWasDigit = true
                if mantissa == 0 && byte == UInt8(ascii: "0") {
                    if sawDot { decimalExponent -= 1 }
                } else if significantDigits < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    significantDigits += 1
                    if sawDot { decimalExponent -= 1 }
                } else {
                    // Too many digits for the exact path; remember the magnitude only.
                    significantDigits += 1
                    if !sawDot { decimalExponent += 1 }
                }
            } else {
                break
            }
            index += 1
        }
        guard sawDigits else { return .invalid }
        if index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") else { return .invalid }
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            var exponentDigits = false
            var previousDigit = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "_") {
                    guard separatesDigits(bytes, underscoreAt: index, afterDigit: previousDigit) else {
                        return .invalid
                    }
                    underscores = true
                    previousDigit = false
                } else if byte &- UInt8(ascii: "0") < 10 {
                    if exponent < 100_000 { exponent = exponent * 10 + Int(byte - UInt8(ascii: "0")) }
                    exponentDigits = true
                    previousDigit = true
                } else {
                    return .invalid
                }
                index += 1
            }
            guard exponentDigits else { return .invalid }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        if significantDigits > 19 || mantissa > (1 << 53) || decimalExponent < -22 || decimalExponent > 22 {
            return .needsSlowPath(hasUnderscores: underscores)
        }
        var value = Double(mantissa)
        if decimalExponent < 0 {
            value /= powersOfTen[-decimalExponent]
        } else {
            value *= powersOfTen[decimalExponent]
        }
        return .exact(negative ? -value : value)
    }

    /// Whether the `_` at `index` stands between two digits, the only place strconv allows it.
    private static func separatesDigits(
        _ bytes: UnsafeBufferPointer<UInt8>, underscoreAt index: Int, afterDigit: Bool
    ) -> Bool {
        afterDigit && index + 1 < bytes.count && bytes[index + 1] &- UInt8(ascii: "0") < 10
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `inf`, `infinity` (optionally signed) and `nan`, in any case, as strconv accepts them.
    private static func parseSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var sign = 1.0
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            if bytes[0] == UInt8(ascii: "-") { sign = -1 }
            index = 1
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        if equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity") { return sign * .infinity }
        // strconv takes no sign before NaN.
        if index == 0, equalsIgnoringCase(rest, "nan") { return .nan }
        return nil
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (byte, letter) in zip(bytes, expected) where byte | 0x20 != letter { return false }
        return true
    }

    /// Hexadecimal floats (`0x1.8p3`): strconv requires the `p` exponent.
    private static func scanHex(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, Failure> {
        var index = 0
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") { index = 1 }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "0"),
            bytes[index + 1] | 0x20 == UInt8(ascii: "x")
        else { return .failure(.invalidSyntax) }
        index += 2
        var digits = false
        var sawDot = false
        var underscores = false
        while index < bytes.count {
            let byte = bytes[index]
            if isHexDigit(byte) {
                digits = true
            } else if byte == UInt8(ascii: ".") && !sawDot {
                sawDot = true
            } else if byte == UInt8(ascii: "_") {
                underscores = true
            } else {
                break
            }
            index += 1
        }
        guard digits, index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "p") else {
            return .failure(.invalidSyntax)
        }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var exponentDigits = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                exponentDigits = true
            } else if byte == UInt8(ascii: "_") {
                underscores = true
            } else {
                return .failure(.invalidSyntax)
            }
            index += 1
        }
        guard exponentDigits else { return .failure(.invalidSyntax) }
        return slowParse(bytes, removingUnderscores: underscores)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    /// Correctly rounded conversion of already-validated text; overflow is strconv's range error.
    private static func slowParse(_ bytes: UnsafeBufferPointer<UInt8>, removingUnderscores: Bool) -> Result<
        Double, Failure
    > {
        let text: String
        if removingUnderscores {
            text = String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        guard let value = Double(text) else { return .failure(.invalidSyntax) }
        if value.isInfinite { return .failure(.outOfRange) }
        return .success(value)
    }
}
