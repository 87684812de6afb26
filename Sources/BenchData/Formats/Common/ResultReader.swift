/// A reader of one results format other than Go text: maps a file onto the model through a
/// ``ResultBuilder``.
package protocol ResultReader {
    /// The format read.
    static var format: ResultFormat { get }

    /// Reads one input. Problems that make the input unusable throw; aggregates-only
    /// inputs are marked on the builder.
    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError)
}

/// One input handed to a ``ResultReader``: its bytes, and its JSON document when it is JSON.
package struct ResultInput {
    /// The path used in messages.
    package var path: String
    package var bytes: UnsafeBufferPointer<UInt8>
    /// The parsed document for JSON inputs (detection parses it once).
    package var document: JSONDocument?
    /// Where the file is opened from (the path joined to the working directory), for
    /// readers that look at files beside it.
    package var location: String
    /// Whether a reader may take its fast path (off to check it against the general one).
    package var allowsFastPath = true

    package init(path: String, bytes: UnsafeBufferPointer<UInt8>, document: JSONDocument?, location: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.document = document
        self.location = location ?? path
    }

    /// The JSON document, parsing the bytes if detection did not.
    package func json() throws(FormatError) -> JSONDocument {
        if let document { return document }
        return try JSONDocument(parsing: bytes, path: path)
    }

    /// An error about the whole input.
    package func error(_ message: String) -> FormatError { FormatError(path: path, message: message) }
}
