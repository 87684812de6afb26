import BenchData
import BenchStats

/// Groups results into comparison tables: each measurement goes to the table of its
/// (table key, unit), the row of its row key and the column of its column key.
///
/// This is benchstat's grouping step. Results arrive in input order, which is also the order
/// in which projections observe values (their default sort order).
package struct TableBuilder {
    private let tableProjection: Projection
    private let rowProjection: Projection
    private let columnProjection: Projection
    private let residueProjection: Projection
    private let filter: ResultFilter

    private var tableIndex: [ProjectionKey: Int] = [:]
    private var tables: [PendingTable] = []
    /// Flat storage of every cell's values; `PendingTable` refers to indices here.
    private var cellValues: [[Double]] = []
    private var cellResidues: [Set<ProjectionKey>] = []

    /// The cells each (name, configuration) went to, with the result that set them: a later
    /// result with the same name, configuration and units goes to the same cells, so the
    /// filter and the projections run once per distinct benchmark rather than per line.
    private var routes: [UInt64: (result: BenchmarkResult, cells: [Int])] = [:]
    /// How many sets were added (projection caches are per set).
    private var addedSets = 0
    /// The route used last: consecutive lines usually repeat a benchmark.
    private var lastRoute: (key: UInt64, route: (result: BenchmarkResult, cells: [Int]))?

    private struct PendingTable {
        var key: ProjectionKey
        var unit: String
        var rows: Set<ProjectionKey> = []
        var columns: Set<ProjectionKey> = []
        var cells: [CellAddress: Int] = [:]
    }

    private struct CellAddress: Hashable {
        var row: ProjectionKey
        var column: ProjectionKey
    }

    package init(
        table: Projection, row: Projection, column: Projection, residue: Projection, filter: ResultFilter
    ) {
        tableProjection = table
        rowProjection = row
        columnProjection = column
        residueProjection = residue
        self.filter = filter
    }

    /// Adds every result of `set`, in order. Several sets may be added one after another
    /// (their indices are independent), which spares pooling them into one copy.
    package mutating func add(_ set: BenchmarkSet) {
        if addedSets > 0 {
            routes.removeAll(keepingCapacity: true)
            lastRoute = nil
            for projection in [tableProjection, rowProjection, columnProjection, residueProjection] {
                projection.forgetSetIndices()
            }
        }
        addedSets += 1
        for result in set.results { add(result, in: set) }
    }

    /// Adds one result's measurements (those the filter keeps).
    private mutating func add(_ result: BenchmarkResult, in set: BenchmarkSet) {
        let routeKey = UInt64(UInt32(bitPattern: result.name)) << 32 | UInt64(UInt32(bitPattern: result.configuration))
        if let route = lastRoute?.key == routeKey ? lastRoute?.route : routes[routeKey],
            sameUnits(route.result, result, in: set)
        {
            lastRoute = (routeKey, route)
            var slot = 0
            for measurement in Int(result.measurementStart)..<Int(result.measurementEnd) {
                let cell = route.cells[slot]
                slot += 1
                if cell >= 0 { cellValues[cell].append(set.measurements[measurement].value) }
            }
            return
        }
        var cells: [Int] = []
        defer {
            routes[routeKey] = (result, cells)
            lastRoute = (routeKey, (result, cells))
        }
        let selection = filter.match(result, in: set)
        let count = Int(result.measurementEnd - result.measurementStart)
        guard !selection.isEmpty,
            let rowKey = rowProjection.key(for: result, measurement: Int(result.measurementStart), in: set),
            let columnKey = columnProjection.key(for: result, measurement: Int(result.measurementStart), in: set)
        else {
            cells = Array(repeating: -1, count: count)
            return
        }
        let residueKey = residueProjection.key(for: result, measurement: Int(result.measurementStart), in: set)
        let address = CellAddress(row: rowKey, column: columnKey)
        for offset in 0..<count {
            let measurement = Int(result.measurementStart) + offset
            guard selection.contains(offset),
                let tableKey = tableProjection.key(for: result, measurement: measurement, in: set)
            else {
                cells.append(-1)
                continue
            }
            let table = tableSlot(for: tableKey, unit: set.units[Int(set.measurements[measurement].unit)])
            let cell: Int
            if let existing = tables[table].cells[address] {
                cell = existing
            } else {
                cell = cellValues.count
                cellValues.append([])
                cellResidues.append([])
                tables[table].cells[address] = cell
                tables[table].rows.insert(rowKey)
                tables[table].columns.insert(columnKey)
            }
            cellValues[cell].append(set.measurements[measurement].value)
            if let residueKey { cellResidues[cell].insert(residueKey) }
            cells.append(cell)
        }
    }

    private func sameUnits(_ a: BenchmarkResult, _ b: BenchmarkResult, in set: BenchmarkSet) -> Bool {
        guard a.measurementEnd - a.measurementStart == b.measurementEnd - b.measurementStart else { return false }
        var i = Int(a.measurementStart)
        var j = Int(b.measurementStart)
        while i < Int(a.measurementEnd) {
            if set.measurements[i].unit != set.measurements[j].unit
                || set.measurements[i].originalUnit != set.measurements[j].originalUnit
            {
                return false
            }
            i += 1
            j += 1
        }
        return true
    }

    private mutating func tableSlot(for key: ProjectionKey, unit: String) -> Int {
        if let index = tableIndex[key] { return index }
        tables.append(PendingTable(key: key, unit: unit))
        tableIndex[key] = tables.count - 1
        return tables.count - 1
    }

    /// Computes every table: sorted rows and columns, cell statistics, comparisons with the
    /// baseline column and the geomean summaries.
    package func build(options: ComparisonOptions, unitMetadata: UnitMetadataTable) -> [ComparisonTable] {
        let order = tableProjection.sorted(tables.map(\.key))
        return order.compactMap { key -> ComparisonTable? in
            guard let index = tableIndex[key] else { return nil }
            return buildTable(tables[index], options: options, unitMetadata: unitMetadata)
        }
    }

    private func buildTable(
        _ pending: PendingTable, options: ComparisonOptions, unitMetadata: UnitMetadataTable
    ) -> ComparisonTable {
        let assumption: DistributionAssumption = unitMetadata.assumesExact(unit: pending.unit) ? .exact : .nothing
        let rows = rowProjection.sorted(Array(pending.rows))
        let columns = columnProjection.sorted(Array(pending.columns))
        var cells = [TableCell?](repeating: nil, count: rows.count * columns.count)
        for (rowIndex, row) in rows.enumerated() {
            var baseline: TableCell?
            for (columnIndex, column) in columns.enumerated() {
                guard let cellIndex = pending.cells[CellAddress(row: row, column: column)] else { continue }
                var values = cellValues[cellIndex]
                // Go's sort.Float64s order: NaN before every number (it moves the median).
                values.sort { $0 < $1 || ($0.isNaN && !$1.isNaN) }
                var cell = TableCell(
                    values: values,
                    summary: summarize(sorted: values, confidence: options.confidence, assumption: assumption),
                    comparison: nil, baselineCenter: nil, sampleWarnings: [])
                if columnIndex == 0 {
                    baseline = cell
                } else if let baseline {
                    cell.comparison = compare(baseline.values, values, alpha: options.alpha, assumption: assumption)
                    cell.baselineCenter = baseline.summary.center
                }
                let residues = cellResidues[cellIndex]
                if residues.count > 1 {
                    let fields = residueProjection.nonSingularFields(Array(residues))
                    if !fields.isEmpty { cell.sampleWarnings.append(.residueVaries(fields: fields)) }
                }
                cells[rowIndex * columns.count + columnIndex] = cell
            }
        }
        var table = ComparisonTable(
            key: pending.key, unit: pending.unit, assumption: assumption, rows: rows, columns: columns,
            cells: cells, summaries: [])
        table.summarize()
        return table
    }
}
