/// Tells JSON results formats (and known JSON files that are not results) apart by the
/// fields at the top of the document.
enum JSONShapeDetector {
    static func detect(_ document: JSONDocument) -> FormatDetector.Detection {
        let root = document.root
        switch document.kind(root) {
        case .object: return detectObject(document, root)
        case .array: return detectArray(document, root)
        default: return .unknownJSON
        }
    }

    private static func detectObject(_ document: JSONDocument, _ root: Int32) -> FormatDetector.Detection {
        let has = { (name: StaticString) in document.member(root, name) != nil }
        if has("context"), has("benchmarks") { return .format(.googleBenchmark, document) }
        if has("machine_info") || has("commit_info") { return .format(.pytestBenchmark, document) }
        if let results = document.member(root, "results"), document.kind(results) == .array {
            if has("schema_version") || firstElement(document, results, has: "command") {
                return .format(.hyperfine, document)
            }
        }
        if let benchmarks = document.member(root, "benchmarks") {
            if firstElement(document, benchmarks, has: "runs") || has("version") && has("metadata") {
                return .format(.pyperf, document)
            }
            if firstElement(document, benchmarks, has: "stats") { return .format(.pytestBenchmark, document) }
            if document.kind(benchmarks) == .object, firstElement(document, benchmarks, has: "criterion_estimates_v1") {
                return .format(.criterion, document)
            }
        }
        if has("sampling_mode") || has("iters") && has("times") { return .format(.criterion, document) }
        if has("mean"), has("median") {
            if has("std_dev") || has("median_abs_dev") || has("slope") { return .format(.criterion, document) }
            return .notResults(
                "criterion change estimates (change/estimates.json): a relative change between two runs, not results; load new/sample.json, or the target/criterion directory"
            )
        }
        if has("full_id") || has("group_id") {
            return .notResults(
                "a criterion benchmark description (benchmark.json); load the sample.json or raw.csv beside it, or the target/criterion directory"
            )
        }
        if has("commit_hash"), has("result_columns") {
            return .notResults(
                "an asv result file: asv's results are not read; export them or use one of the formats listed by 'help formats'"
            )
        }
        if has("regressions") { return .notResults("asv's regressions list (from asv publish)") }
        if has("arch"), has("machine"), has("num_cpu") {
            return .notResults("an asv machine description (machine.json)")
        }
        if has("baselineName"), has("results") {
            return .notResults(
                "a package-benchmark baseline; export it as JMH with 'swift package benchmark baseline read NAME --format jmh' and load that"
            )
        }
        if let first = document.children(root).first(where: { _ in true }) {
            if document.member(first, "code") != nil, document.member(first, "param_names") != nil {
                return .notResults("an asv benchmark list (benchmarks.json)")
            }
            if isMetricFormat(document, root) { return .format(.bencherMetricFormat, document) }
        }
        return .unknownJSON
    }

    private static func detectArray(_ document: JSONDocument, _ root: Int32) -> FormatDetector.Detection {
        guard let first = document.children(root).first(where: { _ in true }) else { return .unknownJSON }
        switch document.kind(first) {
        case .object:
            if document.member(first, "primaryMetric") != nil { return .format(.jmh, document) }
            if document.member(first, "measurements") != nil,
                document.member(first, "utest") != nil
                    || document.member(first, "time_unit") != nil
            {
                return .notResults(
                    "a Google Benchmark compare.py dump: a comparison of two runs, not results; load the two runs it compared"
                )
            }
        case .number:
            return .notResults("a list of numbers (criterion's tukey.json outlier fences?), not results")
        default:
            break
        }
        return .unknownJSON
    }

    /// BMF: `{"bench": {"measure": {"value": N, ...}}}`, or the canonical form
    /// `{"bench": [{"parameters": {...}, "measures": {...}}]}`.
    private static func isMetricFormat(_ document: JSONDocument, _ root: Int32) -> Bool {
        for benchmark in document.children(root) {
            switch document.kind(benchmark) {
            case .object:
                for measure in document.children(benchmark) {
                    guard document.member(measure, "value") != nil else { return false }
                }
            case .array:
                for entry in document.children(benchmark) {
                    guard document.member(entry, "measures") != nil else { return false }
                }
            default:
                return false
            }
        }
        return true
    }

    private static func firstElement(_ document: JSONDocument, _ container: Int32, has name: StaticString) -> Bool {
        guard let first = document.children(container).first(where: { _ in true }) else { return false }
        return document.member(first, name) != nil
    }
}
