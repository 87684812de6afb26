/// Correctly rounded conversion of JSON number text (already validated by the parser) to a
/// `Double`, fast for the numbers serializers write: up to 19 significant digits and a
/// decimal exponent within ±22.
///
/// A benchmark file's numbers are mostly 17-digit shortest representations, which Clinger's
/// classic fast path (exact only up to 2^53) rejects. Here the candidate from one
/// floating-point division is checked exactly against its rounding midpoints with 128-bit
/// integer products and moved by one unit in the last place when needed, so the result is
/// what strtod gives. Anything else goes to the general parser.
package enum JSONNumber {
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var afterDot = false
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                if mantissa != 0 || digit != 0 {
                    guard digits < 19 else { return general(bytes) }
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    digits += 1
                }
                if afterDot { exponent -= 1 }
            } else if byte == UInt8(ascii: ".") {
                afterDot = true
            } else {
                break
            }
            index += 1
        }
        if index < count {
            // The exponent part: e[+-]digits.
            index += 1
            var exponentNegative = false
            if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            while index < count {
                value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                guard value < 10_000 else { return general(bytes) }
                index += 1
            }
            exponent += exponentNegative ? -value : value
        }
        guard let magnitude = exact(mantissa, exponent) else { return general(bytes) }
        return negative ? -magnitude : magnitude
    }

    /// `mantissa × 10^exponent` correctly rounded, or nil when out of this method's reach.
    private static func exact(_ mantissa: UInt64, _ exponent: Int) -> Double? {
        if mantissa == 0 { return 0 }
        guard exponent >= -22, exponent <= 22 else { return nil }
        // Clinger: an exact integer times or over an exact power of ten rounds once.
        if mantissa <= 1 << 53 {
            return exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
        }
        guard exponent < 0 else { return nil }
        let k = -exponent
        var candidate = Double(mantissa) / powersOfTen[k]
        for _ in 0..<3 {
            guard let below = compare(mantissa, k, midpointOf: candidate, above: false),
                let above = compare(mantissa, k, midpointOf: candidate, above: true)
            else { return nil }
            // The exact value lies between the midpoints: the candidate is the nearest.
            if below > 0, above < 0 { return candidate }
            if below == 0 || above == 0 {
                // A tie goes to the even significand.
                let neighbour = below == 0 ? candidate.nextDown : candidate.nextUp
                return candidate.significandBitPattern & 1 == 0 ? candidate : neighbour
            }
            candidate = below < 0 ? candidate.nextDown : candidate.nextUp
        }
        return nil
    }

    /// The sign of `mantissa / 10^k − midpoint`, for the midpoint between `value` and its
    /// neighbour below or above; nil if the integers would not fit 128 bits.
    ///
    /// With 10^k = 5^k · 2^k (5^22 < 2^52), both sides are products of two 64-bit integers
    /// shifted by a power of two, compared as (high, low) word pairs.
    private static func compare(_ mantissa: UInt64, _ k: Int, midpointOf value: Double, above: Bool) -> Int? {
        guard value.isNormal, value > 0 else { return nil }
        // value = significand × 2^power with an integer significand of 53 bits.
        let significand = value.significandBitPattern | (1 << 52)
        let power = Int(value.exponent) - 52
        // The midpoint is (2·significand ± 1) × 2^(power − 1); at a power of two the one
        // below is closer: (4·significand − 1) × 2^(power − 2).
        var twiceMidpoint: UInt64
        var midpointPower = power - 1
        if !above, value.significandBitPattern == 0 {
            twiceMidpoint = 4 &* significand &- 1
            midpointPower = power - 2
        } else {
            twiceMidpoint = above ? 2 &* significand &+ 1 : 2 &* significand &- 1
        }
        // mantissa / (5^k 2^k) vs twiceMidpoint × 2^midpointPower
        //   ⇔ mantissa vs twiceMidpoint × 5^k × 2^(midpointPower + k).
        let right = twiceMidpoint.multipliedFullWidth(by: powersOfFive[k])
        var rightWords = (high: right.high, low: right.low)
        var leftWords = (high: UInt64(0), low: mantissa)
        let shift = midpointPower + k
        if shift >= 0 {
            guard let shifted = shiftLeft(rightWords, by: shift) else { return nil }
            rightWords = shifted
        } else {
            guard let shifted = shiftLeft(leftWords, by: -shift) else { return nil }
            leftWords = shifted
        }
        if leftWords.high != rightWords.high { return leftWords.high < rightWords.high ? -1 : 1 }
        if leftWords.low != rightWords.low { return leftWords.low < rightWords.low ? -1 : 1 }
        return 0
    }

    /// A 128-bit value shifted left, or nil when bits would be lost.
    private static func shiftLeft(_ words: (high: UInt64, low: UInt64), by shift: Int) -> (high: UInt64, low: UInt64)? {
        if shift == 0 { return words }
        guard shift < 128 else { return nil }
        if shift >= 64 {
            guard words.high == 0, words.low.leadingZeroBitCount >= shift - 64 else { return nil }
            return (words.low << (shift - 64), 0)
        }
        guard words.high.leadingZeroBitCount >= shift else { return nil }
        return ((words.high << shift) | (words.low >> (64 - shift)), words.low << shift)
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static let powersOfFive: [UInt64] = {
        var powers: [UInt64] = [1]
        for _ in 1...22 { powers.append(powers[powers.count - 1] * 5) }
        return powers
    }()

    /// Any other number: the general, correctly rounded parser.
    private static func general(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if case .success(let value) = GoNumberSyntax.parseDouble(bytes) { return value }
        return nil
    }
}
