/// Byte-level helpers for JSON strings: escapes and hex digits.
enum JSONText {
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A member's step in a field path: `.key`, or `["key"]` for a key that is not a plain
    /// identifier.
    static func pathComponent(key: String) -> String {
        let plain = !key.isEmpty && key.utf8.allSatisfy { isIdentifierByte($0) }
        return plain ? "." + key : "[\"\(key)\"]"
    }

    /// Whether a key can be shown as `.key` in a path rather than `["key"]`.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Decodes a string's contents whose escapes the parser has already checked. Surrogate
    /// pairs combine; a lone surrogate becomes U+FFFD, as most decoders do.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        var pendingHigh: UInt32?
        func appendScalar(_ value: UInt32) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                if let high = pendingHigh {
                    appendScalar(high)
                    pendingHigh = nil
                }
                output.append(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            if escape == UInt8(ascii: "u"), index + 6 <= raw.count {
                var value: UInt32 = 0
                for offset in 2..<6 { value = value << 4 | (hexValue(raw[index + offset]) ?? 0) }
                index += 6
                if let high = pendingHigh {
                    pendingHigh = nil
                    if value >= 0xDC00 && value < 0xE000 {
                        appendScalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00))
                        continue
                    }
                    appendScalar(0xFFFD)
                }
                if value >= 0xD800 && value < 0xDC00 {
                    pendingHigh = value
                } else {
                    appendScalar(value >= 0xDC00 && value < 0xE000 ? 0xFFFD : value)
                }
                continue
            }
            if pendingHigh != nil {
                appendScalar(0xFFFD)
                pendingHigh = nil
            }
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            default: output.append(escape)
            }
            index += 2
        }
        if pendingHigh != nil { appendScalar(0xFFFD) }
    }
}
