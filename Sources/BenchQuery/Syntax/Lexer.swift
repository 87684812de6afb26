/// Turns benchq source into tokens, one at a time, as the parser asks for them.
///
/// Lexing is lazy because it depends on context the parser knows: a `/` begins a regexp only
/// where one may stand (`focus /re/`), and after `filter` the rest of the stage is benchstat's
/// own query language, captured whole by ``rawText(stoppingAt:)``. The lexer never throws:
/// a problem becomes an `.error` token plus a diagnostic, and lexing goes on. The last token
/// is always `.end`, positioned at the end of the text.
///
/// It reads UTF-8 bytes; bytes at or above 0x80 only ever occur inside words, strings,
/// regexps and comments, so nothing is decoded until a token's text is made.
package struct Lexer {
    package let source: SourceFile
    let bytes: [UInt8]
    var position = 0
    /// Open parentheses of the language; a line break inside them does not end a statement.
    package internal(set) var parenthesisDepth = 0
    /// Whether the last token was `|`: a line break after it continues the statement.
    package internal(set) var previousWasPipe = false
    package private(set) var diagnostics: [Diagnostic] = []
    /// Off while the parser skips the rest of a broken statement, so that one mistake is
    /// reported once and not again by every token after it.
    package var reportsDiagnostics = true
    /// A string reached the end of the text without its closing quote.
    package internal(set) var endsInsideString = false
    /// A raw query reached the end of the text inside its own parentheses.
    package internal(set) var endsInsideQueryParenthesis = false
    /// The text ends with a `\` that continues the line.
    package internal(set) var endsWithBackslash = false
    /// The last string that spanned lines: a likely culprit when a later one is unterminated.
    var lastMultilineString: SourceSpan?

    package init(_ source: SourceFile) {
        self.source = source
        self.bytes = Array(source.text.utf8)
    }

    /// Every token of `source` read in the default context, the `.end` token included.
    package static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        repeat {
            tokens.append(lexer.next())
        } while tokens.last?.kind != .end
        return (tokens, lexer.diagnostics)
    }

    /// Whether the text read so far stops in the middle of a statement: inside a string or
    /// parentheses, or after a trailing `|` or `\`. Meaningful once `.end` has been read.
    package var isAwaitingMoreInput: Bool {
        endsInsideString || endsInsideQueryParenthesis || endsWithBackslash || parenthesisDepth > 0
            || previousWasPipe
    }

    /// The next token. Pass `regexpAllowed` where a `/` starts a regexp rather than a word.
    package mutating func next(regexpAllowed: Bool = false) -> Token {
        while position < bytes.count {
            let start = position
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\n"):
                position += 1
                if let token = lineBreak(at: start) { return emit(token) }
            case UInt8(ascii: "#"):
                position = endOfLine(from: position)
            case UInt8(ascii: "\\"):
                if !skipLineContinuation() { return emit(strayCharacter()) }
            case UInt8(ascii: "|"):
                return emit(single(.pipe))
            case UInt8(ascii: "+"):
                return emit(single(.plus))
            case UInt8(ascii: "="):
                return emit(single(.equals))
            case UInt8(ascii: ","):
                return emit(single(.comma))
            case UInt8(ascii: "("):
                parenthesisDepth += 1
                return emit(single(.leftParenthesis))
            case UInt8(ascii: ")"):
                parenthesisDepth = max(0, parenthesisDepth - 1)
                return emit(single(.rightParenthesis))
            case UInt8(ascii: "\""):
                return emit(string())
            case UInt8(ascii: "/") where regexpAllowed:
                return emit(regexp())
            default:
                if ByteClass.isBlank(byte) {
                    position += 1
                } else if ByteClass.isWordByte(byte) {
                    return emit(word())
                } else {
                    return emit(strayCharacter())
                }
            }
        }
        return Token(.end, .at(bytes.count))
    }

    mutating func report(_ diagnostic: Diagnostic) {
        if reportsDiagnostics { diagnostics.append(diagnostic) }
    }

    /// The offset of the `\n` ending the line that holds `offset`, or the end of the text.
    func endOfLine(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    private mutating func emit(_ token: Token) -> Token {
        previousWasPipe = token.kind == .pipe
        return token
    }

    private mutating func single(_ kind: Token.Kind) -> Token {
        position += 1
        return Token(kind, SourceSpan(start: position - 1, end: position))
    }

    /// A statement ends at a line break, except inside parentheses, after `|`, or when the
    /// next line that is not blank or a comment starts with `|`.
    private mutating func lineBreak(at offset: Int) -> Token? {
        if parenthesisDepth > 0 || previousWasPipe { return nil }
        if let pipe = continuationPipe(from: position) {
            position = pipe
            return nil
        }
        return Token(.newline, SourceSpan(start: offset, end: offset + 1))
    }

    private func continuationPipe(from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") { return index }
            if byte == UInt8(ascii: "#") {
                index = endOfLine(from: index)
            } else if ByteClass.isBlank(byte) || byte == UInt8(ascii: "\n") {
                index += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// After a `\`: blanks, then a line break or the end of the text, all skipped. Anything
    /// else makes the backslash a stray character.
    private mutating func skipLineContinuation() -> Bool {
        guard let after = lineContinuationEnd(from: position) else { return false }
        position = after
        return true
    }

    /// Where the text resumes after the `\` at `offset` if it continues the line, else `nil`.
    mutating func lineContinuationEnd(from offset: Int) -> Int? {
        var index = offset + 1
        while index < bytes.count, ByteClass.isBlank(bytes[index]) { index += 1 }
        if index == bytes.count {
            endsWithBackslash = true
            return index
        }
        return bytes[index] == UInt8(ascii: "\n") ? index + 1 : nil
    }

    /// The longest run of word bytes: a number if it spells one entirely, else a word.
    private mutating func word() -> Token {
        let start = position
        while position < bytes.count, ByteClass.isWordByte(bytes[position]) { position += 1 }
        let span = SourceSpan(start: start, end: position)
        let text = bytes[start..<position]
        if let number = NumberSyntax.parse(text) { return Token(.number(number), span) }
        return Token(.word(String(decoding: text, as: UTF8.self)), span)
    }

    /// Every byte that is not a word byte is ASCII, so a stray character is one byte.
    private mutating func strayCharacter() -> Token {
        let byte = bytes[position]
        let span = SourceSpan(start: position, end: position + 1)
        position += 1
        let shown = (0x20..<0x7F).contains(byte) ? "'\(Character(UnicodeScalar(byte)))'" : "U+\(Self.hex(byte))"
        var notes: [Diagnostic.Note] = []
        switch byte {
        case UInt8(ascii: "'"): notes.append(Diagnostic.Note("strings are written in double quotes: \"...\""))
        case UInt8(ascii: ";"): notes.append(Diagnostic.Note("a statement ends at the end of its line"))
        case UInt8(ascii: "\\"): notes.append(Diagnostic.Note("a '\\' continues a statement only at the end of a line"))
        default: break
        }
        report(.error("unexpected character \(shown)", at: span, notes: notes))
        return Token(.error, span)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
