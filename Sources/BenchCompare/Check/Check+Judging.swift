import BenchData
import BenchStats

extension Check {
    /// Judges every compared cell of `comparison` against the policy in `settings`.
    ///
    /// - Parameters:
    ///   - unitMetadata: the sets' `Unit` metadata, for `better=` directions.
    ///   - aggregateColumns: labels of columns whose inputs carry aggregates only; rows that
    ///     involve them are inconclusive (no test is possible), unless the policy assumes exact
    ///     values.
    package init(
        judging comparison: ComparisonResult, settings: Settings, unitMetadata: UnitMetadataTable,
        aggregateColumns: Set<String> = []
    ) {
        var rows: [CheckRow] = []
        for (tableIndex, table) in comparison.tables.enumerated() {
            let tableLabel = comparison.tableLabel(tableIndex)
            let kind = MetricKind(unit: table.unit, metadata: unitMetadata)
            let direction = UnitDirection(unit: table.unit, metadata: unitMetadata)
            let baselineLabel = table.columns.first.map { comparison.columnProjection.label(of: $0) } ?? ""
            for rowIndex in table.rows.indices {
                let identity = RowIdentity(
                    table: tableLabel, unit: table.unit,
                    row: comparison.rowProjection.label(of: table.rows[rowIndex]))
                let policy = settings.policy(for: identity)
                for column in table.columns.indices.dropFirst() {
                    let baseline = table.cell(row: rowIndex, column: 0)
                    let new = table.cell(row: rowIndex, column: column)
                    guard baseline != nil || new != nil else { continue }
                    let columnLabel = comparison.columnProjection.label(of: table.columns[column])
                    var row = CheckRow(
                        identity: identity, table: tableIndex, row: rowIndex, column: column,
                        baselineLabel: baselineLabel, columnLabel: columnLabel, kind: kind, direction: direction,
                        baseline: baseline, new: new, limit: policy.limit(unit: table.unit, kind: kind),
                        improvementBar: policy.improvement,
                        exact: table.assumption == .exact || policy.assumeExact, status: .ok)
                    Self.measure(
                        &row,
                        aggregates: aggregateColumns.contains(baselineLabel)
                            || aggregateColumns.contains(columnLabel), settings: settings)
                    rows.append(row)
                }
            }
        }
        Self.correct(&rows, with: settings.correction)
        for index in rows.indices { Self.decide(&rows[index], alpha: settings.alpha) }
        self.init(comparison: comparison, settings: settings, rows: rows)
    }

    /// Fills in the change, the test and the shift estimate; settles missing, new and
    /// untestable rows.
    private static func measure(_ row: inout CheckRow, aggregates: Bool, settings: Settings) {
        guard let baseline = row.baseline else {
            row.status = .new
            return
        }
        guard let new = row.new else {
            row.status = .missing
            return
        }
        let base = baseline.summary.center
        let center = new.summary.center
        if base == center {
            row.change = 0
        } else if base == 0 {
            row.change = center > 0 ? .infinity : -.infinity
        } else {
            row.change = center / base - 1
        }
        if row.exact { return }
        if aggregates {
            row.status = .inconclusive
            row.note = "aggregates only: no statistical test is possible"
            return
        }
        let smallest = smallestUTestPValue(baseline.values.count, new.values.count)
        if smallest > settings.alpha {
            row.status = .inconclusive
            row.note =
                "\(baseline.values.count)+\(new.values.count) samples cannot reach alpha \(GoFloatFormat.shortest(settings.alpha))"
            return
        }
        row.p = new.comparison?.p
        row.shift = hodgesLehmannShift(base: baseline.values, new: new.values, confidence: settings.confidence)
    }

    /// Adjusts the p-values of every tested row together.
    private static func correct(_ rows: inout [CheckRow], with correction: PValueCorrection) {
        let tested = rows.indices.filter { rows[$0].p != nil }
        let adjusted = correction.adjust(tested.map { rows[$0].p ?? .nan })
        for (index, p) in zip(tested, adjusted) { rows[index].adjustedP = p }
    }

    /// The status of a row whose change and test are known.
    ///
    /// The size of the change must pass the limit twice: as the change of the medians
    /// (benchstat's number, what the reader sees) and as the Hodges-Lehmann shift (the
    /// estimate that belongs to the U test). The median alone jumps between the modes of a
    /// bimodal or coarse metric (`2 B/op` in half the runs, `4 B/op` in the others) and is
    /// noisy in small samples; with hundreds of rows tested at alpha 0.05 some are
    /// significant by chance, and a median that happens to land 25% away would fail a
    /// same-code comparison. Both estimates agreeing keeps such noise out of the verdict.
    private static func decide(_ row: inout CheckRow, alpha: Double) {
        guard row.status == .ok, let change = row.change else { return }
        let significant: Bool
        if row.exact {
            significant = change != 0
        } else if let p = row.adjustedP {
            significant = p <= alpha
        } else {
            significant = false
        }
        guard significant else { return }
        guard let limit = row.limit else {
            row.note = "not judged: no limit for \(row.identity.unit) (\(row.kind.rawValue))"
            return
        }
        // Positive when worse, for either direction of the unit.
        let worse = row.direction == .lowerIsBetter ? 1.0 : -1.0
        var changes = [change * worse]
        if let shift = row.relativeShift { changes.append(shift.estimate * worse) }
        if changes.allSatisfy({ $0 > limit }) {
            row.status = .regression
        } else if changes.allSatisfy({ -$0 > row.improvementBar }) {
            row.status = .improvement
        } else if changes.contains(where: { $0 > limit }) || changes.contains(where: { -$0 > row.improvementBar }) {
            row.note = "the change of the medians and the Hodges-Lehmann shift disagree on its size"
        }
    }
}
