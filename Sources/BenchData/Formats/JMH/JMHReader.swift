/// Reads JMH JSON (`-rf json -rff FILE`), also as exported by other tools (package-benchmark
/// `--format jmh`).
///
/// Every value of `primaryMetric.rawData` (one list per fork) is one result in the score's
/// unit (`ops/s`, `ns/op`, ...); throughput modes (`thrpt`) are declared better higher
/// whatever the unit. Each secondary metric gives results of its own, in the unit
/// `<metric>-<unit>` (`gc.alloc.rate-MB/sec`). The benchmark method is the name, `params` are
/// appended as `/key=value`, and the JVM, its version, threads and forks are configuration.
enum JMHReader: ResultReader {
    static let format = ResultFormat.jmh

    static func read(_ input: ResultInput, into builder: inout ResultBuilder) throws(FormatError) {
        let document = try input.json()
        try document.expect(document.root, .array)
        for entry in document.children(document.root) {
            try document.expect(entry, .object)
            for key: StaticString in ["jdkVersion", "vmName", "vmVersion", "threads", "forks"] {
                if let value = document.member(entry, key), let text = document.scalarText(value) {
                    builder.setConfiguration(key.description, text)
                }
            }
            var parameters: [(key: String, value: String)] = []
            if let params = document.member(entry, "params"), document.kind(params) == .object {
                for value in document.children(params) {
                    parameters.append((document.key(of: value), document.scalarText(value) ?? ""))
                }
            }
            let benchmark = try document.expectString(try document.required(entry, "benchmark"))
            let name = builder.name(SubName.appending(parameters, to: benchmark))
            var higherIsBetter = false
            if let mode = document.member(entry, "mode") { higherIsBetter = try document.expectString(mode) == "thrpt" }
            let primary = try document.required(entry, "primaryMetric")
            try readMetric(
                primary, prefix: "", higherIsBetter: higherIsBetter, name: name, in: document, into: &builder)
            if let secondary = document.member(entry, "secondaryMetrics"), document.kind(secondary) == .object {
                for metric in document.children(secondary) {
                    let label = document.key(of: metric).drop { $0 == "·" || $0 == " " }.filter {
                        $0 != "(" && $0 != ")"
                    }
                    try readMetric(
                        metric, prefix: label + "-", higherIsBetter: false, name: name, in: document, into: &builder)
                }
            }
        }
    }

    private static func readMetric(
        _ metric: Int32, prefix: String, higherIsBetter: Bool, name: Int32, in document: JSONDocument,
        into builder: inout ResultBuilder
    ) throws(FormatError) {
        try document.expect(metric, .object)
        let unitName = prefix + (try document.expectString(try document.required(metric, "scoreUnit")))
        let unit = builder.unit(unitName)
        if higherIsBetter { builder.declare(unitName, direction: .higherIsBetter) }
        guard let raw = document.member(metric, "rawData") else {
            if let histograms = document.member(metric, "rawDataHistogram") {
                try readHistograms(histograms, unit: unit, name: name, in: document, into: &builder)
                return
            }
            // No raw data (an export that kept only the score): the score is the one value.
            builder.add(try document.number(try document.required(metric, "score")), unit: unit)
            builder.endResult(name: name, iterations: 1)
            builder.markAggregatesOnly()
            return
        }
        try document.expect(raw, .array)
        for fork in document.children(raw) {
            try document.expect(fork, .array)
            for value in document.children(fork) {
                builder.add(try document.number(value), unit: unit)
                builder.endResult(name: name, iterations: 1)
            }
        }
    }

    /// Sample mode (`-bm sample`) keeps a histogram per fork and iteration instead of values:
    /// `[[[value, count], ...], ...]`. Each iteration's mean is one result.
    private static func readHistograms(
        _ histograms: Int32, unit: Int, name: Int32, in document: JSONDocument, into builder: inout ResultBuilder
    ) throws(FormatError) {
        try document.expect(histograms, .array)
        for fork in document.children(histograms) {
            try document.expect(fork, .array)
            for iteration in document.children(fork) {
                try document.expect(iteration, .array)
                var total = 0.0
                var samples = 0.0
                for bucket in document.children(iteration) {
                    try document.expect(bucket, .array)
                    let pair = Array(document.children(bucket))
                    guard pair.count == 2 else { throw document.fieldError(bucket, "expected [value, count]") }
                    let count = try document.number(pair[1])
                    total += try document.number(pair[0]) * count
                    samples += count
                }
                guard samples > 0 else { continue }
                builder.add(total / samples, unit: unit)
                builder.endResult(name: name, iterations: Int(samples))
            }
        }
    }
}
