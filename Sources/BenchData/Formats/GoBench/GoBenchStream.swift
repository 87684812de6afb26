/// Reads Go benchmark text that arrives in pieces (a command's output as it runs), with
/// the same results, configuration and warnings as reading the whole text at once.
///
/// Complete lines are parsed as soon as they arrive; a partial last line waits for the
/// rest, or for ``finish()``.
package struct GoBenchStream {
    /// The results read so far.
    package private(set) var set = BenchmarkSet()
    /// Malformed-line warnings found so far, with their line numbers in the stream.
    package private(set) var warnings: [InputError] = []
    private var reader = GoBenchReader()
    private var session: GoBenchReader.Session
    /// Bytes after the last newline, waiting for the rest of their line.
    private var pending: [UInt8] = []

    /// A stream whose results belong to `file` (its label is the results' `.file`).
    package init(file: InputFile) {
        session = reader.begin(file, into: &set)
    }

    /// Reads every complete line in `bytes` (with any partial line kept from before).
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
            pending.append(contentsOf: bytes)
            return
        }
        let complete = UnsafeBufferPointer(start: base, count: lastNewline + 1)
        if pending.isEmpty {
            try readLines(complete)
        } else {
            pending.append(contentsOf: complete)
            try readPending()
        }
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(lastNewline + 1)...]))
    }

    /// Reads the partial last line, if any: the input has ended.
    package mutating func finish() throws(LoadError) {
        guard !pending.isEmpty else { return }
        try readPending()
    }

    /// Reads the lines in `pending` and empties it, keeping its storage for the next piece
    /// (taken out while read, so that emptying it copies nothing).
    private mutating func readPending() throws(LoadError) {
        var lines: [UInt8] = []
        swap(&lines, &pending)
        defer {
            lines.removeAll(keepingCapacity: true)
            pending = lines
        }
        try lines.withUnsafeBufferPointer { (buffer) throws(LoadError) in try readLines(buffer) }
    }

    private mutating func readLines(_ bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) {
        try reader.readLines(bytes, session: &session, into: &set, warnings: &warnings)
    }
}
