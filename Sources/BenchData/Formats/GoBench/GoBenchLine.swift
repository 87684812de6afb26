/// Byte-level helpers for splitting a Go benchmark line, with Go's notion of white space.
enum GoBenchLine {
    /// ASCII white space as Go's `unicode.IsSpace` sees it: `\t \n \v \f \r` and space.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether the line starts with the bytes `Benchmark` (the caller checked its length).
    @inline(__always)
    static func hasBenchmarkPrefix(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        // "Benchmar" as a little-endian word, then "k".
        return raw.loadUnaligned(as: UInt64.self) == 0x7261_6D68_636E_6542 && base[8] == UInt8(ascii: "k")
    }

    /// Splits off the first field of `line[start..<end]`: returns the field's range and the
    /// index after the white space that follows it. Non-ASCII white space (U+0085, U+00A0,
    /// U+2000…) separates fields too, as in Go.
    @inline(__always)
    static func splitField(
        _ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> (field: Range<Int>, next: Int) {
        let fieldEnd = endOfField(line, from: start, to: end)
        return (start..<fieldEnd.index, skipSpace(line, from: fieldEnd.next, to: end))
    }

    /// The end of the field starting at `start`, and where the white space after it ends
    /// its first character.
    @inline(__always)
    private static func endOfField(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (
        index: Int, next: Int
    ) {
        var index = start
        // Eight bytes at a time while none is ASCII white space, a control byte or non-ASCII.
        if let base = line.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // The high bit of each byte of `sum` is set iff its low seven bits are >= 0x21.
                let sum = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F
                let stop = (word | ~sum) & 0x8080_8080_8080_8080
                if stop != 0 {
                    index += stop.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
        }
        while index < end {
            let byte = line[index]
            if byte < 0x80 {
                if isASCIISpace(byte) { return (index, index + 1) }
                index += 1
            } else {
                let (scalar, length) = decodeScalar(line, at: index, end: end)
                if scalar.properties.isWhitespace { return (index, index + length) }
                index += length
            }
        }
        return (end, end)
    }

    /// The index of the first non-white-space character at or after `start`.
    @inline(__always)
    private static func skipSpace(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var next = start
        // Eight bytes at a time while all are spaces or tabs (go test pads its columns).
        if let base = line.baseAddress {
            let raw = UnsafeRawPointer(base)
            while next + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: next, as: UInt64.self)
                let blanks = zeroBytes(word ^ 0x2020_2020_2020_2020) | zeroBytes(word ^ 0x0909_0909_0909_0909)
                if blanks != 0x8080_8080_8080_8080 {
                    next += (~blanks & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
                    break
                }
                next += 8
            }
        }
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
        return next
    }

    /// Sets the high bit of exactly the zero bytes of `word`.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low | word | 0x7F7F_7F7F_7F7F_7F7F)
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

    /// Whether every byte is ASCII, checked a word at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        var accumulated: UInt64 = 0
        while index + 32 <= bytes.count {
            accumulated |=
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            index += 32
        }
        while index < bytes.count {
            accumulated |= UInt64(bytes[index])
            index += 1
        }
        return accumulated & 0x8080_8080_8080_8080 == 0
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
