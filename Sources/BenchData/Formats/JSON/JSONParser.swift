/// The single pass that turns JSON bytes into ``JSONDocument`` nodes.
///
/// Iterative, with an explicit stack of open containers, so deep nesting in a hostile file
/// is an error, never a stack overflow. Follows RFC 8259 strictly: no comments, no trailing
/// commas, no leading zeros, no raw control characters in strings.
struct JSONParser {
    /// The text being parsed.
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private(set) var nodes: [JSONDocument.Node] = []
    /// The containers opened and not yet closed, outermost first.
    private(set) var open: [Int32] = []

    /// Nesting deeper than this is rejected (no result format comes close).
    private static let maximumDepth = 10_000

    /// Whether several values may follow each other (JSON Lines, `go test -json` output).
    private let allowsSequence: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, allowsSequence: Bool = false) {
        self.bytes = bytes
        self.allowsSequence = allowsSequence
        // About one node per 12 bytes in pretty-printed benchmark output.
        nodes.reserveCapacity(bytes.count / 12 + 16)
    }

    mutating func parse() throws(JSONSyntaxError) {
        guard bytes.count < Int(Int32.max) else {
            throw JSONSyntaxError(offset: 0, message: "file larger than 2 GiB")
        }
        // A UTF-8 byte order mark, as some Windows tools write, is not part of the text.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        guard position < bytes.count else { throw JSONSyntaxError(offset: position, message: "the file is empty") }
        while true {
            // An opened container wants its first value next, without closing anything.
            if try parseValue() { continue }
            // After a value: close containers or move on to the next element or member.
            while true {
                skipWhitespace()
                guard let container = open.last else {
                    if allowsSequence, position < bytes.count { break }
                    guard position == bytes.count else {
                        throw JSONSyntaxError(offset: position, message: "unexpected text after the end of the value")
                    }
                    return
                }
                guard position < bytes.count else { throw endOfInput() }
                let byte = bytes[position]
                let isObject = nodes[Int(container)].kind == .object
                if byte == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    if isObject { try parseKey() }
                    break
                }
                guard byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw JSONSyntaxError(
                        offset: position,
                        message: isObject
                            ? "expected ',' or '}' after an object member"
                            : "expected ',' or ']' after an array element")
                }
                position += 1
                close(container)
            }
        }
    }

    /// Parses the value at `position`. A non-empty container is only opened (and an object's
    /// first key read); then it returns true and its first value comes next.
    private mutating func parseValue() throws(JSONSyntaxError) -> Bool {
        guard position < bytes.count else { throw endOfInput() }
        let start = position
        let parent = open.last ?? -1
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = bytes[position] == UInt8(ascii: "{")
            guard open.count < Self.maximumDepth else {
                throw JSONSyntaxError(offset: position, message: "nesting deeper than \(Self.maximumDepth) levels")
            }
            let index = Int32(nodes.count)
            nodes.append(
                .init(
                    kind: isObject ? .object : .array, isEscaped: false, start: Int32(start), end: Int32(start),
                    next: index + 1, parent: parent))
            open.append(index)
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw endOfInput() }
            if bytes[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                position += 1
                close(index)
                return false
            }
            if isObject { try parseKey() }
            return true
        case UInt8(ascii: "\""):
            try parseString(parent: parent)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
            append(.number, from: start, parent: parent)
        case UInt8(ascii: "t"):
            try literal("true")
            append(.bool, from: start, parent: parent)
        case UInt8(ascii: "f"):
            try literal("false")
            append(.bool, from: start, parent: parent)
        case UInt8(ascii: "n"):
            try literal("null")
            append(.null, from: start, parent: parent)
        default:
            throw JSONSyntaxError(offset: position, message: "expected a value, found \(describe(bytes[position]))")
        }
        return false
    }

    private mutating func close(_ index: Int32) {
        nodes[Int(index)].end = Int32(position)
        nodes[Int(index)].next = Int32(nodes.count)
        open.removeLast()
    }

    private mutating func parseKey() throws(JSONSyntaxError) {
        guard position < bytes.count else { throw endOfInput() }
        guard bytes[position] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError(
                offset: position, message: "expected a member name in double quotes, found \(describe(bytes[position]))"
            )
        }
        try parseString(parent: open.last ?? -1)
        skipWhitespace()
        guard position < bytes.count else { throw endOfInput() }
        guard bytes[position] == UInt8(ascii: ":") else {
            throw JSONSyntaxError(offset: position, message: "expected ':' after a member name")
        }
        position += 1
        skipWhitespace()
    }

    private mutating func parseString(parent: Int32) throws(JSONSyntaxError) {
        let opening = position
        position += 1
        let start = position
        var escaped = false
        let count = bytes.count
        skipPlainStringBytes()
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let index = Int32(nodes.count)
                nodes.append(
                    .init(
                        kind: .string, isEscaped: escaped, start: Int32(start), end: Int32(position), next: index + 1,
                        parent: parent))
                position += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try skipEscape()
                continue
            }
            if byte < 0x20 {
                throw JSONSyntaxError(
                    offset: position, message: "control character in a string (unescaped line break?)")
            }
            position += 1
            skipPlainStringBytes()
        }
        throw JSONSyntaxError(
            offset: opening, message: "unterminated string: the file ends inside it (is it truncated?)")
    }

    private mutating func skipEscape() throws(JSONSyntaxError) {
        guard position + 1 < bytes.count else { throw endOfInput() }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            guard position + 6 <= bytes.count else { throw endOfInput() }
            for offset in 2..<6 where JSONText.hexValue(bytes[position + offset]) == nil {
                throw JSONSyntaxError(offset: position, message: "invalid \\u escape")
            }
            position += 6
        default:
            throw JSONSyntaxError(offset: position, message: "invalid escape \\\(describe(bytes[position + 1]))")
        }
    }

    /// Checks RFC 8259 number syntax: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() throws(JSONSyntaxError) {
        do {
            try scanNumber()
        } catch {
            // A number cut off by the end of the file is a truncated file.
            throw position >= bytes.count ? endOfInput() : error
        }
    }

    private mutating func scanNumber() throws(JSONSyntaxError) {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            throw JSONSyntaxError(offset: start, message: "invalid number")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw JSONSyntaxError(offset: start, message: "invalid number (leading zero)")
            }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw JSONSyntaxError(offset: start, message: "invalid number (no digits after '.')")
            }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw JSONSyntaxError(offset: start, message: "invalid number (no digits in the exponent)")
            }
            skipDigits()
        }
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always) private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw endOfInput() }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
            throw JSONSyntaxError(offset: position, message: "expected a value, found \(describe(bytes[position]))")
        }
        position += length
    }

    @inline(__always) private mutating func append(_ kind: JSONDocument.Kind, from start: Int, parent: Int32) {
        let index = Int32(nodes.count)
        nodes.append(
            .init(
                kind: kind, isEscaped: false, start: Int32(start), end: Int32(position), next: index + 1, parent: parent
            ))
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash or a control
    /// character (the usual SWAR tests for a zero byte and a byte below a bound).
    @inline(__always) private mutating func skipPlainStringBytes() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let special =
                ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { return }
            position += 8
        }
    }

    @inline(__always) private mutating func skipWhitespace() {
        // Indentation: eight spaces at a time.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while position + 8 <= bytes.count,
                raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) == 0x2020_2020_2020_2020
            {
                position += 8
            }
        }
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func endOfInput() -> JSONSyntaxError {
        JSONSyntaxError(offset: bytes.count, message: "unexpected end of file (is it truncated?)")
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
