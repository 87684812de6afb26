/// One token of the syntax shared by filters and projections.
struct QueryToken {
    enum Kind: Equatable {
        case word, quotedWord, regexp
        case and, or  // the upper-case keywords AND / OR
        case openParen, closeParen, colon, at, comma, minus, star
        case end
    }

    var kind: Kind
    /// Byte offset of the token in the query.
    var offset: Int
    /// The word (quoted words unescaped), the regexp source, or the operator character.
    var text: String
    var regex: GoRegex?

    var isWord: Bool { kind == .word || kind == .quotedWord }
}

/// Splits a query into tokens on demand.
///
/// Tokenizing depends on context (a `/` starts a regexp only where a value may appear), so
/// the parsers ask for one token at a time. Like benchproc, only the first error is kept:
/// after it, every request yields the end token, so parsing winds down without new reports.
final class QueryLexer {
    let query: String
    private let bytes: [UInt8]
    private(set) var firstError: QuerySyntaxError?
    private var compiledRegexps: [Int: GoRegex] = [:]

    init(_ query: String) {
        self.query = query
        self.bytes = Array(query.utf8)
    }

    /// Reads the token at or after `position`, first moving `position` past white space
    /// (benchproc reports errors at the next token, not at the blank before it). Returns the
    /// token and the position just after it.
    func next(_ position: inout Int, allowRegexp: Bool = false) -> (QueryToken, Int) {
        while position < bytes.count {
            let byte = bytes[position]
            if let kind = Self.operatorKind(byte, atWordStart: true) {
                return (QueryToken(kind: kind, offset: position, text: String(UnicodeScalar(byte))), position + 1)
            }
            if byte == UInt8(ascii: " ") {
                position += 1
                continue
            }
            let (scalar, length) = QueryBytes.scalar(bytes, at: position)
            if scalar.properties.isWhitespace {
                position += length
            } else if allowRegexp, byte == UInt8(ascii: "/") {
                return regexp(at: position)
            } else if byte == UInt8(ascii: "\"") {
                return quotedWord(at: position)
            } else {
                return bareWord(at: position)
            }
        }
        return endToken(at: position)
    }

    /// Records `message` at `position` unless an earlier error was recorded, and returns the
    /// end token with nothing left to read.
    @discardableResult
    func fail(_ message: String, at position: Int) -> (QueryToken, Int) {
        if firstError == nil {
            firstError = QuerySyntaxError(message: message, query: query, offset: position)
        }
        return (QueryToken(kind: .end, offset: position, text: ""), bytes.count)
    }

    /// Checks that nothing but white space is left after `position`.
    func expectEnd(_ position: Int) {
        var position = position
        let (token, _) = next(&position)
        if token.kind != .end { fail("unexpected \(Self.goQuoted(token.text))", at: position) }
    }

    private func endToken(at position: Int) -> (QueryToken, Int) {
        (QueryToken(kind: .end, offset: position, text: ""), position)
    }

    /// `-` and `*` are operators only where a word would start; `foo-bar` is one word.
    private static func operatorKind(_ byte: UInt8, atWordStart: Bool) -> QueryToken.Kind? {
        switch byte {
        case UInt8(ascii: "("): return .openParen
        case UInt8(ascii: ")"): return .closeParen
        case UInt8(ascii: ":"): return .colon
        case UInt8(ascii: "@"): return .at
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: "-") where atWordStart: return .minus
        case UInt8(ascii: "*") where atWordStart: return .star
        default: return nil
        }
    }

    private func bareWord(at start: Int) -> (QueryToken, Int) {
        var end = start
        while end < bytes.count {
            if Self.operatorKind(bytes[end], atWordStart: false) != nil { break }
            let (scalar, length) = QueryBytes.scalar(bytes, at: end)
            if scalar.properties.isWhitespace { break }
            end += length
        }
        let word = QueryBytes.text(bytes, start..<end)
        let kind: QueryToken.Kind = word == "AND" ? .and : word == "OR" ? .or : .word
        return (QueryToken(kind: kind, offset: start, text: word), end)
    }

    private func quotedWord(at start: Int) -> (QueryToken, Int) {
        // benchproc's scan: a quote preceded by a backslash never closes, even after "\\".
        var close = start + 1
        while close < bytes.count, bytes[close] != UInt8(ascii: "\"") || bytes[close - 1] == UInt8(ascii: "\\") {
            close += 1
        }
        guard close < bytes.count else { return fail("missing end quote", at: start) }
        guard let word = GoStringLiteral.unquote(bytes[(start + 1)..<close]) else {
            return fail("bad escape sequence", at: start)
        }
        return (QueryToken(kind: .quotedWord, offset: start, text: word), close + 1)
    }

    private func regexp(at start: Int) -> (QueryToken, Int) {
        guard let close = closingSlash(after: start) else { return fail(#"missing close "/""#, at: start) }
        let source = QueryBytes.text(bytes, (start + 1)..<close)
        let regex: GoRegex
        if let cached = compiledRegexps[start] {
            regex = cached
        } else {
            do {
                regex = try GoRegex(source)
            } catch {
                return fail(error.message, at: start)
            }
            compiledRegexps[start] = regex
        }
        // A "/" inside the regexp must be escaped; demand a separator after the closing one.
        let after = close + 1
        if after < bytes.count {
            let byte = bytes[after]
            let isSpace = (0x09...0x0D).contains(byte) || byte == 0x20
            if !isSpace, Self.operatorKind(byte, atWordStart: true) == nil {
                return fail(#"regexp must be followed by space or an operator (unescaped "/"?)"#, at: after)
            }
        }
        return (QueryToken(kind: .regexp, offset: start, text: source, regex: regex), after)
    }

    /// The `/` that ends the regexp opened at `start`, skipping any inside `[…]`, `(…)` or
    /// after a backslash.
    private func closingSlash(after start: Int) -> Int? {
        var brackets = 0
        var parens = 0
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if brackets == 0, parens == 0, byte == UInt8(ascii: "/") { return index }
            switch byte {
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets = max(0, brackets - 1)
            case UInt8(ascii: "("): if brackets == 0 { parens += 1 }
            case UInt8(ascii: ")"): if brackets == 0 { parens -= 1 }
            case UInt8(ascii: "\\"): index += 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Go's `strconv.Quote` for the short texts that appear in messages.
    static func goQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            default:
                // strconv.IsPrint: graphic, but of the spaces only U+0020.
                let printable =
                    QueryBytes.isGraphic(scalar)
                    && (scalar == " " || scalar.properties.generalCategory != .spaceSeparator)
                if printable {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value < 0x10000 {
                    let hex = String(scalar.value, radix: 16)
                    result +=
                        scalar.value < 0x80
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return result + "\""
    }
}
