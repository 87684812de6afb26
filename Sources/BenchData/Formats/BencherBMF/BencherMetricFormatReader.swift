/// Reads Bencher Metric Format JSON: `{"bench": {"measure": {"value": N, ...}}}`, and the
/// form with parameters, `{"bench": [{"parameters": {...}, "measures": {...}}]}`.
///
/// Each measure's `value` is one summary value, so the file is aggregates-only (bounds and
/// percentiles are ignored). Bencher's built-in measures map to units: `latency`
/// (nanoseconds) to `ns/op`, `throughput` (operations per second) to `ops/s`; any other
/// measure's name is its unit, lower is better. Parameters are sorted by key and numbers
/// written in their shortest form, so `16`, `16.0` and `1.6e1` name the same benchmark.
enum BencherMetricFormatReader: ResultReader {
    static let format = ResultFormat.bencherMetricFormat

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let document = try input.json()
        try document.expect(document.root, .object)
        for benchmark in document.children(document.root) {
            let base = document.key(of: benchmark)
            if document.kind(benchmark) == .array {
                for entry in document.children(benchmark) {
                    try document.expect(entry, .object)
                    let parameters = try parameterList(document.member(entry, "parameters"), in: document)
                    let name = builder.name(SubName.appending(parameters, to: base))
                    try readMeasures(try document.required(entry, "measures"), name: name, in: document, into: &builder)
                }
            } else {
                try readMeasures(benchmark, name: builder.name(base), in: document, into: &builder)
            }
        }
        builder.markAggregatesOnly()
    }

    private static func readMeasures(
        _ measures: Int32, name: Int32, in document: JSONDocument, into builder: inout ResultBuilder
    ) throws(FormatError) {
        try document.expect(measures, .object)
        for measure in document.children(measures) {
            let value = try document.number(try document.required(measure, "value"))
            let unit: String =
                switch document.key(of: measure) {
                case "latency": "ns/op"
                case "throughput": "ops/s"
                case let other: other
                }
            builder.add(value, unit: builder.unit(unit))
        }
        builder.endResult(name: name, iterations: 1)
    }

    private static func parameterList(
        _ parameters: Int32?, in document: JSONDocument
    ) throws(FormatError) -> [(key: String, value: String)] {
        guard let parameters, document.kind(parameters) != .null else { return [] }
        try document.expect(parameters, .object)
        var list: [(key: String, value: String)] = []
        for value in document.children(parameters) {
            let text: String
            if document.kind(value) == .number {
                text = GoFloatFormat.shortest(try document.number(value))
            } else {
                text = document.scalarText(value) ?? String(decoding: document.rawBytes(value), as: UTF8.self)
            }
            list.append((document.key(of: value), text))
        }
        return list.sorted { $0.key < $1.key }
    }
}
