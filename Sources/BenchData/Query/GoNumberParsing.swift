/// Number parsing for the `@num` sort order, with Go's rules.
enum GoNumberParsing {
    /// Go's `strconv.ParseFloat(text, 64)` when it succeeds: decimal or hexadecimal (`0x1p-2`)
    /// floats, `_` between digits, `Inf`/`Infinity`/`NaN` in any case. Out-of-range values
    /// fail, as Go reports them with an error.
    static func parseFloat(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        if isSpecial(bytes) { return Double(text) }
        guard isWellFormedFloat(bytes) else { return nil }
        let cleaned = String(decoding: bytes.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// benchproc's fuzzy number: a float, or else the first run of digits and dots with an
    /// optional SI (`k`, `M`, … ×1000ⁿ) or IEC (`Ki`, `Mi`, … ×1024ⁿ) prefix, as in `4k` or
    /// `1MiB`. Only the first such run is tried.
    static func parseNumber(_ text: String) -> Double? {
        if let value = parseFloat(text) { return value }
        let bytes = Array(text.utf8)
        let isNumberByte = { (byte: UInt8) in QueryBytes.isDigit(byte) || byte == UInt8(ascii: ".") }
        guard let start = bytes.firstIndex(where: isNumberByte) else { return nil }
        var end = start
        while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
        guard let mantissa = parseFloat(QueryBytes.text(bytes, start..<end)) else { return nil }
        let prefixes = Array("KMGTPEZY".utf8)
        guard end < bytes.count else { return mantissa }
        let prefix = bytes[end] == UInt8(ascii: "k") ? UInt8(ascii: "K") : bytes[end]
        guard let power = prefixes.firstIndex(of: prefix) else { return mantissa }
        let binary = end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: "i")
        var scale = 1.0
        for _ in 0...power { scale *= binary ? 1024 : 1000 }
        return mantissa * scale
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte | 0x20 }

    private static func isSpecial(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        var signed = false
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            body = body.dropFirst()
            signed = true
        }
        let word = String(decoding: body.map(lowercased), as: UTF8.self)
        return word == "inf" || word == "infinity" || (!signed && word == "nan")
    }

    private static func isWellFormedFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        let numberStart = index
        var hex = false
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "0"), lowercased(bytes[index + 1]) == UInt8(ascii: "x")
        {
            hex = true
            index += 2
        }
        var sawDot = false
        var sawDigits = false
        var sawUnderscore = false
        mantissa: while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                sawUnderscore = true
            } else if byte == UInt8(ascii: ".") {
                if sawDot { break mantissa }
                sawDot = true
            } else if QueryBytes.isDigit(byte)
                || (hex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(lowercased(byte)))
            {
                sawDigits = true
            } else {
                break mantissa
            }
            index += 1
        }
        guard sawDigits else { return false }
        if index < bytes.count, lowercased(bytes[index]) == (hex ? UInt8(ascii: "p") : UInt8(ascii: "e")) {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, QueryBytes.isDigit(bytes[index]) else { return false }
            while index < bytes.count, QueryBytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_") {
                if bytes[index] == UInt8(ascii: "_") { sawUnderscore = true }
                index += 1
            }
        } else if hex {
            return false  // a hexadecimal float needs its p exponent
        }
        guard index == bytes.count else { return false }
        return !sawUnderscore || underscoresAreSeparators(bytes[numberStart...], hex: hex)
    }

    /// Go's `underscoreOK`: each `_` sits between digits (or after a base prefix).
    private static func underscoresAreSeparators(_ bytes: ArraySlice<UInt8>, hex: Bool) -> Bool {
        enum Last { case start, digit, underscore, other }
        var last = Last.start
        var index = bytes.startIndex
        if hex {
            index += 2
            last = .digit
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if QueryBytes.isDigit(byte) || (hex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(lowercased(byte))) {
                last = .digit
            } else if byte == UInt8(ascii: "_") {
                guard last == .digit else { return false }
                last = .underscore
            } else {
                if last == .underscore { return false }
                last = .other
            }
            index += 1
        }
        return last != .underscore
    }
}
