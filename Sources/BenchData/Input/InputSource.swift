#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the raw bytes of inputs: files, standard input and glob patterns.
///
/// Errors are worded as Go's `os` package words them, so that `benchq benchstat` prints
/// what benchstat prints (`open x.txt: no such file or directory`).
package enum InputSource {
    /// Reads a whole file, or standard input for `-`.
    ///
    /// A relative `path` is opened relative to `directory` when one is given; messages
    /// always show `path` as the user wrote it.
    package static func readAll(
        path: String, isStandardInput: Bool = false, relativeTo directory: String? = nil
    ) throws(LoadError) -> [UInt8] {
        try withContents(of: path, isStandardInput: isStandardInput, relativeTo: directory) { Array($0) }
    }

    /// Calls `body` with the whole contents of a file (or standard input for `-`).
    ///
    /// A regular file is mapped into memory rather than copied: large inputs are read once,
    /// by the kernel, and the pages are never zeroed or copied by us.
    package static func withContents<Result>(
        of path: String, isStandardInput: Bool = false, relativeTo directory: String? = nil,
        _ body: (UnsafeBufferPointer<UInt8>) throws(LoadError) -> Result
    ) throws(LoadError) -> Result {
        if isStandardInput {
            let bytes = try readAll(descriptor: 0, path: path)
            return try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in try body(buffer) }
        }
        var location = path
        if let directory, !path.hasPrefix("/") { location = directory + "/" + path }
        let descriptor = open(location, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .open(path: path, reason: errnoDescription(errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 {
            let size = Int(status.st_size)
            if let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
                mapping != MAP_FAILED
            {
                defer { munmap(mapping, size) }
                return try body(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size))
            }
        }
        let bytes = try readAll(descriptor: descriptor, path: path)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in try body(buffer) }
    }

    private static func readAll(descriptor: Int32, path: String) throws(LoadError) -> [UInt8] {
        var status = stat()
        var capacity = 1 << 16
        if fstat(descriptor, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw .read(path: path, line: 0, reason: errnoDescription(EISDIR))
            }
            if (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 { capacity = Int(status.st_size) + 1 }
        }
        // Read straight into the result, growing it when a pipe or a growing file has more.
        var bytes = [UInt8]()
        var length = 0
        while true {
            if length == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(capacity, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                guard let start = buffer.baseAddress else { return 0 }
                return read(descriptor, start + length, buffer.count - length)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .read(path: path, line: 0, reason: errnoDescription(errno))
            }
            length += count
        }
        bytes.removeSubrange(length...)
        return bytes
    }

    /// Expands a shell glob pattern (`results/*.txt`) into the paths it matches, sorted.
    ///
    /// A path that exists as written, or that has no glob characters, is returned as is;
    /// so is a pattern that matches nothing, so that opening it reports "no such file".
    /// Relative patterns are matched from `directory` when given, and the matches are
    /// returned relative, as written.
    package static func expandGlob(_ pattern: String, relativeTo directory: String? = nil) -> [String] {
        guard pattern.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return [pattern] }
        let prefix = directory.map { pattern.hasPrefix("/") ? "" : $0 + "/" } ?? ""
        if access(prefix + pattern, F_OK) == 0 { return [pattern] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(prefix + pattern, 0, nil, &result) == 0 else { return [pattern] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            guard let path = result.gl_pathv[index] else { continue }
            paths.append(String(String(cString: path).dropFirst(prefix.count)))
        }
        return paths.isEmpty ? [pattern] : paths
    }

    /// strerror text with a lower-case first letter, as Go's syscall errors read.
    package static func errnoDescription(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        var message = String(cString: text)
        if let first = message.first, first.isUppercase {
            message = first.lowercased() + message.dropFirst()
        }
        return message
    }
}

/// How the command line names inputs: `path`, `label=path` or `-` for standard input.
package struct InputArgument: Sendable, Equatable {
    package var file: InputFile
    package var isStandardInput: Bool

    package init(file: InputFile, isStandardInput: Bool) {
        self.file = file
        self.isStandardInput = isStandardInput
    }

    /// Parses benchstat-style arguments: a label before the first `=`, and `path#N` labels
    /// for a path given more than once without a label (benchfmt's disambiguation).
    ///
    /// A path that does not exist but is a glob pattern (`runs/old-*.txt`) stands for the
    /// files it matches, each labelled by its own path, or all by the label when one is
    /// given (`old=runs/old-*.txt` pools them into one column). Benchstat has no globs;
    /// where a shell has expanded them already, nothing changes.
    package static func parse(_ arguments: [String], relativeTo directory: String? = nil) -> [InputArgument] {
        var parsed: [InputArgument] = []
        var unlabeledCount: [String: Int] = [:]
        var labeled: [Bool] = []
        for argument in arguments {
            var label: String?
            var pattern = argument
            if let equals = argument.firstIndex(of: "=") {
                label = String(argument[..<equals])
                pattern = String(argument[argument.index(after: equals)...])
            }
            let paths = pattern == "-" ? [pattern] : InputSource.expandGlob(pattern, relativeTo: directory)
            for path in paths {
                if label == nil { unlabeledCount[path, default: 0] += 1 }
                labeled.append(label != nil)
                parsed.append(
                    InputArgument(file: InputFile(label: label ?? path, path: path), isStandardInput: path == "-"))
            }
        }
        var seen: [String: Int] = [:]
        for index in parsed.indices where !labeled[index] {
            let path = parsed[index].file.path
            guard unlabeledCount[path, default: 0] > 1 else { continue }
            let ordinal = seen[path, default: 0]
            parsed[index].file.label = "\(path)#\(ordinal)"
            seen[path] = ordinal + 1
        }
        return parsed
    }
}
