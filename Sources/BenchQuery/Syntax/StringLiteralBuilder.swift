/// Collects the parts of a string literal, merging adjacent text.
struct StringLiteralBuilder {
    private var parts: [StringPart] = []
    private var pending: [UInt8] = []

    mutating func append(_ byte: UInt8) {
        pending.append(byte)
    }

    mutating func variable(_ name: String, span: SourceSpan) {
        flush()
        parts.append(.variable(name: name, span: span))
    }

    mutating func finish() -> [StringPart] {
        flush()
        return parts
    }

    private mutating func flush() {
        if !pending.isEmpty { parts.append(.literal(String(decoding: pending, as: UTF8.self))) }
        pending.removeAll(keepingCapacity: true)
    }
}
