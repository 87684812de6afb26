/// Go's `strconv.Unquote` for the body of a double-quoted string, as quoted query words use it.
enum GoStringLiteral {
    /// The unescaped text of `body` (the bytes between the quotes), or nil when Go would reject
    /// it: an unknown escape, `\'`, an unescaped `"`, a raw newline, or an out-of-range code.
    static func unquote(_ body: ArraySlice<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\""):
                return nil
            case UInt8(ascii: "\\"):
                guard let next = escape(body, at: index, into: &output) else { return nil }
                index = next
            default:
                output.append(byte)
                index += 1
            }
        }
        // \x and octal escapes add raw bytes; Go keeps them, Swift repairs invalid UTF-8.
        return String(decoding: output, as: UTF8.self)
    }

    private static func escape(_ body: ArraySlice<UInt8>, at start: Int, into output: inout [UInt8]) -> Int? {
        let letterIndex = start + 1
        guard letterIndex < body.endIndex else { return nil }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
            UInt8(ascii: "v"): 0x0B, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "\""): 0x22,
        ]
        let letter = body[letterIndex]
        if let value = simple[letter] {
            output.append(value)
            return letterIndex + 1
        }
        switch letter {
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard let value = number(body, from: letterIndex, digits: 3, radix: 8), value <= 0xFF else { return nil }
            output.append(UInt8(value))
            return letterIndex + 3
        case UInt8(ascii: "x"):
            guard let value = number(body, from: letterIndex + 1, digits: 2, radix: 16) else { return nil }
            output.append(UInt8(value))
            return letterIndex + 3
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "u") ? 4 : 8
            guard let value = number(body, from: letterIndex + 1, digits: digits, radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            output.append(contentsOf: String(scalar).utf8)
            return letterIndex + 1 + digits
        default:
            return nil
        }
    }

    private static func number(_ body: ArraySlice<UInt8>, from start: Int, digits: Int, radix: UInt32) -> UInt32? {
        guard start + digits <= body.endIndex else { return nil }
        var value: UInt32 = 0
        for byte in body[start..<(start + digits)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            value = value * radix + digit
        }
        return value
    }
}
