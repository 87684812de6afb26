/// Number parsing for the `@num` sort order, with Go's rules.
enum GoNumberParsing {
    /// Go's `strconv.ParseFloat(text, 64)` when it succeeds: decimal or hexadecimal (`0x1p-2`)
    /// floats, `_` between digits, `Inf`/`Infinity`/`NaN` in any case. Out-of-range values
    /// fail, as Go reports them with an error.
    static func parseFloat(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            try? GoNumberSyntax.parseDouble(UnsafeBufferPointer(buffer)).get()
        }
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
}
