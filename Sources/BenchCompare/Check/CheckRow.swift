import BenchData
import BenchStats

/// One judged row: a benchmark and unit, the baseline cell against one compared cell.
package struct CheckRow: Sendable {
    package var identity: RowIdentity
    /// Where the row comes from in the check's comparison.
    package var table: Int
    package var row: Int
    /// The compared column (1 or more; column 0 is the baseline).
    package var column: Int
    package var baselineLabel: String
    package var columnLabel: String
    package var kind: MetricKind
    package var direction: UnitDirection
    /// The cells; nil where the benchmark is missing or new.
    package var baseline: TableCell?
    package var new: TableCell?
    /// The change of the medians as a fraction (`0.05` is +5%), significant or not; nil
    /// unless both cells exist.
    package var change: Double?
    /// The U test's p-value; nil when no test ran (exact units, missing rows, aggregates).
    package var p: Double?
    /// `p` after the check's multiple-comparison correction.
    package var adjustedP: Double?
    /// The Hodges-Lehmann shift of the new values from the baseline's, with its interval.
    package var shift: ShiftEstimate?
    /// The policy's limit for this row (a positive fraction in the bad direction); nil when
    /// the unit is not judged.
    package var limit: Double?
    package var improvementBar: Double
    /// The test was skipped: the unit is `assume=exact` or the policy says so.
    package var exact: Bool
    package var status: CheckStatus
    /// Why the status is what it is when that is not obvious (inconclusive, not judged).
    package var note: String?

    /// The shift relative to the baseline's center, with its interval bounds.
    package var relativeShift: (estimate: Double, lower: Double, upper: Double)? {
        guard let shift, let center = baseline?.summary.center, center != 0 else { return nil }
        return (shift.estimate / center, shift.lower / center, shift.upper / center)
    }

    /// Both cells exist and their values are not all one number: something a chart can show.
    package var hasSpread: Bool {
        guard let baseline, let new else { return false }
        return [baseline, new].valuesVary
    }
}
