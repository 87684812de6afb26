/// Reads Google Benchmark JSON (`--benchmark_format=json` or `--benchmark_out=FILE`).
///
/// Each `run_type: iteration` row (one per repetition) is one result. `real_time` becomes
/// `ns/op` (wall time per iteration, as Go's) and `cpu_time` `cpu-ns/op`, both converted
/// from `time_unit`; `bytes_per_second` is `B/s`, `items_per_second` `items/s`, and every
/// other number in the row is a user counter with the counter's name as its unit. Aggregate
/// rows (`_mean`, `_median`, ...) are used only for benchmarks without iteration rows
/// (`--benchmark_report_aggregates_only`): then the median (or mean) is the one value and
/// the file is aggregates-only. `context` scalars become configuration, except `date` and
/// `executable`, which differ between the runs one compares.
enum GoogleBenchmarkReader: ResultReader {
    static let format = ResultFormat.googleBenchmark

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let document = try input.json()
        let root = document.root
        if let context = document.member(root, "context") {
            try document.expect(context, .object)
            for value in document.children(context) {
                let key = document.key(of: value)
                guard key != "date", key != "executable", let text = document.scalarText(value) else { continue }
                builder.setConfiguration(key, text)
            }
        }
        let benchmarks = try document.required(root, "benchmarks")
        try document.expect(benchmarks, .array)
        // Benchmarks with iteration rows; their aggregate rows are not results.
        var repeated: Set<String> = []
        for row in document.children(benchmarks) {
            try document.expect(row, .object)
            if let type = document.member(row, "run_type"), try document.expectString(type) == "aggregate" { continue }
            repeated.insert(try runName(row, in: document))
        }
        var units = Units()
        var usedAggregates = false
        for row in document.children(benchmarks) {
            if let failed = document.member(row, "error_occurred"), document.kind(failed) == .bool,
                document.rawBytes(failed).first == UInt8(ascii: "t")
            {
                continue
            }
            let name = try runName(row, in: document)
            if let type = document.member(row, "run_type"), try document.expectString(type) == "aggregate" {
                guard !repeated.contains(name), try isRepresentativeAggregate(row, name: name, in: document) else {
                    continue
                }
                usedAggregates = true
            }
            try readRow(row, name: name, in: document, units: &units, builder: &builder)
        }
        if usedAggregates { builder.markAggregatesOnly() }
    }

    /// The handles of the fixed units, made when first used so that units are interned in
    /// the order they appear (as reading the same results as Go text would).
    private struct Units {
        var realTime: Int?
        var cpuTime: Int?
        var bytesPerSecond: Int?
        var itemsPerSecond: Int?

        static func handle(_ slot: inout Int?, _ unit: String, _ builder: inout ResultBuilder) -> Int {
            if let slot { return slot }
            let handle = builder.unit(unit)
            slot = handle
            return handle
        }
    }

    /// The row's benchmark name (`run_name` without the aggregate suffix), parameters as keys.
    private static func runName(_ row: Int32, in document: JSONDocument) throws(FormatError) -> String {
        var field = document.member(row, "run_name")
        if field == nil { field = try document.required(row, "name") }
        guard let field else { return "" }
        return SubName.keyValueParts(try document.expectString(field))
    }

    /// For aggregates-only output: the median row, or the mean when there is no median.
    private static func isRepresentativeAggregate(
        _ row: Int32, name: String, in document: JSONDocument
    ) throws(FormatError) -> Bool {
        guard let field = document.member(row, "aggregate_name") else { return false }
        let aggregate = try document.expectString(field)
        if aggregate == "median" { return true }
        return aggregate == "mean" && !hasMedian(name, in: document)
    }

    private static func hasMedian(_ name: String, in document: JSONDocument) -> Bool {
        guard let benchmarks = document.member(document.root, "benchmarks") else { return false }
        for row in document.children(benchmarks) {
            guard let aggregate = document.member(row, "aggregate_name"),
                document.string(aggregate) == "median",
                let field = document.member(row, "run_name") ?? document.member(row, "name")
            else { continue }
            if SubName.keyValueParts(document.string(field)) == name { return true }
        }
        return false
    }

    private static func readRow(
        _ row: Int32, name: String, in document: JSONDocument, units: inout Units, builder: inout ResultBuilder
    ) throws(FormatError) {
        var scale = 1.0
        if let unit = document.member(row, "time_unit") {
            switch try document.expectString(unit) {
            case "ns": scale = 1
            case "us": scale = 1e3
            case "ms": scale = 1e6
            case "s": scale = 1e9
            case let other: throw document.fieldError(unit, "unknown time unit \"\(other)\"")
            }
        }
        var iterations = 1
        for value in document.children(row) {
            let key = value - 1
            if document.keyEquals(key, "real_time") {
                builder.add(try document.number(value) * scale, unit: Units.handle(&units.realTime, "ns/op", &builder))
            } else if document.keyEquals(key, "cpu_time") {
                builder.add(
                    try document.number(value) * scale, unit: Units.handle(&units.cpuTime, "cpu-ns/op", &builder))
            } else if document.keyEquals(key, "bytes_per_second") {
                builder.add(try document.number(value), unit: Units.handle(&units.bytesPerSecond, "B/s", &builder))
            } else if document.keyEquals(key, "items_per_second") {
                builder.add(try document.number(value), unit: Units.handle(&units.itemsPerSecond, "items/s", &builder))
            } else if document.keyEquals(key, "iterations") {
                iterations = try document.integer(value)
            } else if document.kind(value) == .number, !isBookkeeping(key, in: document) {
                // A user counter: its name is its unit.
                builder.add(try document.number(value), unit: builder.unit(document.string(key)))
            }
        }
        builder.endResult(name: builder.name(name), iterations: iterations)
    }

    /// Numeric fields that describe the run rather than measure it.
    private static func isBookkeeping(_ key: Int32, in document: JSONDocument) -> Bool {
        document.keyEquals(key, "family_index") || document.keyEquals(key, "per_family_instance_index")
            || document.keyEquals(key, "repetitions") || document.keyEquals(key, "repetition_index")
            || document.keyEquals(key, "threads") || document.keyEquals(key, "error_occurred")
    }
}
