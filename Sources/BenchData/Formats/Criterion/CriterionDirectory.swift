#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the results in a criterion output directory (`target/criterion`): every
/// `new/sample.json` below it, one per benchmark, in path order.
enum CriterionDirectory {
    /// The sample files under `path` (found at `location`, the path as opened), or nil when
    /// it is not a directory.
    static func sampleFiles(in path: String, at location: String) throws(ResultLoadError) -> [String]? {
        guard isDirectory(location) else { return nil }
        var found: [String] = []
        collect(location, shown: path, depth: 0, into: &found)
        guard !found.isEmpty else {
            throw .format(
                FormatError(
                    path: path,
                    message:
                        "a directory without criterion results (no */new/sample.json below it); name a results file instead"
                ))
        }
        return found.sorted()
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    private static func collect(_ location: String, shown: String, depth: Int, into found: inout [String]) {
        guard depth < 16, let handle = opendir(location) else { return }
        defer { closedir(handle) }
        var entries: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { entries.append(name) }
        }
        for name in entries.sorted() {
            let child = location + "/" + name
            let shownChild = shown.hasSuffix("/") ? shown + name : shown + "/" + name
            if name == "new", isDirectory(child), access(child + "/sample.json", R_OK) == 0 {
                found.append(shownChild + "/sample.json")
            } else if name != "report", isDirectory(child) {
                collect(child, shown: shownChild, depth: depth + 1, into: &found)
            }
        }
    }
}
