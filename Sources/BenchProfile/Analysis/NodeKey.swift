/// What identifies a node of the call graph at a granularity: pprof's `NodeInfo`.
package struct NodeKey: Hashable, Sendable {
    package var name = ""
    package var address: UInt64 = 0
    package var file = ""
    package var startLine: Int64 = 0
    package var line: Int64 = 0
    package var column: Int64 = 0
    package var objectFile = ""

    /// pprof's `PrintableName`: address, name, then `file:line`, the file, `[binary]` or `<unknown>`.
    package var printableName: String {
        var parts: [String] = []
        if address != 0 { parts.append(Self.hex16(address)) }
        if !name.isEmpty { parts.append(name) }
        if line != 0 {
            parts.append("\(file):\(line)" + (column != 0 ? ":\(column)" : ""))
        } else if !file.isEmpty {
            parts.append(file)
        } else if !name.isEmpty {
            // The name alone.
        } else if !objectFile.isEmpty {
            parts.append("[" + Self.baseName(objectFile) + "]")
        } else {
            parts.append("<unknown>")
        }
        return parts.joined(separator: " ")
    }

    /// Go's `fmt.Sprint` of the `NodeInfo` struct: pprof's last tie-breaker between nodes.
    var goStructText: String {
        "{\(name)  \(address) \(file) \(startLine) \(line) \(column) \(objectFile)}"
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.utf8.count)) + digits
    }

    /// Go's `filepath.Base`.
    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "/" }
        if trimmed.isEmpty { return "." }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// Go's `filepath.Clean`: the shortest equivalent path, lexically.
    static func cleanPath(_ path: String) -> String {
        if path.isEmpty { return "." }
        let isRooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !isRooted {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if isRooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
