/// String and regexp literals.
///
/// A string may span lines, as in a shell, so that an open string at the prompt can go on
/// at `...>`. When one never closes, the error points at its opening quote and lexing
/// resumes at the end of that line, so the statements after it are still checked.
extension Lexer {
    mutating func string() -> Token {
        let start = position
        var literal = StringLiteralBuilder()
        var isValid = true
        var spansLines = false
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                position = index + 1
                let span = SourceSpan(start: start, end: position)
                if spansLines { lastMultilineString = span }
                return Token(isValid ? .string(literal.finish()) : .error, span)
            case UInt8(ascii: "\\"):
                index = escape(at: index, into: &literal, isValid: &isValid)
            case UInt8(ascii: "$"):
                index = interpolation(at: index, into: &literal, isValid: &isValid)
            default:
                if byte == UInt8(ascii: "\n") { spansLines = true }
                literal.append(byte)
                index += 1
            }
        }
        return unterminatedString(from: start)
    }

    private mutating func unterminatedString(from start: Int) -> Token {
        endsInsideString = true
        let lineEnd = endOfLine(from: start)
        position = lineEnd
        let span = SourceSpan(start: start, end: lineEnd)
        report(.error("unterminated string", at: span, notes: multilineStringNote(before: start)))
        return Token(.error, span)
    }

    /// `"a.txt` + newline + `b = load "b.txt"` reads as one string that ends at the second
    /// quote; the error then lands on what follows it. Point back at the likely culprit: a
    /// string spanning lines that ended on the line of `offset`.
    package func multilineStringNote(before offset: Int) -> [Diagnostic.Note] {
        guard let culprit = lastMultilineString, culprit.end <= offset,
            !bytes[culprit.end..<offset].contains(UInt8(ascii: "\n"))
        else { return [] }
        return [
            Diagnostic.Note(
                "this string spans several lines; is its closing quote missing?",
                span: SourceSpan(start: culprit.start, end: culprit.start + 1))
        ]
    }

    /// `\"`, `\\`, `\n`, `\t`, `\$`, and a backslash before a line break, which joins the lines.
    private mutating func escape(at index: Int, into literal: inout StringLiteralBuilder, isValid: inout Bool) -> Int {
        guard index + 1 < bytes.count else { return index + 1 }
        let escaped = bytes[index + 1]
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "$"): literal.append(escaped)
        case UInt8(ascii: "n"): literal.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): literal.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "\n"): break
        default:
            let end = index + 1 + Self.scalarLength(startingWith: escaped)
            let shown = String(decoding: bytes[index..<min(end, bytes.count)], as: UTF8.self)
            report(
                .error(
                    "unknown escape '\(shown)' in a string", at: SourceSpan(start: index, end: min(end, bytes.count)),
                    notes: [Diagnostic.Note(#"the escapes are \" \\ \n \t and \$"#)]))
            isValid = false
            return min(end, bytes.count)
        }
        return index + 2
    }

    /// `$name` or `${name}`, kept as a part of its own for the evaluator to substitute.
    private mutating func interpolation(
        at dollar: Int, into literal: inout StringLiteralBuilder, isValid: inout Bool
    ) -> Int {
        let next = dollar + 1
        if next < bytes.count, bytes[next] == UInt8(ascii: "{") {
            var end = next + 1
            while end < bytes.count, ByteClass.isNameByte(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[(next + 1)..<end], as: UTF8.self)
            if end < bytes.count, bytes[end] == UInt8(ascii: "}"), ByteClass.isName(name) {
                literal.variable(name, span: SourceSpan(start: dollar, end: end + 1))
                return end + 1
            }
            report(.error("expected a name and '}' after '${'", at: SourceSpan(start: dollar, end: max(end, next + 1))))
            isValid = false
            return end
        }
        if next < bytes.count, ByteClass.isLetter(bytes[next]) || bytes[next] == UInt8(ascii: "_") {
            var end = next
            while end < bytes.count, ByteClass.isNameByte(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[next..<end], as: UTF8.self)
            literal.variable(name, span: SourceSpan(start: dollar, end: end))
            return end
        }
        report(
            .error(
                "'$' must be followed by a name", at: SourceSpan(start: dollar, end: next),
                notes: [Diagnostic.Note(#"write '\$' for a dollar sign"#)]))
        isValid = false
        return next
    }

    /// `/.../` on one line; `\/` stands for a `/`, other escapes belong to the regexp.
    mutating func regexp() -> Token {
        let start = position
        var pattern: [UInt8] = []
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") {
                position = index + 1
                return Token(.regexp(String(decoding: pattern, as: UTF8.self)), SourceSpan(start: start, end: position))
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") {
                if bytes[index + 1] != UInt8(ascii: "/") { pattern.append(byte) }
                pattern.append(bytes[index + 1])
                index += 2
            } else {
                pattern.append(byte)
                index += 1
            }
        }
        position = index
        let span = SourceSpan(start: start, end: index)
        report(
            .error(
                "unterminated regexp", at: span,
                notes: [
                    Diagnostic.Note(#"a regexp ends at the next '/' on its line; write '\/' for a slash inside it"#)
                ]))
        return Token(.error, span)
    }

    /// The length of the UTF-8 sequence that `byte` starts (1 for a stray continuation byte).
    static func scalarLength(startingWith byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
