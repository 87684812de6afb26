extension JSONParser {
    /// Where parsing stopped, as a field path (`benchmarks[3].real_time`), for messages: the
    /// open containers from the root, and the member whose value was being read.
    func contextPath() -> String {
        guard let innermost = open.last else { return "" }
        var components: [String] = []
        if nodes[Int(innermost)].kind == .object {
            // A key whose value never completed is the last node, right after the members.
            var key = innermost + 1
            while key < Int32(nodes.count) {
                let value = key + 1
                if value >= Int32(nodes.count) {
                    components.append(member(key))
                    break
                }
                key = nodes[Int(value)].next
            }
        }
        var child = innermost
        for ancestor in open.dropLast().reversed() {
            components.append(component(child, in: ancestor))
            child = ancestor
        }
        var text = components.reversed().joined()
        if text.hasPrefix(".") { text.removeFirst() }
        return text
    }

    /// `.key` or `[index]` for a child of `parent` (every sibling before it is complete).
    private func component(_ child: Int32, in parent: Int32) -> String {
        if nodes[Int(parent)].kind == .object { return member(child - 1) }
        var index = 0
        var sibling = parent + 1
        while sibling < child {
            sibling = nodes[Int(sibling)].next
            index += 1
        }
        return "[\(index)]"
    }

    private func member(_ key: Int32) -> String {
        let node = nodes[Int(key)]
        let raw = UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
        var decoded: [UInt8] = []
        if node.isEscaped { JSONText.unescape(raw, into: &decoded) } else { decoded = Array(raw) }
        return JSONText.pathComponent(key: String(decoding: decoded, as: UTF8.self))
    }
}
