/// Raw capture of benchstat's query and projection syntax.
///
/// `filter (.name:Hash OR /size:/^(1k|64k)$/) -/bytes:8` cannot be cut into benchq tokens,
/// so the text is taken whole and handed to BenchData's parsers, which report errors as byte
/// offsets into it. The text runs to the end of the stage: a `|` or `)` outside the query's
/// own parentheses, strings and regexps, a line break that ends the statement, or a comment.
/// Regexps are recognised as benchproc's lexer does: after `key:`, or as a value in
/// `key:(a OR /b/)`, so the `/` of `/size` is a key and that of `/^(1k|64k)$/` a regexp.
extension Lexer {
    package mutating func rawText(stoppingAt stops: RawTextStops = .stage) -> RawText {
        var index = position
        var groups: [Bool] = []  // per open parenthesis: is it the value list of `key:(...)`?
        var previous: UInt8 = 0  // the last byte that is not blank
        var afterBlank = true  // where a stop word may begin
        var continuations: [Int] = []  // the `\` of each line continuation, read as a blank
        scan: while index < bytes.count {
            let byte = bytes[index]
            if ByteClass.isBlank(byte) {
                index += 1
                afterBlank = true
                continue
            }
            let tokenStart = afterBlank || Self.isQueryOperator(previous)
            switch byte {
            case UInt8(ascii: "\n"):
                if groups.isEmpty && parenthesisDepth == 0 { break scan }
                index += 1
                afterBlank = true
                continue
            case UInt8(ascii: "#"):
                break scan
            case UInt8(ascii: "|"):
                if groups.isEmpty { break scan }
                index += 1
            case UInt8(ascii: ")"):
                if groups.isEmpty { break scan }
                groups.removeLast()
                index += 1
            case UInt8(ascii: "("):
                groups.append(previous == UInt8(ascii: ":"))
                index += 1
            case UInt8(ascii: "\\"):
                if let after = lineContinuationEnd(from: index) {
                    continuations.append(index)
                    index = after
                    afterBlank = true
                    continue
                }
                index += 1
            case UInt8(ascii: "\"") where tokenStart:
                index = quotedWordEnd(from: index)
            case UInt8(ascii: "/") where tokenStart && (previous == UInt8(ascii: ":") || groups.last == true):
                index = queryRegexpEnd(from: index)
            default:
                if afterBlank, groups.isEmpty, isStop(at: index, stops) { break scan }
                index += 1
            }
            previous = bytes[index - 1]
            afterBlank = false
        }
        if index == bytes.count, !groups.isEmpty { endsInsideQueryParenthesis = true }
        let raw = trimmedRawText(position..<index, continuations: continuations)
        position = index
        if !raw.text.isEmpty { previousWasPipe = false }
        return raw
    }

    /// Operators of benchproc's lexer: a quote or regexp may start right after one.
    private static func isQueryOperator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: ","),
            UInt8(ascii: "-"), UInt8(ascii: "*"):
            return true
        default:
            return false
        }
    }

    /// benchproc's scan: a quote preceded by a backslash never closes. Stops at a line end.
    private mutating func quotedWordEnd(from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "\""), bytes[index - 1] != UInt8(ascii: "\\") { return index + 1 }
            index += 1
        }
        if index == bytes.count { endsInsideString = true }
        return index
    }

    /// benchproc's closing `/`: not inside `[...]` or `(...)`, not after a backslash.
    private func queryRegexpEnd(from start: Int) -> Int {
        var brackets = 0
        var parentheses = 0
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            if brackets == 0, parentheses == 0, byte == UInt8(ascii: "/") { return index + 1 }
            switch byte {
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets = max(0, brackets - 1)
            case UInt8(ascii: "("): if brackets == 0 { parentheses += 1 }
            case UInt8(ascii: ")"): if brackets == 0 { parentheses -= 1 }
            case UInt8(ascii: "\\"): if index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") { index += 1 }
            default: break
            }
            index += 1
        }
        return index
    }

    /// Whether the word at `start` ends the raw text: a stop word (not a `key:` of the query),
    /// or, when asked, a unit followed by a number (`sec/op 3%`, or the mistaken `sec/op 3`,
    /// which the parser then reports).
    private func isStop(at start: Int, _ stops: RawTextStops) -> Bool {
        var end = start
        while end < bytes.count, ByteClass.isWordByte(bytes[end]) { end += 1 }
        guard end > start else { return false }
        let word = bytes[start..<end]
        if !stops.words.isEmpty, stops.words.contains(String(decoding: word, as: UTF8.self)) { return true }
        guard stops.unitPolicies, !word.contains(UInt8(ascii: ":")), NumberSyntax.parse(word) == nil else {
            return false
        }
        var next = end
        while next < bytes.count, ByteClass.isBlank(bytes[next]) { next += 1 }
        guard next > end else { return false }
        var numberEnd = next
        while numberEnd < bytes.count, ByteClass.isWordByte(bytes[numberEnd]) { numberEnd += 1 }
        return NumberSyntax.parse(bytes[next..<numberEnd]) != nil
    }

    /// The text without surrounding blanks and line breaks. A continuing `\` becomes a blank,
    /// so every offset in the text is the same distance from the span's start as in the source.
    private func trimmedRawText(_ range: Range<Int>, continuations: [Int]) -> RawText {
        var text = Array(bytes[range])
        for offset in continuations { text[offset - range.lowerBound] = UInt8(ascii: " ") }
        func isSpace(_ byte: UInt8) -> Bool { ByteClass.isBlank(byte) || byte == UInt8(ascii: "\n") }
        var lower = 0
        var upper = text.count
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        let start = range.lowerBound + lower
        return RawText(
            String(decoding: text[lower..<upper], as: UTF8.self),
            span: SourceSpan(start: start, end: range.lowerBound + upper))
    }
}
