import BenchCompare
import BenchData

/// A check as CSV for spreadsheets and scripts: one record per row, raw numbers in base units
/// (seconds, bytes) beside the status, so nothing needs parsing back out of display strings.
package enum CheckCSVWriter {
    package static let header = [
        "status", "table", "benchmark", "unit", "kind", "baseline_set", "set", "baseline", "new", "change",
        "estimate", "estimate_lower", "estimate_upper", "p", "p_adjusted", "limit", "baseline_n", "new_n", "note",
    ]

    package static func write(_ check: Check, to text: inout String) {
        let writer = CSVRecordWriter()
        writer.write(header, to: &text)
        for row in check.rows {
            let shift = row.relativeShift
            writer.write(
                [
                    row.status.rawValue, row.identity.table, row.identity.row, row.identity.unit, row.kind.rawValue,
                    row.baselineLabel, row.columnLabel, number(row.baseline?.summary.center),
                    number(row.new?.summary.center), number(row.change), number(shift?.estimate),
                    number(shift?.lower), number(shift?.upper), number(row.p), number(row.adjustedP),
                    number(row.limit), row.baseline.map { String($0.values.count) } ?? "",
                    row.new.map { String($0.values.count) } ?? "", row.note ?? "",
                ], to: &text)
        }
    }

    /// Go's shortest `%v` spelling; empty for no value.
    private static func number(_ value: Double?) -> String {
        value.map(GoFloatFormat.shortest) ?? ""
    }
}
