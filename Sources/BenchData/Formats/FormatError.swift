/// A problem that stops reading a results file in one of the formats other than Go text:
/// invalid JSON, a field of the wrong type, a missing field, a number out of range, or a
/// file that is not benchmark results at all.
///
/// It names the file, and the line and column (1-based, in bytes) where the problem is.
package struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the user gave it.
    package var path: String
    /// The 1-based line and column, or 0 when the problem concerns the whole file.
    package var line: Int
    package var column: Int
    package var message: String

    package init(path: String, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// Locates `offset` in `bytes` as a line and column.
    package init(path: String, bytes: UnsafeBufferPointer<UInt8>, offset: Int, message: String) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        self.init(path: path, line: line, column: end - lineStart + 1, message: message)
    }

    package var description: String {
        line > 0 ? "\(path):\(line):\(column): \(message)" : "\(path): \(message)"
    }
}
