import BenchData

/// Compares named sets with benchstat's grouping: the language's `compare A B [by ...]
/// [across ...] [per ...] [ignore ...]`.
///
/// The sets are pooled into one set whose results remember their set's name (`.set`), so
/// that the default columns are the sets, in the order given, the first being the baseline.
package struct SetComparison {
    /// Row projection (`by`); benchstat's `-row`.
    package var rows = ".fullname"
    /// Column projection (`across`); benchstat's `-col`. The sets by default.
    package var columns = ".set"
    /// Table projection (`per`); `.unit` is always added last, as in benchstat's `-table`.
    package var tables = ".config"
    /// Keys to ignore (`ignore`); benchstat's `-ignore`.
    package var ignore = ""
    /// Only results the filter keeps take part.
    package var filter = "*"
    package var options = ComparisonOptions()

    package init() {}

    /// Which clause of the request a projection error belongs to.
    package enum Clause: String, Sendable {
        case filter
        case rows = "by"
        case columns = "across"
        case tables = "per"
        case ignore
    }

    /// A projection or filter that does not parse, with the clause it came from.
    package struct ClauseError: Error {
        package var clause: Clause
        package var error: QuerySyntaxError
    }

    /// Keeps only the results `query` also matches: the filter becomes both, joined by AND.
    package mutating func narrow(to query: String) {
        filter = filter == "*" ? query : "(\(filter)) (\(query))"
    }

    /// Compares `sets` (name, set) as if pooled: each result keeps its set's name (`.set`).
    package func compare(_ sets: [(name: String, set: BenchmarkSet)]) throws(ClauseError) -> ComparisonResult {
        try compare(
            sets.map { name, set in
                var named = set
                for index in named.files.indices { named.files[index].setName = name }
                return named
            })
    }

    /// Compares the results of one set (whose inputs already carry their set names).
    package func compare(_ set: BenchmarkSet) throws(ClauseError) -> ComparisonResult {
        try compare([set])
    }

    /// Groups the results of several sets into one comparison. Each set is added to the
    /// table builder in turn rather than copied into a pooled set.
    private func compare(_ sets: [BenchmarkSet]) throws(ClauseError) -> ComparisonResult {
        let resultFilter: ResultFilter
        do {
            resultFilter = try ResultFilter(filter)
        } catch {
            throw ClauseError(clause: .filter, error: error)
        }
        let parser = ProjectionParser()
        func parse(_ text: String, _ clause: Clause, withUnit: Bool = false) throws(ClauseError) -> Projection {
            do {
                return withUnit
                    ? try parser.parseWithUnit(text, filter: resultFilter)
                    : try parser.parse(text, filter: resultFilter)
            } catch {
                throw ClauseError(clause: clause, error: error)
            }
        }
        let tableProjection = try parse(tables, .tables, withUnit: true)
        let rowProjection = try parse(rows, .rows)
        let columnProjection = try parse(columns, .columns)
        _ = try parse(ignore, .ignore)
        var builder = TableBuilder(
            table: tableProjection, row: rowProjection, column: columnProjection, residue: parser.residue(),
            filter: resultFilter)
        var unitMetadata = UnitMetadataTable()
        for set in sets {
            builder.add(set)
            unitMetadata.merge(set.unitMetadata)
        }
        return ComparisonResult(
            tables: builder.build(options: options, unitMetadata: unitMetadata), tableProjection: tableProjection,
            rowProjection: rowProjection, columnProjection: columnProjection)
    }
}
