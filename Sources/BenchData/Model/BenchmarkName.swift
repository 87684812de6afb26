/// A benchmark's full name split the way benchfmt splits it.
///
/// `Copy/size=4k/fast-16` has base `Copy`, parts `/size=4k` and `/fast`, and GOMAXPROCS
/// suffix `-16`. Parsed once per distinct name, when the name is interned.
package struct BenchmarkName: Sendable, Equatable {
    /// The name as written after `Benchmark` (`.fullname`).
    package let fullName: String
    /// The text before the first `/`, without the `-N` suffix (`.name`).
    package let base: String
    /// The `/…` parts in order, each with its leading `/`.
    package let parts: [String]
    /// The `-N` GOMAXPROCS suffix including its `-`, or empty.
    package let gomaxprocsSuffix: String

    package init(fullName: String) {
        self.fullName = fullName
        var rest = Substring(fullName)
        // GOMAXPROCS suffix: one or more ASCII digits right after a '-' at the very end.
        var suffix = Substring()
        let utf8 = rest.utf8
        var cursor = utf8.endIndex
        while cursor > utf8.startIndex {
            let before = utf8.index(before: cursor)
            let byte = utf8[before]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            cursor = before
        }
        if cursor < utf8.endIndex, cursor > utf8.startIndex {
            let dash = utf8.index(before: cursor)
            if utf8[dash] == UInt8(ascii: "-") {
                suffix = rest[dash...]
                rest = rest[..<dash]
            }
        }
        gomaxprocsSuffix = String(suffix)
        var pieces: [String] = []
        var start = rest.startIndex
        var index = rest.startIndex
        var baseText: Substring?
        while index < rest.endIndex {
            if rest.utf8[index] == UInt8(ascii: "/") {
                if baseText == nil {
                    baseText = rest[start..<index]
                } else {
                    pieces.append(String(rest[start..<index]))
                }
                start = index
            }
            index = rest.utf8.index(after: index)
        }
        if baseText == nil { baseText = rest[start...] } else { pieces.append(String(rest[start...])) }
        base = String(baseText ?? "")
        parts = pieces
    }

    /// The value of sub-benchmark key `key` (`/key=value`), benchproc's `/key`.
    ///
    /// `/gomaxprocs` is the `-N` suffix when present, else a `/gomaxprocs=N` part.
    package func value(ofKey key: String) -> String? {
        if key == "gomaxprocs", !gomaxprocsSuffix.isEmpty {
            return String(gomaxprocsSuffix.dropFirst())
        }
        for part in parts {
            let body = part.utf8.dropFirst()
            guard body.starts(with: key.utf8) else { continue }
            let afterKey = body.dropFirst(key.utf8.count)
            if afterKey.first == UInt8(ascii: "=") {
                return String(Substring(afterKey.dropFirst()))
            }
        }
        return nil
    }
}
