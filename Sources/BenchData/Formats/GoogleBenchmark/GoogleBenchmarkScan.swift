/// The fast path of ``GoogleBenchmarkReader``: the file read in one pass with a
/// ``JSONScanner`` into compact rows (the numbers already converted, a name per run of
/// repetitions), then handed to the builder; no document, no value per field.
///
/// It maps a file exactly as the general path does, and gives up (the initializer answers
/// nil) on anything it does not handle: invalid JSON, an escaped member name in the root or a
/// row, a known field of an unexpected type or given twice, a time unit or iteration count
/// the general path would reject, or aggregate rows the file would be read from. Then the
/// general path reads the file or reports what is wrong with it.
///
/// The scan refers to the bytes it read and is valid only while they are.
package struct GoogleBenchmarkScan {
    /// One `context` member.
    private struct Member {
        var key: JSONScanner.Span
        var value: JSONScanner.Span
        var kind: JSONDocument.Kind
    }

    /// One iteration row: its name (an index into `names`), and its measurements, NaN when
    /// absent (the values read are finite).
    private struct Row {
        var name: Int32
        var iterations: Int
        var scale: Double
        var realTime: Double
        var cpuTime: Double
        var bytesPerSecond: Double
        var itemsPerSecond: Double
        /// The end of this row's user counters in `counters` (they start at the previous row's end).
        var counterEnd: Int32
    }

    /// One user counter value: its name's bytes in the input, and its value.
    struct Counter {
        var keyStart: Int32
        var keyEnd: Int32
        var value: Double
    }

    private var scanner: JSONScanner
    private var context: [Member] = []
    private var hasContext = false
    private var rows: [Row] = []
    private var counters: [Counter] = []
    /// Iteration row names (parameters as keys), one per run of rows with the same name.
    private var names: [String] = []
    private var lastName: JSONScanner.Span?
    /// The names aggregate rows are read under: each must be an iteration row's name.
    private var aggregateNames: [String] = []

    /// Scans `bytes`; nil when this path does not read them. With `requiringContext`, the
    /// root must have `context` as well as `benchmarks` (what detection looks for).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, requiringContext: Bool) {
        guard let scanner = JSONScanner(bytes) else { return nil }
        self.scanner = scanner
        guard scanRoot(requiringContext: requiringContext), hasContext || !requiringContext else { return nil }
        let iterationNames = Set(names)
        guard aggregateNames.allSatisfy({ iterationNames.contains($0) }) else { return nil }
    }

    /// With `requiringContext` (detection), a root not starting with `context`, as Google
    /// Benchmark writes it, is left to the general path at once rather than scanned.
    private mutating func scanRoot(requiringContext: Bool) -> Bool {
        scanner.skipWhitespace()
        guard scanner.consume(UInt8(ascii: "{")) else { return false }
        scanner.skipWhitespace()
        var hasBenchmarks = false
        guard !scanner.consume(UInt8(ascii: "}")) else { return false }
        while true {
            guard let key = scanner.string(), !key.escaped, scanner.colon() else { return false }
            let isContext = scanner.equals(key.start, key.end, "context")
            guard isContext || hasContext || !requiringContext else { return false }
            if isContext {
                guard !hasContext, scanContext() else { return false }
                hasContext = true
            } else if scanner.equals(key.start, key.end, "benchmarks") {
                guard !hasBenchmarks, scanRows() else { return false }
                hasBenchmarks = true
            } else {
                guard scanner.skipValue() != nil else { return false }
            }
            guard let more = scanner.separator(UInt8(ascii: "}")) else { return false }
            if !more { break }
        }
        scanner.skipWhitespace()
        return hasBenchmarks && scanner.atEnd
    }

    private mutating func scanContext() -> Bool {
        guard scanner.consume(UInt8(ascii: "{")) else { return false }
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = scanner.string(), scanner.colon() else { return false }
            let start = scanner.position
            if scanner.current == UInt8(ascii: "\"") {
                guard let value = scanner.string() else { return false }
                context.append(Member(key: key, value: value, kind: .string))
            } else {
                guard let kind = scanner.skipValue() else { return false }
                let value = JSONScanner.Span(start: start, end: scanner.position, escaped: false)
                context.append(Member(key: key, value: value, kind: kind))
            }
            guard let more = scanner.separator(UInt8(ascii: "}")) else { return false }
            if !more { return true }
        }
    }

    private mutating func scanRows() -> Bool {
        guard scanner.consume(UInt8(ascii: "[")) else { return false }
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "]")) { return true }
        // About 470 bytes per pretty-printed row.
        rows.reserveCapacity(scanner.bytes.count / 400)
        while true {
            guard scanRow() else { return false }
            guard let more = scanner.separator(UInt8(ascii: "]")) else { return false }
            if !more { return true }
        }
    }

    private mutating func scanRow() -> Bool {
        guard scanner.consume(UInt8(ascii: "{")) else { return false }
        var fields = GoogleBenchmarkScanFields()
        let counterStart = counters.count
        scanner.skipWhitespace()
        if !scanner.consume(UInt8(ascii: "}")) {
            while true {
                guard let key = scanner.string(), !key.escaped, scanner.colon() else { return false }
                guard fields.read(key, with: &scanner, counters: &counters) else { return false }
                guard let more = scanner.separator(UInt8(ascii: "}")) else { return false }
                if !more { break }
            }
        }
        if fields.failed {
            counters.removeLast(counters.count - counterStart)
            return true
        }
        let isAggregate = fields.runType.map { $0.isAggregate } ?? (fields.aggregateName != nil)
        guard let field = fields.runName ?? fields.name else { return false }
        if isAggregate {
            counters.removeLast(counters.count - counterStart)
            let statistic = fields.runName == nil ? fields.aggregateName.map { scanner.text($0) } : nil
            aggregateNames.append(GoogleBenchmarkReader.runName(scanner.text(field), statistic: statistic))
            return true
        }
        // Repetitions of one benchmark follow each other: a name is decoded once per run.
        let sameName = lastName.map { scanner.equalBytes(($0.start, $0.end), (field.start, field.end)) } ?? false
        if !sameName {
            names.append(GoogleBenchmarkReader.runName(scanner.text(field)))
            lastName = field
        }
        rows.append(
            Row(
                name: Int32(names.count - 1), iterations: fields.iterations ?? 1, scale: fields.scale,
                realTime: fields.realTime, cpuTime: fields.cpuTime, bytesPerSecond: fields.bytesPerSecond,
                itemsPerSecond: fields.itemsPerSecond, counterEnd: Int32(counters.count)))
        return true
    }

    /// Adds the scanned results to `builder`, as ``GoogleBenchmarkReader`` adds them.
    func read(into builder: inout ResultBuilder) {
        for member in context {
            let key = scanner.text(member.key)
            guard !GoogleBenchmarkReader.runSpecificKeys.contains(key) else { continue }
            switch member.kind {
            case .string: builder.setConfiguration(key, scanner.text(member.value))
            case .number, .bool:
                builder.setConfiguration(
                    key, String(decoding: scanner.slice(member.value.start, member.value.end), as: UTF8.self))
            case .null, .object, .array: continue
            }
        }
        builder.reserve(results: rows.count, measurements: 5)
        var units = GoogleBenchmarkReader.Units()
        var ids = [Int32](repeating: -1, count: names.count)
        var counterStart = 0
        for row in rows {
            var id = ids[Int(row.name)]
            if id < 0 {
                id = builder.name(names[Int(row.name)])
                ids[Int(row.name)] = id
            }
            if !row.realTime.isNaN {
                builder.add(row.realTime * row.scale, unit: units.realTime(&builder))
            }
            if !row.cpuTime.isNaN {
                builder.add(row.cpuTime * row.scale, unit: units.cpuTime(&builder))
            }
            if !row.bytesPerSecond.isNaN {
                builder.add(row.bytesPerSecond, unit: units.bytesPerSecond(&builder))
            }
            if !row.itemsPerSecond.isNaN {
                builder.add(row.itemsPerSecond, unit: units.itemsPerSecond(&builder))
            }
            for counter in counters[counterStart..<Int(row.counterEnd)] {
                let name = scanner.slice(Int(counter.keyStart), Int(counter.keyEnd))
                builder.add(
                    counter.value, unit: units.counter(name, &builder) { String(decoding: name, as: UTF8.self) })
            }
            counterStart = Int(row.counterEnd)
            builder.endResult(name: id, iterations: row.iterations)
        }
    }
}
