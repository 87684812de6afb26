/// Escaping for text that goes into an HTML page: element content and quoted attribute values.
///
/// Benchmark names come from the code under test (a pull request's own code), so every name,
/// unit and label that reaches a page goes through here; nothing from the input is ever
/// written as markup.
package enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe inside
    /// element content and single- or double-quoted attribute values.
    package static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 16)
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let replacement: String? =
                switch utf8[index] {
                case 0x26: "&amp;"
                case 0x3C: "&lt;"
                case 0x3E: "&gt;"
                case 0x22: "&quot;"
                case 0x27: "&#39;"
                default: nil
                }
            if let replacement {
                escaped += text[start..<index]
                escaped += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        escaped += text[start...]
        return escaped
    }
}
