import BenchData
import GRDB

/// Rebuilds a ``BenchmarkSet`` from stored rows, the way the Go benchmark reader builds it
/// from text: units tidied (`ns/op` → `sec/op`), with benchfmt's rule that a value tidying
/// leaves unchanged (0, ±Inf) keeps its original unit.
struct StoredSetBuilder {
    private(set) var set = BenchmarkSet()
    /// Store configuration ids of the current run → the set's configuration index.
    private var configurations: [Int64: Int32] = [:]
    private var tidying: [String: (tidied: Int32, original: Int32, factor: Double)] = [:]
    /// The store id of the result being filled; ids are unique in the whole store, so a
    /// run's first row never continues the last result of the run before.
    private var currentResult: Int64 = -1
    private var fileIndex: Int32 = 0

    mutating func beginRun(_ file: InputFile) {
        fileIndex = Int32(set.files.count)
        set.files.append(file)
        configurations.removeAll(keepingCapacity: true)
    }

    /// Rows of (unit, key, value); the first value of a key wins, as in a file.
    mutating func addMetadata(_ rows: [Row], path: String) throws(StoreError) {
        for row in rows {
            var columns = StoredColumns(row: row, path: path)
            let unit = try columns.text()
            _ = set.unitMetadata.set(try columns.text(), try columns.text(), unit: unit)
        }
    }

    /// Rows of (configuration id, key, value) in entry order; key and value are NULL for an
    /// empty configuration.
    mutating func addConfigurations(_ rows: [Row], path: String) throws(StoreError) {
        var pending: (id: Int64, configuration: BenchData.Configuration)?
        for row in rows {
            var columns = StoredColumns(row: row, path: path)
            let id = try columns.integer()
            if pending?.id != id {
                flush(pending)
                pending = (id, BenchData.Configuration(file: fileIndex))
            }
            if let key = try columns.optionalText() {
                pending?.configuration.entries.append(.init(key: key, value: try columns.text()))
            }
        }
        flush(pending)
    }

    private mutating func flush(_ pending: (id: Int64, configuration: BenchData.Configuration)?) {
        guard let pending else { return }
        configurations[pending.id] = set.internConfiguration(pending.configuration)
    }

    /// A row of (result id, name, configuration id, iterations, value, unit), ordered by
    /// result and then by the value's position.
    mutating func addValue(_ row: Row, path: String) throws(StoreError) {
        var columns = StoredColumns(row: row, path: path)
        let resultID = try columns.integer()
        if resultID != currentResult {
            let name = try columns.text()
            guard let configuration = configurations[try columns.integer()] else {
                throw StoreError(.database, "the results store \(path) is damaged: a result has no configuration")
            }
            let iterations = Int(try columns.integer())
            currentResult = resultID
            let start = Int32(set.measurements.count)
            set.results.append(
                BenchmarkResult(
                    name: set.internName(name), configuration: configuration, measurementStart: start,
                    measurementEnd: start, iterations: iterations, line: Int32(set.results.count + 1)))
        } else {
            _ = try columns.text()
            _ = try columns.integer()
            _ = try columns.integer()
        }
        let value = try columns.real()
        let unit = try columns.text()
        let rule = unitRule(unit)
        let tidied = value * rule.factor
        set.measurements.append(
            Measurement(
                value: tidied, unit: tidied == value ? rule.original : rule.tidied, originalValue: value,
                originalUnit: rule.original))
        set.results[set.results.count - 1].measurementEnd = Int32(set.measurements.count)
    }

    private mutating func unitRule(_ unit: String) -> (tidied: Int32, original: Int32, factor: Double) {
        if let known = tidying[unit] { return known }
        let (tidied, factor) = tidyUnit(unit)
        let rule = (set.internUnit(tidied), set.internUnit(unit), factor)
        tidying[unit] = rule
        return rule
    }
}
