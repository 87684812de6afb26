/// Benchmark names in benchfmt's form: `/key=value` parts for parameters.
enum SubName {
    /// Rewrites `key:value` parts (Google Benchmark's `BM_Copy/size:64/threads:2`) as
    /// `key=value`, so `/size` works as a sub-name key.
    static func keyValueParts(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ":")) else { return name }
        var parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices.dropFirst() {
            if let colon = parts[index].firstIndex(of: ":"), colon > parts[index].startIndex {
                parts[index].replaceSubrange(colon...colon, with: "=")
            }
        }
        return parts.joined(separator: "/")
    }

    /// `base/key=value/...` from a name and parameters, in the order given.
    static func appending(_ parameters: [(key: String, value: String)], to base: String) -> String {
        var name = base
        for (key, value) in parameters {
            name +=
                "/" + ResultBuilder.replacingBlanks(in: key, with: "_") + "="
                + ResultBuilder.replacingBlanks(in: value, with: "_")
        }
        return name
    }
}
