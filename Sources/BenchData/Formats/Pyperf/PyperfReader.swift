/// Reads pyperf JSON (`python -m pyperf timeit -o FILE`, `pyperformance run -o FILE`),
/// one benchmark or a suite.
///
/// Each value of each run's `values` is one result (warmups and calibration runs are
/// left out), with `loops` × `inner_loops` iterations. The benchmark's metadata `name` is
/// the name; its `unit` (`second`, `byte`, `integer`) gives `sec/op`, `B/op` or `op`.
/// The remaining metadata (the file's, then the benchmark's) is configuration, except what
/// differs from run to run (dates, load, uptime, durations, memory peaks) or describes the
/// benchmark rather than the machine (its name, statements, loop counts).
enum PyperfReader: ResultReader {
    static let format = ResultFormat.pyperf

    /// Metadata that is not configuration.
    private static let skippedKeys: Set<String> = [
        "name", "unit", "loops", "inner_loops", "warmups", "calibrate_loops", "calibrate_warmups", "recalibrate_loops",
        "recalibrate_warmups", "date", "boot_time", "uptime", "duration", "load_avg_1min", "mem_max_rss",
        "mem_peak_pagefile_usage", "runnable_threads", "cpu_temp", "cpu_freq", "command", "timeit_setup", "timeit_stmt",
        "timeit_teardown", "description", "tags",
    ]

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let document = try input.json()
        let root = document.root
        let common = document.member(root, "metadata")
        if let common { try document.expect(common, .object) }
        let benchmarks = try document.required(root, "benchmarks")
        // About one node per value.
        builder.reserve(results: document.nodeCount)
        try document.expect(benchmarks, .array)
        for benchmark in document.children(benchmarks) {
            try document.expect(benchmark, .object)
            let metadata = document.member(benchmark, "metadata")
            for source in [common, metadata] {
                guard let source else { continue }
                builder.setConfiguration(scalarsOf: source, in: document, skipping: skippedKeys)
            }
            let lookup = { (key: StaticString) -> Int32? in
                metadata.flatMap { document.member($0, key) } ?? common.flatMap { document.member($0, key) }
            }
            guard let nameField = lookup("name") else {
                throw document.fieldError(benchmark, "the benchmark has no metadata name")
            }
            let name = builder.name(try document.expectString(nameField))
            var unitName = "sec/op"
            if let unitField = lookup("unit") {
                switch try document.expectString(unitField) {
                case "second": unitName = "sec/op"
                case "byte": unitName = "B/op"
                case "integer": unitName = "op"
                case let other: unitName = other
                }
            }
            let unit = builder.unit(unitName)
            let runs = try document.required(benchmark, "runs")
            try document.expect(runs, .array)
            for run in document.children(runs) {
                guard let values = document.member(run, "values") else { continue }
                try document.expect(values, .array)
                let runMetadata = document.member(run, "metadata")
                let loops = try count("loops", runMetadata, lookup("loops"), in: document)
                let innerLoops = try count("inner_loops", runMetadata, lookup("inner_loops"), in: document)
                for value in document.children(values) {
                    builder.add(try document.number(value), unit: unit)
                    builder.endResult(name: name, iterations: loops * innerLoops)
                }
            }
        }
    }

    private static func count(
        _ key: StaticString, _ runMetadata: Int32?, _ fallback: Int32?, in document: JSONDocument
    ) throws(FormatError) -> Int {
        if let runMetadata, let value = document.member(runMetadata, key) { return try document.integer(value) }
        if let fallback { return try document.integer(fallback) }
        return 1
    }
}
