/// Byte-level helpers for splitting a Go benchmark line, with Go's notion of white space.
enum GoBenchLine {
    /// ASCII white space as Go's `unicode.IsSpace` sees it: `\t \n \v \f \r` and space.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Splits off the first field of `line[start..<end]`: returns the field's range and the
    /// index after the white space that follows it. Non-ASCII white space (U+0085, U+00A0,
    /// U+2000…) separates fields too, as in Go.
    @inline(__always)
    static func splitField(
        _ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> (field: Range<Int>, next: Int) {
        var index = start
        var fieldEnd = end
        var next = end
        while index < end {
            let byte = line[index]
            if byte < 0x80 {
                if isASCIISpace(byte) {
                    fieldEnd = index
                    next = index + 1
                    break
                }
                index += 1
            } else {
                let (scalar, length) = decodeScalar(line, at: index, end: end)
                if scalar.properties.isWhitespace {
                    fieldEnd = index
                    next = index + length
                    break
                }
                index += length
            }
        }
        if index >= end { fieldEnd = end }
        // Skip the white space after the field.
        while next < end {
            let byte = line[next]
            if byte < 0x80 {
                guard isASCIISpace(byte) else { break }
                next += 1
            } else {
                let (scalar, length) = decodeScalar(line, at: next, end: end)
                guard scalar.properties.isWhitespace else { break }
                next += length
            }
        }
        return (start..<fieldEnd, next)
    }

    /// Decodes one scalar of already-validated UTF-8.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        var length = 1
        var value = UInt32(lead)
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else if lead >= 0xC0 {
            length = 2
            value = UInt32(lead & 0x1F)
        }
        if length > 1 {
            guard index + length <= end else { return (Unicode.Scalar(0xFFFD)!, 1) }
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    /// Whether `bytes` is valid UTF-8, with a fast path for ASCII runs.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
            default: return false
            }
            guard index + length <= count else { return false }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return false }
            minimum = 0
            index += length
        }
        return true
    }
}
