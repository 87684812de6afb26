import Testing

@testable import BenchCompare
@testable import BenchData

/// Builds the default benchstat comparison (tables by .config and unit, rows by .fullname,
/// columns by .file) of Go benchmark texts given as (label, text) pairs.
private func compare(
    _ inputs: [(String, String)], row: String = ".fullname", column: String = ".file", filter query: String = "*"
) throws -> ComparisonResult {
    var set = BenchmarkSet()
    var reader = GoBenchReader()
    var warnings: [InputError] = []
    for (label, text) in inputs {
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try reader.read(
                UnsafeBufferPointer(buffer), file: InputFile(label: label, path: label), into: &set,
                warnings: &warnings)
        }
    }
    let filter = try ResultFilter(query)
    let parser = ProjectionParser()
    let table = try parser.parseWithUnit(".config", filter: filter)
    let rows = try parser.parse(row, filter: filter)
    let columns = try parser.parse(column, filter: filter)
    var builder = TableBuilder(table: table, row: rows, column: columns, residue: parser.residue(), filter: filter)
    builder.add(set)
    return ComparisonResult(
        tables: builder.build(options: ComparisonOptions(), unitMetadata: set.unitMetadata),
        tableProjection: table, rowProjection: rows, columnProjection: columns)
}

private func lines(_ name: String, _ values: [Double], unit: String = "ns/op") -> String {
    values.map { "Benchmark\(name) 1 \($0) \(unit)\n" }.joined()
}

@Suite struct TableBuilderTests {
    @Test func oneTablePerUnitWithCellsPerFile() throws {
        let old = lines("A", [10, 11, 12, 13, 14, 15]) + lines("A", [1, 1, 1, 1, 1, 1], unit: "B/op")
        let new = lines("A", [20, 21, 22, 23, 24, 25])
        let result = try compare([("old", old), ("new", new)])
        #expect(result.tables.map(\.unit) == ["sec/op", "B/op"])
        let time = result.tables[0]
        #expect(time.columns.count == 2)
        let base = try #require(time.cell(row: 0, column: 0))
        let changed = try #require(time.cell(row: 0, column: 1))
        #expect(abs(base.summary.center - 12.5e-9) < 1e-20)
        #expect(base.comparison == nil)
        #expect(changed.baselineCenter == base.summary.center)
        #expect(try #require(changed.comparison).p < 0.05)
        #expect(result.tables[1].columns.count == 1, "B/op only exists in old")
    }

    @Test func geomeanWarnsWhenBenchmarkSetsDiffer() throws {
        let old = lines("A", [10, 11]) + lines("B", [20, 21])
        let new = lines("A", [12, 13])
        let table = try #require(try compare([("old", old), ("new", new)]).tables.first)
        #expect(table.summaries[0].warnings.isEmpty)
        #expect(table.summaries[1].warnings == [.benchmarkSetDiffers])
        #expect(table.summaries[1].ratio != nil)
    }

    @Test func zeroBaselineLeavesTheRatioUndefined() throws {
        let table = try #require(
            try compare([("old", lines("A", [0, 0], unit: "B/op")), ("new", lines("A", [8, 8], unit: "B/op"))])
                .tables.first)
        #expect(table.summaries[1].ratio == nil)
        #expect(table.summaries[0].warnings == [.summariesNotPositive])
    }

    @Test func poolingDifferentBenchmarksIntoOneRowWarns() throws {
        let text = lines("Sort/n=10", [1, 2, 3]) + lines("Sort/n=100", [4, 5, 6])
        let table = try #require(try compare([("a", text)], row: ".name").tables.first)
        let cell = try #require(table.cell(row: 0, column: 0))
        #expect(cell.values.count == 6)
        #expect(cell.sampleWarnings == [.residueVaries(fields: [".fullname"])])
    }

    @Test func filterDropsResultsAndMeasurements() throws {
        let text = "BenchmarkA 1 5 ns/op 3 B/op\nBenchmarkB 1 7 ns/op 4 B/op\n"
        let result = try compare([("a", text)], filter: ".name:A .unit:B/op")
        #expect(result.tables.map(\.unit) == ["B/op"])
        #expect(result.tables[0].rows.count == 1)
    }

    @Test func exactUnitsAreComparedWithoutATest() throws {
        let old = "Unit widgets assume=exact\n" + lines("A", [3], unit: "widgets")
        let new = lines("A", [4], unit: "widgets")
        let table = try #require(try compare([("old", old), ("new", new)]).tables.first)
        #expect(table.assumption == .exact)
        let comparison = try #require(table.cell(row: 0, column: 1)?.comparison)
        #expect(comparison.p == 0)
        #expect(comparison.alpha == 0)
    }

    @Test func repeatedBenchmarksReuseTheirCellsAcrossFiles() throws {
        // The same name and configuration in two files must still land in two columns.
        let text = lines("A", [1, 2, 3])
        let table = try #require(try compare([("x", text), ("y", text)]).tables.first)
        #expect(table.columns.count == 2)
        #expect(table.cell(row: 0, column: 0)?.values.count == 3)
        #expect(table.cell(row: 0, column: 1)?.values.count == 3)
    }
}

