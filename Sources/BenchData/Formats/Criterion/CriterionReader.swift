/// Reads criterion.rs output: `sample.json` and `raw.csv` (one result per sample: the
/// sample's time divided by its iteration count, in `ns/op`), `estimates.json` and critcmp
/// exports (aggregates only: the slope estimate, or the mean without one).
///
/// `sample.json` and `estimates.json` do not carry the benchmark's name: it comes from the
/// `benchmark.json` beside them (criterion writes one in each of `new/`, `base/`, ...), or a
/// file named like them with `benchmark.json` in place of `sample.json`, or else from the
/// directories above (`target/criterion/<name>/new/sample.json`). A throughput declared in
/// `benchmark.json` or `raw.csv` adds `B/s` or `elements/s` per sample.
enum CriterionReader: ResultReader {
    static let format = ResultFormat.criterion

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        if TextTableDetector.detect(input.bytes) == .criterion {
            return try CriterionRawCSV.read(input, into: &builder)
        }
        let document = try input.json()
        let root = document.root
        if let benchmarks = document.member(root, "benchmarks") {
            return try readCritcmpExport(document, benchmarks, into: &builder)
        }
        let description = CriterionDescription(besides: input)
        let name = builder.name(description.name)
        if document.member(root, "times") != nil {
            let times = try document.required(root, "times")
            let iterations = try document.required(root, "iters")
            try document.expect(times, .array)
            try document.expect(iterations, .array)
            guard document.count(times) == document.count(iterations) else {
                throw document.fieldError(
                    iterations, "has \(document.count(iterations)) entries but times has \(document.count(times))")
            }
            let unit = builder.unit("ns/op")
            let throughput = description.throughput.map { (builder.unit($0.unit), $0.amount) }
            for (time, count) in zip(document.children(times), document.children(iterations)) {
                let iterationCount = try document.number(count)
                guard iterationCount > 0 else { throw document.fieldError(count, "iteration count must be positive") }
                let perIteration = try document.number(time) / iterationCount
                builder.add(perIteration, unit: unit)
                if let (handle, amount) = throughput, perIteration > 0 {
                    builder.add(amount / (perIteration * 1e-9), unit: handle)
                }
                builder.endResult(name: name, iterations: Int(iterationCount))
            }
            return
        }
        try readEstimates(document, root, name: name, into: &builder)
    }

    /// One value from `estimates.json`: the slope when present, else the mean.
    private static func readEstimates(
        _ document: JSONDocument, _ estimates: Int32, name: Int32, into builder: inout ResultBuilder
    ) throws(FormatError) {
        let statistic: Int32
        if let slope = document.member(estimates, "slope"), document.kind(slope) != .null {
            statistic = slope
        } else {
            statistic = try document.required(estimates, "mean")
        }
        let value = try document.number(try document.required(statistic, "point_estimate"))
        builder.add(value, unit: builder.unit("ns/op"))
        builder.endResult(name: name, iterations: 1)
        builder.markAggregatesOnly()
    }

    /// `critcmp --export`: estimates per benchmark of one baseline.
    private static func readCritcmpExport(
        _ document: JSONDocument, _ benchmarks: Int32, into builder: inout ResultBuilder
    ) throws(FormatError) {
        try document.expect(benchmarks, .object)
        for benchmark in document.children(benchmarks) {
            var name = document.key(of: benchmark)
            if let description = document.member(benchmark, "criterion_benchmark_v1"),
                let id = document.member(description, "full_id")
            {
                name = try document.expectString(id)
            }
            let estimates = try document.required(benchmark, "criterion_estimates_v1")
            try readEstimates(document, estimates, name: builder.name(name), into: &builder)
        }
    }
}

/// What `benchmark.json` says about a criterion benchmark: its id and declared throughput.
struct CriterionDescription {
    var name: String
    var throughput: (unit: String, amount: Double)?

    init(besides input: ResultInput) {
        let location = input.location
        let directory = location.lastIndex(of: "/").map { String(location[...$0]) } ?? ""
        let file = location.lastIndex(of: "/").map { String(location[location.index(after: $0)...]) } ?? location
        var candidates = [directory + "benchmark.json"]
        for suffix in ["sample.json", "estimates.json"] where file.hasSuffix(suffix) && file != suffix {
            candidates.insert(directory + file.dropLast(suffix.count) + "benchmark.json", at: 0)
        }
        name = Self.nameFromPath(input.path)
        for candidate in candidates {
            guard let bytes = try? InputSource.readAll(path: candidate) else { continue }
            let parsed: (String, (String, Double)?)? = bytes.withUnsafeBufferPointer { buffer in
                guard let document = try? JSONDocument(parsing: buffer, path: candidate),
                    let id = document.member(document.root, "full_id") ?? document.member(document.root, "title"),
                    document.kind(id) == .string
                else { return nil }
                var throughput: (String, Double)?
                if let declared = document.member(document.root, "throughput") {
                    if let bytes = document.member(declared, "Bytes"), let amount = try? document.number(bytes) {
                        throughput = ("B/s", amount)
                    } else if let elements = document.member(declared, "Elements"),
                        let amount = try? document.number(elements)
                    {
                        throughput = ("elements/s", amount)
                    }
                }
                return (document.string(id), throughput)
            }
            if let parsed {
                name = parsed.0
                throughput = parsed.1
                break
            }
        }
    }

    /// `target/criterion/sort/rev/100/new/sample.json` → `sort/rev/100`.
    private static func nameFromPath(_ path: String) -> String {
        var components = path.split(separator: "/").map(String.init)
        if !components.isEmpty { components.removeLast() }
        if let last = components.last, ["new", "base", "change"].contains(last) { components.removeLast() }
        if let root = components.lastIndex(of: "criterion") { components.removeSubrange(...root) }
        return components.isEmpty ? "criterion" : components.joined(separator: "/")
    }
}

/// `raw.csv`: `group,function,value,throughput_num,throughput_type,sample_measured_value,unit,iteration_count`.
enum CriterionRawCSV {
    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let records = CSVRecords.parse(input.bytes)
        guard let header = records.first else { return }
        func column(_ name: String) throws(FormatError) -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw input.error("raw.csv header has no \(name) column")
            }
            return index
        }
        let group = try column("group")
        let function = try column("function")
        let parameter = try column("value")
        let measured = try column("sample_measured_value")
        let unitColumn = try column("unit")
        let iterationsColumn = try column("iteration_count")
        let throughputAmount = header.firstIndex(of: "throughput_num")
        let throughputType = header.firstIndex(of: "throughput_type")
        for (line, record) in try CSVRecords.rows(after: header, in: records, path: input.path) {
            let name = [record[group], record[function], record[parameter]].filter { !$0.isEmpty }.joined(
                separator: "/")
            guard let value = Double(record[measured]), value.isFinite,
                let iterations = Double(record[iterationsColumn]), iterations > 0, iterations.isFinite
            else {
                throw FormatError(
                    path: input.path, line: line, column: 1,
                    message: "sample_measured_value and iteration_count must be numbers (iteration_count positive)")
            }
            let perIteration = value / iterations
            builder.add(perIteration, unit: builder.unit(record[unitColumn] + "/op"))
            if let throughputAmount, let throughputType, let amount = Double(record[throughputAmount]),
                perIteration > 0,
                record[unitColumn] == "ns"
            {
                let unit = record[throughputType] == "bytes" ? "B/s" : record[throughputType] + "/s"
                builder.add(amount / (perIteration * 1e-9), unit: builder.unit(unit))
            }
            builder.endResult(name: builder.name(name), iterations: Int(iterations), line: line)
        }
    }
}
