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
}
