#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A forward-only, validating pass over JSON bytes for readers that pick a few fields out of
/// a large file without building a ``JSONDocument`` (Google Benchmark rows, `go test -json`
/// events).
///
/// It accepts a subset of what ``JSONParser`` accepts and never reports errors: at the first
/// thing it does not handle (invalid JSON included) it answers false or nil, and the caller
/// falls back to the full parse, which then reads the same text the same way or names the
/// field that is wrong. Being stricter than the parser is therefore safe; being looser never is.
struct JSONScanner {
    /// A string's contents (without quotes), and whether they hold a backslash escape.
    struct Span {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    private(set) var position = 0

    /// Deeper nesting is left to the parser (which allows more, without recursion).
    private static let maximumDepth = 256

    /// A scanner at the start of `bytes` (after a UTF-8 byte order mark, as the parser
    /// skips it); nil for input the parser's offsets cannot address.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count < Int(Int32.max) else { return nil }
        self.bytes = bytes
        self.base = base
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position >= bytes.count }

    /// The byte at the position, or 0 at the end (a byte no valid JSON has outside strings).
    @inline(__always) var current: UInt8 { position < bytes.count ? base[position] : 0 }

    /// Moves past `byte` when it is next.
    @inline(__always) mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        position += 1
        return true
    }

    /// The bytes of `span` (or any range of the input).
    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// Whether the bytes from `start` to `end` spell `text`.
    @inline(__always) func equals(_ start: Int, _ end: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard end - start == count else { return false }
        let other = text.utf8Start
        for offset in 0..<count where base[start + offset] != other[offset] { return false }
        return true
    }

    /// Skips blanks eight bytes at a time: indentation and line breaks of pretty-printed
    /// files are most of their bytes.
    @inline(__always) mutating func skipWhitespace() {
        // No blank, or the one space after a colon: the usual cases, decided at once.
        if position + 1 < bytes.count {
            let byte = base[position]
            if byte > 0x20 { return }
            if byte == 0x20, base[position + 1] > 0x20 {
                position += 1
                return
            }
        }
        skipBlankRun()
    }

    private mutating func skipBlankRun() {
        let raw = UnsafeRawPointer(base)
        while position + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let blanks =
                Self.zeroBytes(word ^ 0x2020_2020_2020_2020) | Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                | Self.zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D) | Self.zeroBytes(word ^ 0x0909_0909_0909_0909)
            let others = ~blanks & 0x8080_8080_8080_8080
            if others != 0 {
                position += others.trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
        while position < bytes.count {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The high bit of exactly the zero bytes of `word` (no carries between bytes).
    @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Reads a string starting at its opening quote; nil when it is invalid or unterminated.
    mutating func string() -> Span? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = position
        var escaped = false
        while true {
            skipPlainStringBytes()
            guard position < bytes.count else { return nil }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return Span(start: start, end: position - 1, escaped: escaped)
            }
            if byte == UInt8(ascii: "\\") {
                guard skipEscape() else { return nil }
                escaped = true
            } else if byte < 0x20 {
                return nil
            } else {
                position += 1
            }
        }
    }

    /// Reads a string starting at its opening quote and appends its decoded contents to
    /// `output` in the same pass; false (with `output` as it was) when it is invalid.
    mutating func decodeString(into output: inout [UInt8]) -> Bool {
        let opening = position
        let mark = output.count
        guard consume(UInt8(ascii: "\"")) else { return false }
        var runStart = position
        while true {
            skipPlainStringBytes()
            guard position < bytes.count else { break }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                output.append(contentsOf: slice(runStart, position))
                position += 1
                return true
            }
            if byte == UInt8(ascii: "\\") {
                guard position + 1 < bytes.count else { break }
                let decoded: UInt8
                switch base[position + 1] {
                case UInt8(ascii: "n"): decoded = 0x0A
                case UInt8(ascii: "t"): decoded = 0x09
                case UInt8(ascii: "r"): decoded = 0x0D
                case UInt8(ascii: "b"): decoded = 0x08
                case UInt8(ascii: "f"): decoded = 0x0C
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = base[position + 1]
                default:
                    // A \u escape (surrogate pairs and all) or an invalid one: the general way.
                    output.removeLast(output.count - mark)
                    position = opening
                    guard let span = string() else { return false }
                    JSONText.unescape(slice(span.start, span.end), into: &output)
                    return true
                }
                output.append(contentsOf: slice(runStart, position))
                output.append(decoded)
                position += 2
                runStart = position
            } else if byte < 0x20 {
                break
            } else {
                position += 1
            }
        }
        output.removeLast(output.count - mark)
        return false
    }

    private mutating func skipEscape() -> Bool {
        guard position + 1 < bytes.count else { return false }
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
            return true
        case UInt8(ascii: "u"):
            guard position + 6 <= bytes.count else { return false }
            for offset in 2..<6 where JSONText.hexValue(base[position + offset]) == nil { return false }
            position += 6
            return true
        default:
            return false
        }
    }

    /// Skips eight bytes at a time while none is a quote, a backslash or a control character,
    /// then to the first such byte of the eight.
    @inline(__always) private mutating func skipPlainStringBytes() {
        let raw = UnsafeRawPointer(base)
        while position + 8 <= bytes.count {
            let mask = JSONScanner.specialBytes(raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            if mask != 0 {
                position += mask.trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
    }

    /// The high bit of each byte of `word` that may be a quote, a backslash or below 0x20
    /// (the SWAR tests for a zero byte and a byte below a bound). A flag can be wrong only
    /// above a true one, so the lowest flag is exact.
    @inline(__always) static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return special & 0x8080_8080_8080_8080
    }

    /// Reads a number with RFC 8259 syntax; its byte range, or nil when invalid.
    mutating func number() -> Range<Int>? {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if isDigit(current) { return nil }
        } else {
            guard isDigit(current) else { return nil }
            skipDigits()
        }
        if consume(UInt8(ascii: ".")) {
            guard isDigit(current) else { return nil }
            skipDigits()
        }
        if current | 0x20 == UInt8(ascii: "e") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard isDigit(current) else { return nil }
            skipDigits()
        }
        return start..<position
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always) private mutating func skipDigits() {
        while position < bytes.count, isDigit(base[position]) { position += 1 }
    }

    /// Reads `true`, `false` or `null`; which one, or nil.
    mutating func literal() -> JSONDocument.Kind? {
        let (word, kind): (StaticString, JSONDocument.Kind)
        switch current {
        case UInt8(ascii: "t"): (word, kind) = ("true", .bool)
        case UInt8(ascii: "f"): (word, kind) = ("false", .bool)
        case UInt8(ascii: "n"): (word, kind) = ("null", .null)
        default: return nil
        }
        let end = position + word.utf8CodeUnitCount
        guard end <= bytes.count, equals(position, end, word) else { return nil }
        position = end
        return kind
    }

    /// Validates and skips any value; its kind, or nil when invalid (or nested too deeply).
    mutating func skipValue(depth: Int = 0) -> JSONDocument.Kind? {
        switch current {
        case UInt8(ascii: "\""):
            return string() == nil ? nil : .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number() == nil ? nil : .number
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { return nil }
            let isObject = current == UInt8(ascii: "{")
            let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipWhitespace()
            if consume(closing) { return isObject ? .object : .array }
            while true {
                if isObject {
                    guard string() != nil else { return nil }
                    skipWhitespace()
                    guard consume(UInt8(ascii: ":")) else { return nil }
                    skipWhitespace()
                }
                guard skipValue(depth: depth + 1) != nil else { return nil }
                skipWhitespace()
                if consume(closing) { return isObject ? .object : .array }
                guard consume(UInt8(ascii: ",")) else { return nil }
                skipWhitespace()
            }
        default:
            return literal()
        }
    }

    /// After a member's key: blanks, the colon, blanks.
    @inline(__always) mutating func colon() -> Bool {
        skipWhitespace()
        guard consume(UInt8(ascii: ":")) else { return false }
        skipWhitespace()
        return true
    }

    /// After a member or element: true when another follows (the comma is consumed), false
    /// when `closing` ends the container (consumed), nil for anything else.
    @inline(__always) mutating func separator(_ closing: UInt8) -> Bool? {
        skipWhitespace()
        if consume(UInt8(ascii: ",")) {
            skipWhitespace()
            return true
        }
        return consume(closing) ? false : nil
    }

    /// Whether two ranges of the input hold the same bytes.
    func equalBytes(_ lhs: (Int, Int), _ rhs: (Int, Int)) -> Bool {
        let count = lhs.1 - lhs.0
        guard rhs.1 - rhs.0 == count, let base = bytes.baseAddress else { return false }
        return count == 0 || memcmp(base + lhs.0, base + rhs.0, count) == 0
    }

    /// The decoded text of a string read by ``string()`` (invalid UTF-8 repaired).
    func text(_ span: Span) -> String {
        guard span.escaped else { return String(decoding: slice(span.start, span.end), as: UTF8.self) }
        var output: [UInt8] = []
        JSONText.unescape(slice(span.start, span.end), into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
