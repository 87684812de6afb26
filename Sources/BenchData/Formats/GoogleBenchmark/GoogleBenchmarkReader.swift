/// Reads Google Benchmark JSON (`--benchmark_format=json` or `--benchmark_out=FILE`).
///
/// Each `run_type: iteration` row (one per repetition) is one result. `real_time` becomes
/// `ns/op` (wall time per iteration, as Go's) and `cpu_time` `cpu-ns/op`, both converted
/// from `time_unit`; `bytes_per_second` is `B/s`, `items_per_second` `items/s`, and every
/// other number in the row is a user counter with the counter's name as its unit. Aggregate
/// rows (`_mean`, `_median`, ...) are used only for benchmarks without iteration rows
/// (`--benchmark_report_aggregates_only`): then the median (or mean) is the one value and
/// the file is aggregates-only. `context` scalars become configuration, except `date`,
/// `executable` and `mhz_per_cpu`, which differ between the runs one compares.
enum GoogleBenchmarkReader: ResultReader {
    static let format = ResultFormat.googleBenchmark

    /// `context` keys that differ from run to run on one machine (the clock rate is read
    /// while frequency scaling moves it), and would keep two runs out of one table.
    static let runSpecificKeys: Set<String> = ["date", "executable", "mhz_per_cpu"]

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        // Unless detection has parsed it already, the usual file takes the fast path.
        if input.document == nil, input.allowsFastPath,
            let scan = GoogleBenchmarkScan(input.bytes, requiringContext: false)
        {
            scan.read(into: &builder)
            return
        }
        try readDocument(input.json(), into: &builder)
    }

    /// The general path, over a parsed document.
    static func readDocument(_ document: JSONDocument, into builder: inout ResultBuilder) throws(FormatError) {
        let root = document.root
        if let context = document.member(root, "context") {
            try document.expect(context, .object)
            builder.setConfiguration(scalarsOf: context, in: document, skipping: runSpecificKeys)
        }
        let benchmarks = try document.required(root, "benchmarks")
        // About 30 nodes per row (15 members and their keys), four or five measurements.
        builder.reserve(results: document.nodeCount / 30, measurements: 5)
        try document.expect(benchmarks, .array)
        var units = Units()
        var withIterations: Set<Int32> = []
        var aggregates: [Int32] = []
        // Repetitions of one benchmark follow each other: remember the last name's bytes.
        var lastName: (bytes: UnsafeBufferPointer<UInt8>, id: Int32)?
        for row in document.children(benchmarks) {
            try document.expect(row, .object)
            let fields = GoogleBenchmarkRowFields(row, in: document)
            if fields.failed { continue }
            if fields.runType >= 0 {
                try document.expect(fields.runType, .string)
                if document.stringEquals(fields.runType, "aggregate") {
                    aggregates.append(row)
                    continue
                }
            } else if fields.aggregateName >= 0 {
                // Versions before run_type marked aggregates only by their name.
                aggregates.append(row)
                continue
            }
            let field = fields.runName >= 0 ? fields.runName : try document.required(row, "name")
            let name: Int32
            if let lastName, lastName.bytes.elementsEqual(document.rawBytes(field)) {
                name = lastName.id
            } else {
                name = builder.name(runName(try document.expectString(field)))
                lastName = (document.rawBytes(field), name)
            }
            withIterations.insert(name)
            try readRow(fields, name: name, in: document, units: &units, builder: &builder)
        }
        guard !aggregates.isEmpty else { return }
        // Aggregate rows count only for benchmarks without iteration rows: the median, else the mean.
        var medians: Set<String> = []
        for row in aggregates {
            if let kind = document.member(row, "aggregate_name"), document.stringEquals(kind, "median") {
                medians.insert(try runName(row, in: document))
            }
        }
        var usedAggregates = false
        for row in aggregates {
            let name = try runName(row, in: document)
            if let known = builder.knownName(name), withIterations.contains(known) { continue }
            guard let kind = document.member(row, "aggregate_name") else { continue }
            let aggregate = try document.expectString(kind)
            guard aggregate == "median" || aggregate == "mean" && !medians.contains(name) else { continue }
            usedAggregates = true
            try readRow(
                GoogleBenchmarkRowFields(row, in: document), name: builder.name(name), in: document, units: &units,
                builder: &builder)
        }
        if usedAggregates { builder.markAggregatesOnly() }
    }

    /// The handles of the fixed units, made when first used so that units are interned in
    /// the order they appear (as reading the same results as Go text would).
    struct Units {
        private var realTimeHandle: Int?
        private var cpuTimeHandle: Int?
        private var bytesPerSecondHandle: Int?
        private var itemsPerSecondHandle: Int?

        /// User counters by the bytes of their name.
        private var counters: [(name: UnsafeBufferPointer<UInt8>, handle: Int)] = []

        mutating func realTime(_ builder: inout ResultBuilder) -> Int {
            Self.handle(&realTimeHandle, "ns/op", &builder)
        }

        mutating func cpuTime(_ builder: inout ResultBuilder) -> Int {
            Self.handle(&cpuTimeHandle, "cpu-ns/op", &builder)
        }

        mutating func bytesPerSecond(_ builder: inout ResultBuilder) -> Int {
            Self.handle(&bytesPerSecondHandle, "B/s", &builder)
        }

        mutating func itemsPerSecond(_ builder: inout ResultBuilder) -> Int {
            Self.handle(&itemsPerSecondHandle, "items/s", &builder)
        }

        /// The unit of a user counter named by `name` (raw bytes), `decoded` when first seen.
        mutating func counter(
            _ name: UnsafeBufferPointer<UInt8>, _ builder: inout ResultBuilder, decoded: () -> String
        ) -> Int {
            for counter in counters where counter.name.elementsEqual(name) { return counter.handle }
            let handle = builder.unit(decoded())
            counters.append((name, handle))
            return handle
        }

        private static func handle(_ slot: inout Int?, _ unit: String, _ builder: inout ResultBuilder) -> Int {
            if let slot { return slot }
            let handle = builder.unit(unit)
            slot = handle
            return handle
        }
    }

    /// The row's benchmark name, parameters as keys: `run_name` (without the aggregate
    /// suffix) or, in old versions, `name`.
    private static func runName(_ row: Int32, in document: JSONDocument) throws(FormatError) -> String {
        if let field = document.member(row, "run_name") { return runName(try document.expectString(field)) }
        let name = try document.expectString(try document.required(row, "name"))
        return runName(name, statistic: document.member(row, "aggregate_name").flatMap { document.scalarText($0) })
    }

    /// A benchmark name with parameters as keys. Without `run_name`, an aggregate's `name`
    /// carries its `statistic` (`BM_x_mean`), which is dropped.
    static func runName(_ name: String, statistic: String? = nil) -> String {
        var name = name
        if let statistic, name.hasSuffix("_" + statistic) { name.removeLast(statistic.count + 1) }
        return SubName.keyValueParts(name)
    }

    private static func readRow(
        _ fields: GoogleBenchmarkRowFields, name: Int32, in document: JSONDocument, units: inout Units,
        builder: inout ResultBuilder
    ) throws(FormatError) {
        var scale = 1.0
        if fields.timeUnit >= 0 {
            var unit = try document.expectString(fields.timeUnit)
            guard let nanoseconds = unit.withUTF8({ GoogleBenchmarkField.nanoseconds(perTimeUnit: $0) }) else {
                throw document.fieldError(fields.timeUnit, "unknown time unit \"\(unit)\"")
            }
            scale = nanoseconds
        }
        if fields.realTime >= 0 {
            let value = try document.number(fields.realTime) * scale
            builder.add(value, unit: units.realTime(&builder))
        }
        if fields.cpuTime >= 0 {
            let value = try document.number(fields.cpuTime) * scale
            builder.add(value, unit: units.cpuTime(&builder))
        }
        if fields.bytesPerSecond >= 0 {
            let value = try document.number(fields.bytesPerSecond)
            builder.add(value, unit: units.bytesPerSecond(&builder))
        }
        if fields.itemsPerSecond >= 0 {
            let value = try document.number(fields.itemsPerSecond)
            builder.add(value, unit: units.itemsPerSecond(&builder))
        }
        if fields.hasCounters {
            for value in document.children(fields.row) where document.kind(value) == .number {
                let key = value - 1
                guard !GoogleBenchmarkRowFields.field(key, in: document).isKnownNumber else { continue }
                // A user counter: its name is its unit.
                let unit = units.counter(document.rawBytes(key), &builder) { document.string(key) }
                builder.add(try document.number(value), unit: unit)
            }
        }
        let iterations = fields.iterations >= 0 ? try document.integer(fields.iterations) : 1
        builder.endResult(name: name, iterations: iterations)
    }
}
