/// Navigation and typed reading of a parsed document.
///
/// Readers walk node indices (`Int32`) rather than wrapper values, which keeps their loops
/// free of reference counting. The typed accessors throw a ``FormatError`` that names the
/// field by its path (`benchmarks[3].real_time`) and its line and column.
extension JSONDocument {
    /// The children of an object (each member's value; its key is the node before it) or of
    /// an array (its elements). Empty for anything else.
    package func children(_ container: Int32) -> JSONChildren {
        let node = nodes[Int(container)]
        guard node.kind == .object || node.kind == .array else {
            return JSONChildren(nodes: nodes, cursor: 0, end: 0, isObject: false)
        }
        let isObject = node.kind == .object
        return JSONChildren(nodes: nodes, cursor: container + (isObject ? 2 : 1), end: node.next, isObject: isObject)
    }

    /// The number of children of an object or array.
    package func count(_ container: Int32) -> Int {
        var count = 0
        for _ in children(container) { count += 1 }
        return count
    }

    /// The value of member `name` of an object, or nil when absent (or not an object).
    package func member(_ object: Int32, _ name: StaticString) -> Int32? {
        let node = nodes[Int(object)]
        guard node.kind == .object else { return nil }
        // A plain loop: an iterator would retain the node array on every lookup.
        var key = object + 1
        while key < node.next {
            if keyEquals(key, name) { return key + 1 }
            key = nodes[Int(key + 1)].next
        }
        return nil
    }

    /// Whether the key node `key` spells `name`.
    package func keyEquals(_ key: Int32, _ name: StaticString) -> Bool {
        let node = nodes[Int(key)]
        if node.isEscaped {
            return string(key).utf8.elementsEqual(
                UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        }
        let length = Int(node.end - node.start)
        guard length == name.utf8CodeUnitCount else { return false }
        guard let base = bytes.baseAddress else { return length == 0 }
        return memcmpEqual(base + Int(node.start), name.utf8Start, length)
    }

    /// Whether the string node `index` spells `text` (a value compared without decoding it).
    package func stringEquals(_ index: Int32, _ text: StaticString) -> Bool {
        kind(index) == .string && keyEquals(index, text)
    }

    /// The key of the member whose value is `value`.
    package func key(of value: Int32) -> String { string(value - 1) }

    /// The decoded text of a string node (escapes resolved, invalid UTF-8 repaired).
    package func string(_ index: Int32) -> String {
        let raw = rawBytes(index)
        guard nodes[Int(index)].isEscaped else { return String(decoding: raw, as: UTF8.self) }
        var output: [UInt8] = []
        JSONText.unescape(raw, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the decoded bytes of a string node, without making a `String` when it has
    /// no escapes.
    package func appendString(_ index: Int32, to output: inout [UInt8]) {
        if nodes[Int(index)].isEscaped {
            JSONText.unescape(rawBytes(index), into: &output)
        } else {
            output.append(contentsOf: rawBytes(index))
        }
    }

    /// A scalar as configuration text: strings decoded, numbers as written, booleans as
    /// `true`/`false`; nil for null, objects and arrays.
    package func scalarText(_ index: Int32) -> String? {
        switch kind(index) {
        case .string: string(index)
        case .number, .bool: String(decoding: rawBytes(index), as: UTF8.self)
        case .null, .object, .array: nil
        }
    }

    /// A number node's value; an error for any other kind, or a value out of float64 range.
    package func number(_ index: Int32) throws(FormatError) -> Double {
        guard kind(index) == .number else { throw typeError(index, expected: "a number") }
        guard let value = JSONNumber.parse(rawBytes(index)), value.isFinite else {
            throw fieldError(index, "number \(String(decoding: rawBytes(index), as: UTF8.self)) is out of range")
        }
        return value
    }

    /// A number node holding a whole number that fits an `Int`.
    package func integer(_ index: Int32) throws(FormatError) -> Int {
        guard kind(index) == .number else { throw typeError(index, expected: "a whole number") }
        if case .success(let value) = GoNumberSyntax.parseInt(rawBytes(index)) { return value }
        let value = try number(index)
        guard value == value.rounded(), let whole = Int(exactly: value) else {
            throw fieldError(
                index, "expected a whole number, found \(String(decoding: rawBytes(index), as: UTF8.self))")
        }
        return whole
    }

    /// A string node's text; an error for any other kind.
    package func expectString(_ index: Int32) throws(FormatError) -> String {
        guard kind(index) == .string else { throw typeError(index, expected: "a string") }
        return string(index)
    }

    /// Checks that node `index` is of `kind`.
    package func expect(_ index: Int32, _ kind: Kind) throws(FormatError) {
        guard self.kind(index) == kind else { throw typeError(index, expected: Self.describe(kind)) }
    }

    /// The value of a member that must be present.
    package func required(_ object: Int32, _ name: StaticString) throws(FormatError) -> Int32 {
        try expect(object, .object)
        guard let value = member(object, name) else {
            let path = self.path(of: object)
            throw fieldError(object, "missing field \(path.isEmpty ? "" : path + ".")\(name)", namingPath: false)
        }
        return value
    }

    /// An error about node `index`, naming its path and position.
    package func fieldError(_ index: Int32, _ message: String, namingPath: Bool = true) -> FormatError {
        let path = self.path(of: index)
        let text = namingPath && !path.isEmpty ? "\(path): \(message)" : message
        return FormatError(path: self.path, bytes: bytes, offset: offset(index), message: text)
    }

    private func typeError(_ index: Int32, expected: String) -> FormatError {
        fieldError(index, "expected \(expected), found \(Self.describe(kind(index)))")
    }

    private static func describe(_ kind: Kind) -> String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// The path of a node from the root: `benchmarks[3].real_time`; empty for the root.
    package func path(of index: Int32) -> String {
        var components: [String] = []
        var current = index
        while true {
            let parent = nodes[Int(current)].parent
            guard parent >= 0 else { break }
            if nodes[Int(parent)].kind == .object {
                components.append(JSONText.pathComponent(key: string(current - 1)))
            } else {
                var position = 0
                for child in children(parent) {
                    if child == current { break }
                    position += 1
                }
                components.append("[\(position)]")
            }
            current = parent
        }
        var text = components.reversed().joined()
        if text.hasPrefix(".") { text.removeFirst() }
        return text
    }

    private func memcmpEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for offset in 0..<count where lhs[offset] != rhs[offset] { return false }
        return true
    }
}

/// The children of a JSON object or array, in order (see ``JSONDocument/children(_:)``).
package struct JSONChildren: Sequence, IteratorProtocol {
    fileprivate let nodes: [JSONDocument.Node]
    fileprivate var cursor: Int32
    fileprivate let end: Int32
    fileprivate let isObject: Bool

    init(nodes: [JSONDocument.Node], cursor: Int32, end: Int32, isObject: Bool) {
        self.nodes = nodes
        self.cursor = cursor
        self.end = end
        self.isObject = isObject
    }

    package mutating func next() -> Int32? {
        guard cursor < end else { return nil }
        let current = cursor
        let after = nodes[Int(current)].next
        cursor = isObject ? after + 1 : after
        return current
    }
}
