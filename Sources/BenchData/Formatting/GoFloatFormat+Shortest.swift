extension GoFloatFormat {
    /// Enough for the longest shortest form: `-1.7976931348623157e+308` (24 bytes) or
    /// `-0.00012345678901234567` (23 bytes).
    static let shortestCapacity = 32

    /// Writes Go's `%v` spelling of `v` to `out` and returns the byte count.
    ///
    /// The digits come from Swift's own float printing, which like Go's `strconv` produces the
    /// shortest digit string that round-trips, picking the one closest to the exact value. Only
    /// the layout is Go's: where the decimal point goes and when to switch to exponent form.
    static func writeShortest(_ v: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if let special = specialSpelling(v, plusSign: false) {
            return copy(special, to: out)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: shortestCapacity) { digitBuffer in
            var decimal = ShortestDecimal(digits: digitBuffer.baseAddress!)
            v.write(to: &decimal)
            decimal.finish()
            var length = 0
            if v.sign == .minus {
                out[0] = UInt8(ascii: "-")
                length = 1
            }
            let exponent = decimal.pointPosition - 1
            // Go quirk: for shortest 'g' the exponent-form cut-off is fixed at 6 digits, so
            // 1e+06 and 1.2345675e+06 but 999999 and 0.0001.
            if decimal.count > 0 && (exponent < -4 || exponent >= 6) {
                length += writeExponentForm(decimal.digits, decimal.count, exponent, to: out + length)
            } else {
                length += writePlainForm(decimal.digits, decimal.count, decimal.pointPosition, to: out + length)
            }
            return length
        }
    }

    /// Go's spelling of the values that have no digits: `NaN` (`+NaN` under `%+`), `+Inf`, `-Inf`.
    static func specialSpelling(_ v: Double, plusSign: Bool) -> StaticString? {
        if v.isNaN { return plusSign ? "+NaN" : "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        return nil
    }

    static func copy(_ text: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        return text.utf8CodeUnitCount
    }

    /// `d.ddde±XX`: Go always writes at least two exponent digits.
    private static func writeExponentForm(
        _ digits: UnsafeMutablePointer<UInt8>, _ count: Int, _ exponent: Int,
        to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var length = 0
        out[length] = digits[0]
        length += 1
        if count > 1 {
            out[length] = UInt8(ascii: ".")
            length += 1
            out.advanced(by: length).update(from: digits + 1, count: count - 1)
            length += count - 1
        }
        out[length] = UInt8(ascii: "e")
        out[length + 1] = exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        length += 2
        let magnitude = exponent.magnitude
        if magnitude >= 100 {
            out[length] = UInt8(ascii: "0") + UInt8(magnitude / 100)
            length += 1
        }
        out[length] = UInt8(ascii: "0") + UInt8(magnitude / 10 % 10)
        out[length + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        return length + 2
    }

    /// `ddd.ddd` with exactly as many fraction digits as the shortest digits need (none for
    /// integers: Go prints `100`, not `100.0`).
    private static func writePlainForm(
        _ digits: UnsafeMutablePointer<UInt8>, _ count: Int, _ pointPosition: Int,
        to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var length = 0
        if pointPosition > 0 {
            for index in 0..<pointPosition {
                out[length] = index < count ? digits[index] : UInt8(ascii: "0")
                length += 1
            }
        } else {
            out[length] = UInt8(ascii: "0")
            length += 1
        }
        let fractionDigits = max(count - pointPosition, 0)
        if fractionDigits > 0 {
            out[length] = UInt8(ascii: ".")
            length += 1
            for offset in 0..<fractionDigits {
                let index = pointPosition + offset
                out[length] = index >= 0 && index < count ? digits[index] : UInt8(ascii: "0")
                length += 1
            }
        }
        return length
    }
}

/// Collects the significant digits of a Swift float description (`-123.45`, `1e-05`, `5e-324`,
/// `0.0`) as the float writes it, without leading or trailing zeros, and the position of the
/// decimal point relative to them: value = 0.d₁d₂… × 10^pointPosition. Zero has no digits.
///
/// Being the stream that `Double.write(to:)` writes to, rather than reading `description`, saves
/// allocating a `String` for every number longer than 15 bytes.
private struct ShortestDecimal: TextOutputStream {
    let digits: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var pointPosition = 0
    private var afterPoint = false
    private var inExponent = false
    private var exponentIsNegative = false
    private var exponent = 0

    init(digits: UnsafeMutablePointer<UInt8>) {
        self.digits = digits
    }

    mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { consume($0) }
    }

    /// The standard library's ASCII fast path for floats: the digits arrive without a `String`.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        consume(buffer)
    }

    private mutating func consume(_ text: UnsafeBufferPointer<UInt8>) {
        // Locals rather than stored properties in the loop: stores through `digits` could alias
        // `self`, which would keep the optimizer from holding these in registers.
        var count = self.count
        var pointPosition = self.pointPosition
        var afterPoint = self.afterPoint
        var index = 0
        while index < text.count && !inExponent {
            let byte = text[index]
            index += 1
            if (byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9")) || (byte == UInt8(ascii: "0") && count > 0) {
                // Swift writes at most 17 significant digits plus the `0` of a trailing `.0`.
                assert(count < GoFloatFormat.shortestCapacity)
                digits[count] = byte
                count += 1
                if !afterPoint { pointPosition += 1 }
            } else if byte == UInt8(ascii: "0") {
                if afterPoint { pointPosition -= 1 }  // a leading zero after the point
            } else if byte == UInt8(ascii: ".") {
                afterPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                inExponent = true
            }  // else the mantissa's sign, which the caller takes from the value
        }
        while index < text.count {
            let byte = text[index]
            index += 1
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                exponent = exponent * 10 + Int(byte &- UInt8(ascii: "0"))
            } else if byte == UInt8(ascii: "-") {
                exponentIsNegative = true
            }
        }
        self.count = count
        self.pointPosition = pointPosition
        self.afterPoint = afterPoint
    }

    /// Applies the exponent and drops trailing zeros; call once the float is written.
    mutating func finish() {
        pointPosition += exponentIsNegative ? -exponent : exponent
        while count > 0 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
        if count == 0 { pointPosition = 0 }
    }
}
