/// A range of bytes, `start..<end`, in one source text.
///
/// Positions stay byte offsets everywhere (tokens, syntax nodes, diagnostics) and become a
/// line and a column only when a diagnostic is printed, as benchproc and swift-syntax do:
/// offsets are cheap to carry and to combine, and exact for any text.
package struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    package var start: Int
    package var end: Int

    package init(start: Int, end: Int) {
        precondition(start <= end, "a span must not end before it starts")
        self.start = start
        self.end = end
    }

    package init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// A zero-width span: a position between two bytes, printed as a single caret.
    package static func at(_ offset: Int) -> SourceSpan {
        SourceSpan(start: offset, end: offset)
    }

    package var range: Range<Int> { start..<end }
    package var length: Int { end - start }
    package var isEmpty: Bool { start == end }

    /// The smallest span covering both `self` and `other`.
    package func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    package var description: String { "\(start)..<\(end)" }
}
