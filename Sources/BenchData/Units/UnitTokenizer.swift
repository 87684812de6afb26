/// Splits a unit such as `user-ns/op` into tokens the way benchunit's unit parser does, so that
/// tidying and scale classes see the same words benchstat sees.
///
/// Separators are `*`, `/`, `-` and Unicode white space (Go's `unicode.IsSpace`). A `/` moves
/// the following tokens into the denominator.
struct UnitTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Whether the token last returned by `next()` is in the denominator.
    private(set) var inDenominator = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte range of the next token, or nil at the end.
    mutating func next() -> Range<Int>? {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*") {
                // benchunit quirk: `*` returns to the numerator, so `ns/op*ns` tidies the last `ns`.
                inDenominator = false
                index += 1
            } else if byte == UInt8(ascii: "/") {
                inDenominator = true
                index += 1
            } else if byte == UInt8(ascii: "-") {
                index += 1
            } else {
                let space = Self.whiteSpaceLength(bytes, at: index)
                if space == 0 { break }
                index += space
            }
        }
        guard index < bytes.count else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")
                || Self.whiteSpaceLength(bytes, at: index) > 0
            {
                break
            }
            index += 1
        }
        return start..<index
    }

    /// Whether the token at `range` is exactly `word`.
    func token(_ range: Range<Int>, is word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// The UTF-8 length of the white-space scalar at `index`, or 0 if there is none: ASCII
    /// `\t \n \v \f \r` and space, U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F,
    /// U+205F and U+3000.
    static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 {
            return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0
        }
        let remaining = bytes.count - index
        switch lead {
        case 0xC2 where remaining >= 2:
            let second = bytes[index + 1]
            return second == 0x85 || second == 0xA0 ? 2 : 0
        case 0xE1 where remaining >= 3:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where remaining >= 3:
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where remaining >= 3:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
