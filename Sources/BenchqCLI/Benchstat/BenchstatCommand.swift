import BenchCompare
import BenchData
import BenchReport

/// `benchq benchstat`: a drop-in replacement for Go's benchstat with byte-identical output.
///
/// One intended difference: benchstat exits 0 after printing an error; this command exits 2
/// on any error, so scripts and CI notice (golang/go#20728).
package struct BenchstatCommand {
    /// Where the command writes; the real program passes the process's streams.
    package struct Streams {
        package var standardOutput: (String) -> Void
        package var standardError: (String) -> Void

        package init(standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void) {
            self.standardOutput = standardOutput
            self.standardError = standardError
        }
    }

    /// Relative input paths are opened from here when set.
    package var currentDirectory: String?
    /// Stands in for standard input (`-`) when set.
    package var standardInput: [UInt8]?

    package init(currentDirectory: String? = nil, standardInput: [UInt8]? = nil) {
        self.currentDirectory = currentDirectory
        self.standardInput = standardInput
    }

    private static let flagDefaults: [String: String] = [
        "table": ".config", "row": ".fullname", "col": ".file", "ignore": "", "filter": "*",
        "alpha": "0.05", "confidence": "0.95", "format": "text",
    ]

    /// Runs the command and returns its exit status.
    package func run(_ arguments: [String], streams: Streams) -> Int32 {
        let parser = GoFlagParser(valueFlags: Set(Self.flagDefaults.keys))
        let flags: [String: String]
        let inputs: [String]
        switch parser.parse(arguments) {
        case .help:
            streams.standardError(Self.usage)
            return 0
        case .failure(let message):
            streams.standardError(message + "\n" + Self.usage)
            return 2
        case .parsed(let values, let rest):
            flags = Self.flagDefaults.merging(values) { $1 }
            inputs = rest
        }
        // Numeric flags are checked as Go's flag package checks them: a bad value is a usage
        // error (message and usage, no "benchstat:" prefix).
        var numbers: [String: Double] = [:]
        for name in ["alpha", "confidence"] {
            let text = flags[name, default: ""]
            var bytes = Array(text.utf8)
            switch bytes.withUnsafeMutableBufferPointer({ GoNumberSyntax.parseDouble(UnsafeBufferPointer($0)) }) {
            case .success(let value): numbers[name] = value
            case .failure(let failure):
                let reason = failure == .outOfRange ? "value out of range" : "parse error"
                streams.standardError("invalid value \"\(text)\" for flag -\(name): \(reason)\n" + Self.usage)
                return 2
            }
        }
        guard !inputs.isEmpty else {
            streams.standardError(Self.usage)
            return 2
        }
        do {
            let output = try compare(
                flags: flags, alpha: numbers["alpha", default: 0.05], confidence: numbers["confidence", default: 0.95],
                inputs: inputs, streams: streams)
            streams.standardOutput(output)
            return 0
        } catch {
            streams.standardError("benchstat: \(error.message)\n")
            return 2
        }
    }

    private func compare(
        flags: [String: String], alpha: Double, confidence: Double, inputs: [String], streams: Streams
    ) throws(BenchstatError) -> String {
        let filter: ResultFilter
        do {
            filter = try ResultFilter(flags["filter", default: "*"])
        } catch {
            throw BenchstatError("parsing -filter: \(error)")
        }
        let projections = ProjectionParser()
        var firstError: BenchstatError?
        func parse(_ flag: String, withUnit: Bool = false) -> Projection? {
            let text = flags[flag, default: ""]
            do {
                return withUnit
                    ? try projections.parseWithUnit(text, filter: filter)
                    : try projections.parse(text, filter: filter)
            } catch {
                if firstError == nil { firstError = BenchstatError("parsing -\(flag): \(error)") }
                return nil
            }
        }
        let table = parse("table", withUnit: true)
        let row = parse("row")
        let column = parse("col")
        _ = parse("ignore")
        let residue = projections.residue()
        if let firstError { throw firstError }
        guard let table, let row, let column else { throw BenchstatError("parsing projections failed") }
        // benchstat's checks, NaN included: NaN is neither < 0 nor > 1, so it is accepted.
        if alpha < 0 || alpha > 1 { throw BenchstatError("-alpha must be in range [0, 1]") }
        if confidence < 0 || confidence > 1 { throw BenchstatError("-confidence must be in range [0, 1]") }
        let format = flags["format", default: "text"]
        guard format == "text" || format == "csv" else { throw BenchstatError("-format must be text or csv") }

        let set: BenchmarkSet
        do {
            set = try GoBenchLoader.load(
                InputArgument.parse(inputs, relativeTo: currentDirectory), relativeTo: currentDirectory,
                standardInput: standardInput
            ) { warning in
                streams.standardError(warning.description + "\n")
            }
        } catch {
            throw BenchstatError(error.description)
        }
        var builder = TableBuilder(table: table, row: row, column: column, residue: residue, filter: filter)
        builder.add(set)
        let result = ComparisonResult(
            tables: builder.build(
                options: ComparisonOptions(alpha: alpha, confidence: confidence), unitMetadata: set.unitMetadata),
            tableProjection: table, rowProjection: row, columnProjection: column)
        var output = ""
        if format == "csv" {
            var warnings = ""
            BenchstatCSVWriter.write(result, to: &output, warnings: &warnings)
            streams.standardError(warnings)
        } else {
            BenchstatTextWriter.write(result, to: &output)
        }
        return output
    }

    static let usage = """
        Usage: benchq benchstat [flags] inputs...

        Summarises Go benchmark results and compares them, printing exactly what Go's
        benchstat prints. Each input is a file of `go test -bench` output, `label=path`
        to name its column, or `-` for standard input. One input gives medians with
        confidence intervals; with several, every column is compared with the first.

        Flags:
          -table projection   split into tables by these keys (default ".config")
          -row projection     split into rows by these keys (default ".fullname")
          -col projection     split into columns by these keys (default ".file")
          -ignore keys        ignore variation in these keys
          -filter query       keep only matching results (default "*")
          -alpha α            significance level of the U-test (default 0.05)
          -confidence level   confidence level of the ranges (default 0.95)
          -format text|csv    output format; csv writes warnings to stderr (default text)

        Keys: .name, .fullname, .file, .unit (filters only), .config (projections only),
        /sub-benchmark-key, and file configuration keys such as pkg or goos. A projection
        key may take an order: key@alpha, key@num, or key@(first second ...).
        Filters: key:value, key:/regexp/, key:(a OR b), AND, OR, -negation, (...), *.

        Exit status: 0 on success, 2 on any error (Go's benchstat exits 0 on errors).

        """
}

/// An error of `benchq benchstat`, worded as benchstat words it.
struct BenchstatError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
