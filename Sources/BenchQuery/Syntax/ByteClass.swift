/// Byte classes of benchq source. The lexer works on UTF-8 bytes; every byte at or above
/// 0x80 belongs to a word, so non-ASCII text needs no decoding while lexing.
enum ByteClass {
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == 0x0B || byte == 0x0C
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Letters, digits and `_`: what a `$name` and a bound name are made of.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
    }

    /// Bytes of a bare word. Besides letters and digits a word takes the punctuation of
    /// benchmark keys, units, refs and paths (`.name`, `/gomaxprocs`, `sec/op`, `200MB/s`,
    /// `-5%`, `HEAD~3`, `v1.2@x`), but none of the language's own operators, `"`, `#`, `\`,
    /// `'` or `;`, so `a=b`, `a+b` and `(a)` split where a reader expects.
    static func isWordByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 || isNameByte(byte) { return true }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: ":"),
            UInt8(ascii: "%"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Whether `text` can name a bound value: a letter or `_`, then letters, digits, `_`.
    static func isName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return text.utf8.allSatisfy(isNameByte)
    }
}
