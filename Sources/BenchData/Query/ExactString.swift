/// A string compared and hashed by its UTF-8 bytes.
///
/// Swift's `String` equality is Unicode canonical equivalence, so `"é"` (one scalar) equals
/// `"e\u{301}"`; Go compares bytes. Grouping keys and filter values must not merge what Go
/// keeps apart.
struct ExactString: Hashable {
    let value: String

    init(_ value: String) {
        self.value = value
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        bytesEqual(lhs.value, rhs.value)
    }

    /// Byte equality, Go's string comparison. (`==` first: it rejects most mismatches fast.)
    static func bytesEqual(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs == rhs && lhs.utf8.elementsEqual(rhs.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
