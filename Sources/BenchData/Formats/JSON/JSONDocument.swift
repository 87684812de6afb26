/// A JSON text parsed in one pass over its bytes into a flat array of nodes (a "tape").
///
/// Every value is one node; an object's members are its key node followed by the value's
/// nodes, and each node knows where its subtree ends, so readers skip what they do not need
/// in one step. Strings and numbers stay as byte ranges and are decoded only when a reader
/// asks for them. Nothing is allocated per value but the node itself.
///
/// The document refers to the bytes it was parsed from and is valid only while they are.
package struct JSONDocument {
    /// What a node holds.
    package enum Kind: UInt8, Sendable {
        case object, array, string, number, bool, null
    }

    /// One value (or object key) of the text.
    struct Node {
        var kind: Kind
        /// A string with a backslash escape, decoded the slow way.
        var isEscaped: Bool
        /// Byte range: a string's contents without quotes; the whole text of anything else.
        var start: Int32
        var end: Int32
        /// The index of the first node after this one's subtree.
        var next: Int32
        /// The enclosing object or array, or -1 for the root.
        var parent: Int32
    }

    /// The bytes the document was parsed from.
    package let bytes: UnsafeBufferPointer<UInt8>
    /// The path used in messages.
    package let path: String
    var nodes: [Node]

    /// The number of nodes (values and keys): an upper bound on the values a reader finds.
    package var nodeCount: Int { nodes.count }

    /// The root value.
    package var root: Int32 { 0 }

    /// Parses `bytes` as one JSON value (surrounding white space allowed), or with
    /// `sequence` as any number of values one after another (JSON Lines); then the values
    /// are the roots ``roots``.
    package init(parsing bytes: UnsafeBufferPointer<UInt8>, path: String, sequence: Bool = false) throws(FormatError) {
        self.bytes = bytes
        self.path = path
        var parser = JSONParser(bytes, allowsSequence: sequence)
        do {
            try parser.parse()
        } catch {
            nodes = []
            let context = parser.contextPath()
            throw FormatError(
                path: path, bytes: bytes, offset: error.offset,
                message: "invalid JSON\(context.isEmpty ? "" : " in " + context): \(error.message)")
        }
        nodes = parser.nodes
    }

    /// The top-level values: one, or several for a sequence.
    package var roots: JSONChildren { JSONChildren(nodes: nodes, cursor: 0, end: Int32(nodes.count), isObject: false) }

    /// The kind of node `index`.
    package func kind(_ index: Int32) -> Kind { nodes[Int(index)].kind }

    /// The index after node `index`'s subtree (its next sibling, for array elements).
    package func next(_ index: Int32) -> Int32 { nodes[Int(index)].next }

    /// The raw bytes of a node (a string's contents without quotes).
    package func rawBytes(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
        let node = nodes[Int(index)]
        return UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }

    /// The byte offset where node `index` starts (for messages).
    package func offset(_ index: Int32) -> Int {
        let node = nodes[Int(index)]
        return Int(node.start) - (node.kind == .string ? 1 : 0)
    }
}

/// A syntax error found while parsing: where, and what was expected.
struct JSONSyntaxError: Error {
    var offset: Int
    var message: String
}
