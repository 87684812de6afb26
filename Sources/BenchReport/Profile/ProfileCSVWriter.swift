import BenchProfile

/// A profile or profile diff as CSV: one record per row with raw values in the sample unit
/// (signed in a diff) and pprof's percentages as numbers, for spreadsheets and scripts.
package enum ProfileCSVWriter {
    package static func write(_ top: ProfileTop, to text: inout String) {
        let writer = CSVRecordWriter()
        let unit = top.sampleType.unit
        writer.write(
            ["name", "inline", "flat (\(unit))", "flat%", "sum%", "cum (\(unit))", "cum%"], to: &text)
        for (row, cells) in zip(top.rows, ProfileCells.rows(top)) {
            writer.write(
                [
                    row.name, row.inlineMark, String(row.flat), number(cells.flatPercent), number(cells.sumPercent),
                    String(row.cum), number(cells.cumPercent),
                ], to: &text)
        }
    }

    /// `17.86%` → `17.86`.
    private static func number(_ percent: String) -> String {
        percent.hasSuffix("%") ? String(percent.dropLast()) : percent
    }
}
