/// Reads pytest-benchmark JSON (`--benchmark-json=FILE`, or a saved run under `.benchmarks/`).
///
/// With `--benchmark-save-data` (or `--benchmark-json`, which keeps the rounds) each value
/// of `stats.data` is one result, in `sec/op` (pytest-benchmark stores time per iteration),
/// with `stats.iterations` iterations. Without data the median is the one value and the file
/// is aggregates-only. The test's `name` without its `[...]` id is the name, with `params`
/// appended as `/key=value`; `group` is configuration. `machine_info` scalars (and the CPU's
/// `brand_raw` as `cpu`) and `commit_info.project` are configuration; the commit id, time,
/// branch and dirty flag are not, since they differ between the runs one compares.
enum PytestBenchmarkReader: ResultReader {
    static let format = ResultFormat.pytestBenchmark

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let document = try input.json()
        let root = document.root
        if let machine = document.member(root, "machine_info") {
            try document.expect(machine, .object)
            builder.setConfiguration(scalarsOf: machine, in: document)
            if let cpu = document.member(machine, "cpu"), let brand = document.member(cpu, "brand_raw"),
                let text = document.scalarText(brand)
            {
                builder.setConfiguration("cpu", text)
            }
        }
        if let commit = document.member(root, "commit_info"), let project = document.member(commit, "project"),
            let text = document.scalarText(project)
        {
            builder.setConfiguration("project", text)
        }
        let benchmarks = try document.required(root, "benchmarks")
        try document.expect(benchmarks, .array)
        let unit = builder.unit("sec/op")
        var summariesOnly = false
        for benchmark in document.children(benchmarks) {
            try document.expect(benchmark, .object)
            if let group = document.member(benchmark, "group"), let text = document.scalarText(group) {
                builder.setConfiguration("group", text)
            } else {
                builder.removeConfiguration("group")
            }
            let name = builder.name(try benchmarkName(benchmark, in: document))
            let stats = try document.required(benchmark, "stats")
            var iterations = 1
            if let given = document.member(stats, "iterations") { iterations = try document.integer(given) }
            if let data = document.member(stats, "data") {
                try document.expect(data, .array)
                for value in document.children(data) {
                    builder.add(try document.number(value), unit: unit)
                    builder.endResult(name: name, iterations: iterations)
                }
            } else {
                let summary: Int32
                if let median = document.member(stats, "median") {
                    summary = median
                } else {
                    summary = try document.required(stats, "mean")
                }
                builder.add(try document.number(summary), unit: unit)
                builder.endResult(name: name, iterations: iterations)
                summariesOnly = true
            }
        }
        if summariesOnly { builder.markAggregatesOnly() }
    }

    /// `test_sort[100-asc]` with params `{"n": 100, "order": "asc"}` → `test_sort/n=100/order=asc`.
    private static func benchmarkName(_ benchmark: Int32, in document: JSONDocument) throws(FormatError) -> String {
        var name = try document.expectString(try document.required(benchmark, "name"))
        var parameters: [(key: String, value: String)] = []
        if let params = document.member(benchmark, "params"), document.kind(params) == .object {
            for value in document.children(params) {
                let text = document.scalarText(value) ?? String(decoding: document.rawBytes(value), as: UTF8.self)
                parameters.append((document.key(of: value), text))
            }
            if let bracket = name.firstIndex(of: "["), name.hasSuffix("]") { name = String(name[..<bracket]) }
        }
        return SubName.appending(parameters, to: name)
    }
}
