/// Recognises a results format from a file's content.
///
/// Go benchmark text is the default and costs nothing to detect: only input that starts
/// (after blanks) with `{` or `[`, or whose first line is a known CSV or Markdown header, is
/// looked at further. JSON is parsed once here and the document handed to the reader. Known
/// files that are not results (asv's machine and benchmark lists, criterion's change
/// estimates, a Google Benchmark compare.py dump, ...) are recognised so that the error can
/// say what they are.
package enum FormatDetector {
    /// What a file was recognised as.
    package enum Detection {
        case format(ResultFormat, JSONDocument?)
        /// Google Benchmark JSON read by its fast path, without a document.
        case scannedGoogleBenchmark(GoogleBenchmarkScan)
        /// A known kind of file that holds no results: what it is, and what to load instead.
        case notResults(String)
        /// JSON that is none of the known formats.
        case unknownJSON
    }

    /// With `fastPaths`, a Google Benchmark file is scanned rather than parsed (the same
    /// results; the switch lets tests compare the two).
    package static func detect(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, fastPaths: Bool = true
    ) throws(FormatError) -> Detection {
        var start = 0
        // A UTF-8 byte order mark, then blanks.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count,
            bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09
        {
            start += 1
        }
        guard start < bytes.count else { return .format(.goText, nil) }
        let first = bytes[start]
        if first != UInt8(ascii: "{"), first != UInt8(ascii: "[") {
            return .format(TextTableDetector.detect(bytes) ?? .goText, nil)
        }
        if first == UInt8(ascii: "{"), isEventStream(bytes, from: start) { return .format(.goTestJSON, nil) }
        if fastPaths, first == UInt8(ascii: "{"), let scan = GoogleBenchmarkScan(bytes, requiringContext: true) {
            return .scannedGoogleBenchmark(scan)
        }
        let document = try JSONDocument(parsing: bytes, path: path)
        return JSONShapeDetector.detect(document)
    }

    /// `go test -json`: the first line is an object with an `Action` field. Events are short,
    /// so a long first line (a whole document on one line) is not looked at twice.
    private static func isEventStream(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var end = start
        let limit = min(bytes.count, start + 65_536)
        while end < limit, bytes[end] != 0x0A { end += 1 }
        guard end < limit else { return false }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let document = try? JSONDocument(parsing: line, path: "") else { return false }
        return document.member(document.root, "Action") != nil
    }
}
