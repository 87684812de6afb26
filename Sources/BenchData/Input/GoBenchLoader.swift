/// Loads Go benchmark text from a list of inputs into one ``BenchmarkSet``.
package enum GoBenchLoader {
    /// Reads every input in order. Malformed lines are reported to `warn` as they are found;
    /// the first input that cannot be read stops the load with its error.
    ///
    /// Relative paths are opened from `directory` when given (the current directory
    /// otherwise); `standardInput`, when given, stands in for the process's standard input.
    package static func load(
        _ inputs: [InputArgument], relativeTo directory: String? = nil, standardInput: [UInt8]? = nil,
        warn: (InputError) -> Void
    ) throws(LoadError) -> BenchmarkSet {
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        for input in inputs {
            do {
                let read = { (buffer: UnsafeBufferPointer<UInt8>) throws(LoadError) in
                    try reader.read(buffer, file: input.file, into: &set, warnings: &warnings)
                }
                if input.isStandardInput, let standardInput {
                    try standardInput.withUnsafeBufferPointer { (buffer) throws(LoadError) in try read(buffer) }
                } else {
                    try InputSource.withContents(
                        of: input.file.path, isStandardInput: input.isStandardInput, relativeTo: directory, read)
                }
            } catch {
                warnings.forEach(warn)
                throw error
            }
            warnings.forEach(warn)
            warnings.removeAll(keepingCapacity: true)
        }
        return set
    }
}
