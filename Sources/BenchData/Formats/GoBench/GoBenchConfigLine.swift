/// Recognises benchfmt configuration lines: `key: value`.
///
/// The key starts with a lower-case letter and has no white space or upper-case letter
/// (Unicode categories, as Go's `unicode.IsLower`/`IsUpper`); it ends at the first `:`.
/// After the colon comes nothing (the key is deleted) or at least one space or tab and the
/// value, kept verbatim. `key:value` with no blank is not a configuration line.
enum GoBenchConfigLine {
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String)? {
        var index = 0
        var colon = -1
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                if index == 0 {
                    guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return nil }
                } else if byte == UInt8(ascii: ":") {
                    colon = index
                    break
                }
                if GoBenchLine.isASCIISpace(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) {
                    return nil
                }
                index += 1
            } else {
                let (scalar, length) = GoBenchLine.decodeScalar(line, at: index, end: line.count)
                let category = scalar.properties.generalCategory
                if index == 0, category != .lowercaseLetter { return nil }
                if scalar.properties.isWhitespace || category == .uppercaseLetter { return nil }
                index += length
            }
        }
        guard colon > 0 else { return nil }
        let key = String(decoding: line[0..<colon], as: UTF8.self)
        var valueStart = colon + 1
        if valueStart == line.count { return (key, "") }
        var sawBlank = false
        while valueStart < line.count, line[valueStart] == 0x20 || line[valueStart] == 0x09 {
            valueStart += 1
            sawBlank = true
        }
        guard sawBlank else { return nil }
        return (key, String(decoding: line[valueStart...], as: UTF8.self))
    }
}
