#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads inputs of any known format into one ``BenchmarkSet``: each file's format is
/// detected from its content (Go benchmark text unless it looks like something else), or
/// forced with `format`.
package enum ResultLoader {
    /// Reads every input in order. Malformed Go text lines go to `warn`; notices about a
    /// whole file (aggregates only) go to `note`. The first input that cannot be read stops
    /// the load with its error. `fastPaths` off reads every JSON file through a parsed
    /// document (the same set, slower: for tests that compare the two).
    package static func load(
        _ inputs: [InputArgument], format: ResultFormat? = nil, relativeTo directory: String? = nil,
        fastPaths: Bool = true, warn: (InputError) -> Void, note: (String) -> Void
    ) throws(ResultLoadError) -> BenchmarkSet {
        var loader = Loader(format: format, directory: directory, fastPaths: fastPaths)
        for input in inputs {
            var warnings: [InputError] = []
            defer { warnings.forEach(warn) }
            if !input.isStandardInput,
                let files = try CriterionDirectory.sampleFiles(
                    in: input.file.path, at: location(of: input.file.path, in: directory))
            {
                if let format, format != .criterion {
                    throw .format(
                        FormatError(path: input.file.path, message: "is a directory, not a \(format.title) file"))
                }
                for file in files {
                    var entry = input
                    entry.file.path = file
                    try loader.read(entry, warnings: &warnings, note: note)
                }
                continue
            }
            try loader.read(input, warnings: &warnings, note: note)
        }
        return loader.set
    }

    /// The state of one load: the set, and the Go text reader shared by all Go inputs.
    private struct Loader {
        let format: ResultFormat?
        let directory: String?
        let fastPaths: Bool
        var set = BenchmarkSet()
        var goReader = GoBenchReader()

        init(format: ResultFormat?, directory: String?, fastPaths: Bool) {
            self.format = format
            self.directory = directory
            self.fastPaths = fastPaths
        }

        mutating func read(
            _ input: InputArgument, warnings: inout [InputError], note: (String) -> Void
        ) throws(ResultLoadError) {
            var failure: FormatError?
            do {
                try InputSource.withContents(
                    of: input.file.path, isStandardInput: input.isStandardInput, relativeTo: directory
                ) { (buffer) throws(LoadError) in
                    failure = try attempt(buffer, input: input, warnings: &warnings, note: note)
                }
            } catch {
                throw .load(error)
            }
            if let failure { throw .format(failure) }
        }

        /// Reads one input's bytes; a content problem is returned, a read failure thrown.
        private mutating func attempt(
            _ buffer: UnsafeBufferPointer<UInt8>, input: InputArgument, warnings: inout [InputError],
            note: (String) -> Void
        ) throws(LoadError) -> FormatError? {
            do {
                try read(buffer, input: input, warnings: &warnings, note: note)
                return nil
            } catch let error as LoadError {
                throw error
            } catch let error as FormatError {
                return error
            } catch {
                return FormatError(path: input.file.path, message: "\(error)")
            }
        }

        private mutating func read(
            _ buffer: UnsafeBufferPointer<UInt8>, input: InputArgument, warnings: inout [InputError],
            note: (String) -> Void, compressed: Bool = false
        ) throws {
            let path = input.file.path
            if !compressed, Gunzip.isGzip(buffer) {
                switch Gunzip.inflate(buffer) {
                case .success(let bytes):
                    try bytes.withUnsafeBufferPointer { inner in
                        try read(inner, input: input, warnings: &warnings, note: note, compressed: true)
                    }
                    return
                case .failure(let failure):
                    throw FormatError(path: path, message: "cannot decompress: \(failure)")
                }
            }
            let detection: FormatDetector.Detection
            if let format {
                detection = .format(format, nil)
            } else {
                detection = try FormatDetector.detect(buffer, path: path, fastPaths: fastPaths)
            }
            switch detection {
            case .format(.goText, _) where compressed && format == nil && buffer.prefix(4096).contains(0):
                // Binary data (a NUL byte early on): a profile, say, not benchmark text.
                throw FormatError(
                    path: path,
                    message:
                        "not a results file: gzip-compressed data in no results format (a pprof profile? open it with 'profile')"
                )
            case .format(.goText, _):
                let before = set.results.count
                try goReader.read(buffer, file: input.file, into: &set, warnings: &warnings)
                if set.results.count == before, !buffer.isEmpty, format == nil {
                    note(
                        "\(path): no benchmark results in this file (the formats benchq reads are listed by 'help formats')"
                    )
                }
            case .format(.goTestJSON, _):
                let text = try GoTestJSONReader.goText(
                    ResultInput(path: path, bytes: buffer, document: nil), fastPath: fastPaths)
                try text.withUnsafeBufferPointer { (text) throws(LoadError) in
                    try goReader.read(text, file: input.file, into: &set, warnings: &warnings)
                }
            case .scannedGoogleBenchmark(let scan):
                try readWithBuilder(input.file, path: path, note: note) { builder in scan.read(into: &builder) }
            case .format(let format, let document):
                guard let reader = Self.reader(for: format) else { return }
                var resultInput = ResultInput(
                    path: path, bytes: buffer, document: document, location: location(of: path, in: directory))
                resultInput.allowsFastPath = fastPaths
                try readWithBuilder(input.file, path: path, note: note) { (builder) throws(FormatError) in
                    try reader.read(resultInput, into: &builder)
                }
            case .notResults(let what):
                throw FormatError(path: path, message: "not a results file: \(what)")
            case .unknownJSON:
                throw FormatError(
                    path: path,
                    message: "JSON in no results format benchq knows; the formats are: \(ResultFormat.list)")
            }
        }

        /// Reads one file through a ``ResultBuilder`` appending to the set.
        private mutating func readWithBuilder(
            _ file: InputFile, path: String, note: (String) -> Void,
            _ body: (inout ResultBuilder) throws(FormatError) -> Void
        ) throws(FormatError) {
            var builder = ResultBuilder(set: set, file: file)
            set = BenchmarkSet()
            try body(&builder)
            set = builder.finish()
            if set.files.last?.aggregatesOnly == true {
                note(
                    "\(path): one summary value per benchmark (aggregates only), so no statistical test is possible on its results"
                )
            }
        }

        static func reader(for format: ResultFormat) -> (any ResultReader.Type)? {
            switch format {
            case .goText, .goTestJSON: nil
            case .googleBenchmark: GoogleBenchmarkReader.self
            case .hyperfine: HyperfineReader.self
            case .pytestBenchmark: PytestBenchmarkReader.self
            case .pyperf: PyperfReader.self
            case .criterion: CriterionReader.self
            case .jmh: JMHReader.self
            case .bencherMetricFormat: BencherMetricFormatReader.self
            }
        }
    }

    /// Where a file named by the user is opened from: a relative path joined to `directory`.
    static func location(of path: String, in directory: String?) -> String {
        guard let directory, !path.hasPrefix("/") else { return path }
        return directory + "/" + path
    }
}

/// Why a load stopped: the input could not be read, or its content is not usable.
package enum ResultLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case load(LoadError)
    case format(FormatError)

    /// The input the failure is about, as the user named it.
    package var path: String {
        switch self {
        case .load(let error): error.path
        case .format(let error): error.path
        }
    }

    package var description: String {
        switch self {
        case .load(let error): error.description
        case .format(let error): error.description
        }
    }
}
