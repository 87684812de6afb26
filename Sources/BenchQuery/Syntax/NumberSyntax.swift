/// Decides whether a bare word is a number: `10`, `0.01`, `-5%`, `1e-3`, `1.5ms`, `200MB/s`.
///
/// The lexer first takes the longest run of word bytes and only then asks this, so a word
/// that merely starts with digits (a short SHA like `1a2b3c`, a ref like `2024-05-01`) stays a word.
enum NumberSyntax {
    /// The number spelled by `bytes`, or `nil` when they are not entirely a number.
    static func parse(_ bytes: ArraySlice<UInt8>) -> NumberValue? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < end, ByteClass.isDigit(bytes[index]) else { return nil }
        index = skipDigits(bytes, from: index)
        if index + 1 < end, bytes[index] == UInt8(ascii: "."), ByteClass.isDigit(bytes[index + 1]) {
            index = skipDigits(bytes, from: index + 1)
        }
        index = exponentEnd(bytes, from: index)
        let numberEnd = index

        let suffix: NumberValue.Suffix
        if index == end {
            suffix = .none
        } else if bytes[index] == UInt8(ascii: "%"), index + 1 == end {
            suffix = .percent
        } else if isUnitStart(bytes[index]), bytes[(index + 1)...].allSatisfy(isUnitByte) {
            suffix = .unit(String(decoding: bytes[index...], as: UTF8.self))
        } else {
            return nil
        }
        guard let value = Double(String(decoding: bytes[..<numberEnd], as: UTF8.self)) else { return nil }
        return NumberValue(text: String(decoding: bytes, as: UTF8.self), value: value, suffix: suffix)
    }

    private static func skipDigits(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.endIndex, ByteClass.isDigit(bytes[index]) { index += 1 }
        return index
    }

    /// After `e`/`E`, an optional sign and digits; otherwise the `e` begins a unit (`1em`).
    private static func exponentEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        guard start < bytes.endIndex, bytes[start] | 0x20 == UInt8(ascii: "e") else { return start }
        var index = start + 1
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index += 1
        }
        guard index < bytes.endIndex, ByteClass.isDigit(bytes[index]) else { return start }
        return skipDigits(bytes, from: index)
    }

    /// Units start with a letter (`µs` starts with a non-ASCII one).
    private static func isUnitStart(_ byte: UInt8) -> Bool {
        ByteClass.isLetter(byte) || byte >= 0x80
    }

    private static func isUnitByte(_ byte: UInt8) -> Bool {
        isUnitStart(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "_")
    }
}