@Suite struct SetComparisonTests {
    private func set(_ label: String, _ text: String) throws -> BenchmarkSet {
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try reader.read(
                UnsafeBufferPointer(buffer), file: InputFile(label: label, path: label), into: &set, warnings: &warnings
            )
        }
        return set
    }

    @Test func columnsAreTheSetsInTheOrderGiven() throws {
        let base = try set("old.txt", lines("A", [1, 2, 3]))
        let head = try set("new.txt", lines("A", [4, 5, 6]))
        let result = try SetComparison().compare([("head", head), ("base", base)])
        let table = try #require(result.tables.first)
        #expect(table.columns.map { result.columnProjection.label(of: $0) } == ["head", "base"])
        #expect(table.cell(row: 0, column: 1)?.comparison != nil)
    }

    @Test func filesOfOneSetPoolIntoOneColumnWithoutWarning() throws {
        var base = try set("a.txt", lines("A", [1, 2, 3]))
        base.append(contentsOf: try set("b.txt", lines("A", [4, 5, 6])))
        let result = try SetComparison().compare([("base", base)])
        let cell = try #require(result.tables.first?.cell(row: 0, column: 0))
        #expect(cell.values.count == 6)
        #expect(cell.sampleWarnings.isEmpty)
    }

    @Test func badProjectionNamesItsClause() throws {
        var comparison = SetComparison()
        comparison.rows = ".unit"
        #expect(throws: SetComparison.ClauseError.self) {
            try comparison.compare([("a", try set("a", lines("A", [1])))])
        }
    }
}

@Suite struct ComparisonRowTests {
    /// Three benchmarks: A unchanged, B 50% slower, C 50% faster.
    private func comparison() throws -> ComparisonResult {
        let old =
            lines("A", [10, 10, 10, 10, 10, 10]) + lines("B", [10, 11, 12, 10, 11, 12])
            + lines("C", [20, 21, 22, 20, 21, 22])
        let new =
            lines("A", [10, 10, 10, 10, 10, 10]) + lines("B", [15, 16, 17, 15, 16, 17])
            + lines("C", [10, 11, 12, 10, 11, 12])
        return try compare([("old", old), ("new", new)])
    }

    private func names(_ result: ComparisonResult) -> [String] {
        result.tables.flatMap { table in table.rows.map { result.rowProjection.label(of: $0) } }
    }

    @Test func filterKeepsRowsByChange() throws {
        let result = try comparison()
        #expect(names(result.filteringRows { ($0.delta ?? 0) > 0.05 }) == ["B"])
        #expect(names(result.filteringRows { ($0.p ?? 1) < 0.05 }) == ["B", "C"])
    }

    @Test func sortOrdersRowsAndTopKeepsTheFirst() throws {
        let result = try comparison()
        #expect(names(result.sortingRows(by: .delta, descending: true)) == ["B", "A", "C"])
        #expect(names(result.sortingRows(by: .name, descending: true)) == ["C", "B", "A"])
        #expect(names(result.sortingRows(by: .delta, descending: false).keepingFirstRows(1)) == ["C"])
    }

    @Test func geomeanFollowsTheRowsKept() throws {
        let only = try comparison().filteringRows { $0.name == "A" }
        #expect(only.tables.first?.summaries[1].ratio == 1)
        #expect(try comparison().filteringRows { _ in false }.tables.isEmpty)
    }
}

@Suite struct ScalingAnalysisTests {
    @Test func speedupAndEfficiencyAgainstTheSmallestLevel() throws {
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        var bytes = Array(
            (lines("Work", [100, 100, 100]) + lines("Work-2", [50, 50, 50]) + lines("Work-4", [40, 40, 40])).utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try reader.read(
                UnsafeBufferPointer(buffer), file: InputFile(label: "cpu", path: "cpu"), into: &set, warnings: &warnings
            )
        }
        let tables = try ScalingAnalysis().analyze(set)
        let table = try #require(tables.first)
        #expect(table.levels == [1, 2, 4])
        let points = try #require(table.rows.first?.points)
        #expect(points.map(\.speedup) == [1, 2, 2.5])
        #expect(points.map(\.efficiency) == [1, 1, 0.625])
    }

    @Test func nonNumericLevelsAreAnError() throws {
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        var bytes = Array((lines("Work/mode=fast", [1]) + lines("Work/mode=slow", [2])).utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try reader.read(
                UnsafeBufferPointer(buffer), file: InputFile(label: "m", path: "m"), into: &set, warnings: &warnings)
        }
        var analysis = ScalingAnalysis()
        analysis.key = "/mode"
        #expect(throws: ScalingError.self) { try analysis.analyze(set) }
    }
}
