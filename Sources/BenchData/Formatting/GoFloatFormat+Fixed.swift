#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension GoFloatFormat {
    /// Formats `v` like Go's `%.Nf` (`%+.Nf` when `plusSign`) and hands the bytes to `body`.
    ///
    /// Values that benchstat actually prints (scaled centers, percentages, p-values) are done with
    /// exact integer arithmetic on the binary value, with no allocation. Everything else (huge
    /// numbers, tiny fractions) goes to C's `vsnprintf`, whose `%f` also rounds the exact binary
    /// value half to even, as Go's `strconv` does.
    static func withFixedBytes<Result>(
        _ v: Double, precision: Int, plusSign: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        precondition(precision >= 0, "fixed precision must not be negative")
        if let special = specialSpelling(v, plusSign: plusSign) {
            return body(UnsafeBufferPointer(start: special.utf8Start, count: special.utf8CodeUnitCount))
        }
        let exact = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 + precision) { buffer in
            writeExactFixed(v, precision: precision, plusSign: plusSign, to: buffer).map {
                body(UnsafeBufferPointer(rebasing: buffer[$0]))
            }
        }
        if let exact { return exact }
        return withCFixedBytes(v, precision: precision, plusSign: plusSign, body)
    }

    /// The reference path: C's `%.*f`. Package access so tests can check the exact path against it.
    package static func withCFixedBytes<Result>(
        _ v: Double, precision: Int, plusSign: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        // DBL_MAX has 309 integer digits; add sign, point and the fraction.
        let capacity = 312 + precision
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let written = withVaList([Int32(precision), v]) { arguments in
                vsnprintf(buffer.baseAddress!, capacity, plusSign ? "%+.*f" : "%.*f", arguments)
            }
            let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(written))
            return body(bytes.bindMemory(to: UInt8.self))
        }
    }

    /// Exact `%.Nf` for finite `v` whose integer part fits 63 bits and whose binary fraction has
    /// at most 60 bits, plus values that plainly round to zero. Returns the range of `buffer`
    /// holding the text, or nil when `v` is outside those bounds.
    ///
    /// Layout: `buffer[0]` is for the sign, `buffer[1]` for a carry out of the leading digit.
    private static func writeExactFixed(
        _ v: Double, precision: Int, plusSign: Bool, to buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Range<Int>? {
        let magnitude = v.magnitude
        var significand = magnitude.significandBitPattern
        var binaryExponent: Int
        if magnitude.exponentBitPattern == 0 {
            binaryExponent = -1074
        } else {
            significand |= 1 << 52
            binaryExponent = Int(magnitude.exponentBitPattern) - 1075
        }
        // value = significand × 2^binaryExponent; drop trailing zero bits so more values qualify.
        if significand != 0 {
            let zeros = significand.trailingZeroBitCount
            significand >>= UInt64(zeros)
            binaryExponent += zeros
        }

        var integerPart: UInt64
        var fraction: UInt64 = 0  // numerator over 2^fractionBits
        var fractionBits = 0
        if significand == 0 {
            integerPart = 0
        } else if binaryExponent >= 0 {
            guard binaryExponent < significand.leadingZeroBitCount else { return nil }
            integerPart = significand << UInt64(binaryExponent)
        } else if -binaryExponent <= 60 {
            fractionBits = -binaryExponent
            integerPart = significand >> UInt64(fractionBits)
            fraction = significand & ((1 << UInt64(fractionBits)) - 1)
        } else if precision < powersOfTen.count && magnitude * powersOfTen[precision] < 0.25 {
            // Far below half a unit in the last place even allowing for the multiply's rounding.
            integerPart = 0
        } else {
            return nil
        }

        var end = 2 + writeDecimal(integerPart, to: buffer.baseAddress! + 2)
        if precision > 0 {
            buffer[end] = UInt8(ascii: ".")
            end += 1
            for _ in 0..<precision {
                fraction *= 10
                buffer[end] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction >> UInt64(fractionBits))
                fraction &= (1 << UInt64(fractionBits)) - 1
                end += 1
            }
        }
        var start = 2
        if fractionBits > 0 {
            let half: UInt64 = 1 << UInt64(fractionBits - 1)
            let lastIsOdd = buffer[end - 1] & 1 == 1  // ASCII digits keep the parity of their value
            if fraction > half || (fraction == half && lastIsOdd) {
                if roundUp(buffer, from: end - 1, to: 2) { start = 1 }
            }
        }
        if v.sign == .minus {
            start -= 1
            buffer[start] = UInt8(ascii: "-")
        } else if plusSign {
            start -= 1
            buffer[start] = UInt8(ascii: "+")
        }
        return start..<end
    }

    /// Adds one to the decimal digits ending at `last`, skipping the point; returns true when the
    /// carry ran out of digits and a `1` was written just before `first`.
    private static func roundUp(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, from last: Int, to first: Int
    ) -> Bool {
        var index = last
        while index >= first {
            switch buffer[index] {
            case UInt8(ascii: "."):
                break
            case UInt8(ascii: "9"):
                buffer[index] = UInt8(ascii: "0")
            default:
                buffer[index] += 1
                return false
            }
            index -= 1
        }
        buffer[first - 1] = UInt8(ascii: "1")
        return true
    }

    /// Writes `value` in decimal and returns the digit count.
    static func writeDecimal(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        var remaining = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
        }
        return count
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }
}
