/// Reads hyperfine exports: JSON (`--export-json`, 1.x with `results[].times` and 2.0
/// with `schema_version: 2` and several metrics per run), and the aggregates-only CSV
/// (`--export-csv`) and Markdown (`--export-markdown`) tables.
///
/// The command (or its `--command-name`) is the name, blanks becoming `_`; `parameters`
/// (`--parameter-scan`, `-L`) are appended as `/key=value`. Each run is one result, with
/// one iteration. Wall-clock time is `sec/op`; 2.0's other metrics are
/// `<metric>-<unit>/op` (`cpu-sec/op`, `user-sec/op`, `system-sec/op`,
/// `memory-peak-resident-B/op`). Platform metadata becomes configuration; the start time
/// does not (it differs between the runs one compares).
enum HyperfineReader: ResultReader {
    static let format = ResultFormat.hyperfine

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        if let table = TextTableDetector.detect(input.bytes), table == .hyperfine {
            return try HyperfineTableReader.read(input, into: &builder)
        }
        let document = try input.json()
        let root = document.root
        if let metadata = document.member(root, "metadata") {
            if let version = document.member(metadata, "hyperfine_version"), let text = document.scalarText(version) {
                builder.setConfiguration("hyperfine", text)
            }
            if let platform = document.member(metadata, "platform") {
                builder.setConfiguration(scalarsOf: platform, in: document)
            }
        }
        let results = try document.required(root, "results")
        // About one node per run time.
        builder.reserve(results: document.nodeCount)
        try document.expect(results, .array)
        var usedSummary = false
        for result in document.children(results) {
            let name = builder.name(try benchmarkName(result, in: document))
            if let measurements = document.member(result, "measurements") {
                try readMeasurements(measurements, name: name, in: document, into: &builder)
            } else if let times = document.member(result, "times"), document.kind(times) == .array {
                let unit = builder.unit("sec/op")
                // 1.19 and later: the peak memory of each run beside its time.
                var memory: [Int32] = []
                if let given = document.member(result, "memory_usage_byte"), document.kind(given) == .array {
                    memory = Array(document.children(given))
                }
                let memoryUnit = memory.isEmpty ? 0 : builder.unit("memory-peak-resident-B/op")
                for (index, time) in document.children(times).enumerated() {
                    builder.add(try document.number(time), unit: unit)
                    if index < memory.count { builder.add(try document.number(memory[index]), unit: memoryUnit) }
                    builder.endResult(name: name, iterations: 1)
                }
            } else {
                // Old exports without the run times: the mean is all there is.
                let mean = try document.required(result, "mean")
                builder.add(try document.number(mean), unit: builder.unit("sec/op"))
                builder.endResult(name: name, iterations: 1)
                usedSummary = true
            }
        }
        if usedSummary { builder.markAggregatesOnly() }
    }

    private static func benchmarkName(_ result: Int32, in document: JSONDocument) throws(FormatError) -> String {
        let field: Int32
        if let named = document.member(result, "command_name"), document.kind(named) == .string {
            field = named
        } else {
            field = try document.required(result, "command")
        }
        var parameters: [(key: String, value: String)] = []
        if let given = document.member(result, "parameters"), document.kind(given) == .object {
            for value in document.children(given) {
                parameters.append((document.key(of: value), document.scalarText(value) ?? ""))
            }
        }
        return SubName.appending(parameters, to: try document.expectString(field))
    }

    /// Schema 2: `measurements[]`, each `{metric: {value, unit}, ..., exit_code}`.
    private static func readMeasurements(
        _ measurements: Int32, name: Int32, in document: JSONDocument, into builder: inout ResultBuilder
    ) throws(FormatError) {
        try document.expect(measurements, .array)
        for run in document.children(measurements) {
            try document.expect(run, .object)
            for metric in document.children(run) where document.kind(metric) == .object {
                let value = try document.number(try document.required(metric, "value"))
                var unit = ""
                if let given = document.member(metric, "unit") { unit = try document.expectString(given) }
                builder.add(value, unit: builder.unit(unitName(metric: document.key(of: metric), unit: unit)))
            }
            builder.endResult(name: name, iterations: 1)
        }
    }

    /// `time_wall_clock` in `second` → `sec/op`; `time_user` → `user-sec/op`;
    /// `memory_peak_resident` in `byte` → `memory-peak-resident-B/op`.
    static func unitName(metric: String, unit: String) -> String {
        let base: String =
            switch unit {
            case "second", "s": "sec"
            case "byte", "B": "B"
            case "": "value"
            default: unit
            }
        if metric == "time_wall_clock" { return base + "/op" }
        var prefix = metric.hasPrefix("time_") ? String(metric.dropFirst(5)) : metric
        prefix = prefix.replacingUnderscores()
        return prefix + "-" + base + "/op"
    }
}

extension String {
    /// With `_` replaced by `-` (units read better with dashes).
    fileprivate func replacingUnderscores() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }
}
