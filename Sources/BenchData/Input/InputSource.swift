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

    /// Expands a shell glob pattern (`results/*.txt`), sorted; a pattern without magic
    /// characters is returned as is so that a missing file reports "no such file".
    package static func expandGlob(_ pattern: String) -> [String] {
        guard pattern.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return [pattern] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
        }
        return paths
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

    /// Parses benchstat-style arguments: a label before the first `=`, and `path#N` labels
    /// for a path given more than once without a label (benchfmt's disambiguation).
    package static func parse(_ arguments: [String]) -> [InputArgument] {
        var parsed: [InputArgument] = []
        var unlabeledCount: [String: Int] = [:]
        var labeled: [Bool] = []
        for argument in arguments {
            var label = argument
            var path = argument
            if let equals = argument.firstIndex(of: "=") {
                label = String(argument[..<equals])
                path = String(argument[argument.index(after: equals)...])
                labeled.append(true)
            } else {
                unlabeledCount[path, default: 0] += 1
                labeled.append(false)
            }
            parsed.append(
                InputArgument(file: InputFile(label: label, path: path), isStandardInput: path == "-"))
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
