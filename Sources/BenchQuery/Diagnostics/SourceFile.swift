/// A named source text: a script, a `-c` one-liner, or one entry typed at the shell.
///
/// It owns the only translation from byte offsets to lines and columns, used when printing.
/// Line starts are found once, with a byte loop, when the file is made.
package struct SourceFile: Sendable {
    package let name: String
    package let text: String
    /// The byte offset of the first byte of every line; line `n` (1-based) starts at
    /// `lineStarts[n - 1]`.
    private let lineStarts: [Int]
    private let byteCount: Int

    package init(name: String, text: String) {
        self.name = name
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
        byteCount = offset
    }

    package var lineCount: Int { lineStarts.count }

    /// The 1-based line and column of `offset`. The column counts Unicode scalars (a tab
    /// counts one); an offset past the end is placed just after the last byte.
    package func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), byteCount)
        let line = lineIndex(containing: offset)
        let start = lineStarts[line]
        let scalarsBefore = Self.scalarCount(text.utf8, from: start, to: offset)
        return SourceLocation(line: line + 1, column: scalarsBefore + 1)
    }

    /// The text of line `number` (1-based), without its line break (`\n` or `\r\n`).
    package func line(_ number: Int) -> Substring {
        precondition(number >= 1 && number <= lineStarts.count, "line \(number) is not in \(name)")
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : byteCount
        if end > start, byte(at: end - 1) == UInt8(ascii: "\r") { end -= 1 }
        return slice(start..<end)
    }

    /// The byte offset where line `number` (1-based) starts.
    package func lineStart(_ number: Int) -> Int { lineStarts[number - 1] }

    /// The source text of `span`, clamped to the text.
    package func text(of span: SourceSpan) -> Substring {
        slice(min(span.start, byteCount)..<min(span.end, byteCount))
    }

    private func slice(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return Substring(utf8[lower..<upper])
    }

    private func byte(at offset: Int) -> UInt8 {
        text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
    }

    private func lineIndex(containing offset: Int) -> Int {
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Scalars in `start..<end`: every byte that is not a UTF-8 continuation byte starts one.
    static func scalarCount(_ utf8: String.UTF8View, from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        var count = 0
        for byte in utf8[lower..<upper] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
