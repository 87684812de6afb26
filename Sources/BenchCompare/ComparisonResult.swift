import BenchData

/// The outcome of comparing sets: its tables plus the projections that name their tables,
/// rows and columns (writers need them to print labels and headers).
package struct ComparisonResult {
    package var tables: [ComparisonTable]
    package var tableProjection: Projection
    package var rowProjection: Projection
    package var columnProjection: Projection

    package init(
        tables: [ComparisonTable], tableProjection: Projection, rowProjection: Projection,
        columnProjection: Projection
    ) {
        self.tables = tables
        self.tableProjection = tableProjection
        self.rowProjection = rowProjection
        self.columnProjection = columnProjection
    }

    /// The `key: value` lines printed before each table: every table field but `.unit`
    /// whose value differs from the previous table's (all of them before the first table).
    package func headerLines(beforeTable index: Int) -> [String] {
        let fields = tableProjection.flattenedFields.filter { $0.name != ".unit" }
        let key = tables[index].key
        let previous = index > 0 ? tables[index - 1].key : nil
        return fields.compactMap { field in
            let value = tableProjection.value(of: key, for: field)
            if let previous, tableProjection.value(of: previous, for: field) == value { return nil }
            return "\(field.name): \(value)"
        }
    }

    /// Every table field but the unit as `key: value` words: what tells tables of one unit
    /// apart (`pkg: strconv goos: linux`); empty for a single table per unit.
    package func tableLabel(_ index: Int) -> String {
        let key = tables[index].key
        return tableProjection.flattenedFields.filter { $0.name != ".unit" }.map {
            "\($0.name): \(tableProjection.value(of: key, for: $0))"
        }.joined(separator: " ")
    }

    /// Table labels split for display: the fields every table shares (`goos: linux cpu: ...`),
    /// printed once, and per table only the fields that vary (`pkg: sort`).
    package func tableCaptions() -> (common: String, perTable: [String]) {
        let fields = tableProjection.flattenedFields.filter { $0.name != ".unit" }
        let values = tables.map { table in fields.map { tableProjection.value(of: table.key, for: $0) } }
        var common: [String] = []
        var varying: [Int] = []
        for (slot, field) in fields.enumerated() {
            let first = values.first?[slot]
            if values.allSatisfy({ $0[slot] == first }) {
                if let first { common.append("\(field.name): \(first)") }
            } else {
                varying.append(slot)
            }
        }
        let perTable = values.map { row in varying.map { "\(fields[$0].name): \(row[$0])" }.joined(separator: " ") }
        return (common.joined(separator: " "), perTable)
    }
}
