#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Completes a partly typed file path from the directory it names, for words inside a string
/// such as the path after `load "`.
package enum FilePathCompletion {
    /// Whole paths that start with `typed`, sorted. A directory ends with `/`, so completion can go
    /// on into it; a file ends with `fileSuffix` (a closing quote, say). A leading `~/` is looked up
    /// in `$HOME` and kept as typed. Hidden entries are offered only once a `.` is typed.
    package static func completions(
        forPath typed: String, fileSuffix: String = "", home: String? = environmentValue("HOME")
    ) -> [String] {
        let directoryPart: Substring
        let namePrefix: Substring
        if let slash = typed.lastIndex(of: "/") {
            directoryPart = typed[...slash]
            namePrefix = typed[typed.index(after: slash)...]
        } else {
            directoryPart = ""
            namePrefix = typed[...]
        }
        var directory = directoryPart.isEmpty ? "." : String(directoryPart)
        if directory.hasPrefix("~/"), let home {
            directory = home + directory.dropFirst()
        }
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }

        var paths: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(namePrefix) else { continue }
            guard !name.hasPrefix(".") || namePrefix.hasPrefix(".") else { continue }
            let suffix = isDirectory(directory + "/" + name) ? "/" : fileSuffix
            paths.append(directoryPart + name + suffix)
        }
        return paths.sorted()
    }

    /// Follows symbolic links, so a link to a directory completes like one.
    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
