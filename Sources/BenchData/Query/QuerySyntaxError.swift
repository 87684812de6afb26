/// A malformed `-filter` or projection query, located by a byte offset into the query.
///
/// Prints the way benchproc does: the message, the query, and a caret under the offending
/// character. The caret column counts only graphic characters before the offset, so a tab in
/// the query does not move it (benchproc's `unicode.IsGraphic` rule).
package struct QuerySyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    package var query: String
    /// Byte (UTF-8) offset into ``query``.
    package var offset: Int

    package init(message: String, query: String, offset: Int) {
        self.message = message
        self.query = query
        self.offset = offset
    }

    package var description: String {
        let caretColumn = Self.graphicCount(in: query, beforeByteOffset: offset)
        return "syntax error: \(message)\n\t\(query)\n\t"
            + String(repeating: " ", count: caretColumn) + "^"
    }

    private static func graphicCount(in text: String, beforeByteOffset offset: Int) -> Int {
        var count = 0
        var byteOffset = 0
        for scalar in text.unicodeScalars {
            if byteOffset >= offset { break }
            if QueryBytes.isGraphic(scalar) { count += 1 }
            byteOffset += UTF8.width(scalar)
        }
        return count
    }
}
