import BenchCompare
import BenchData

/// Writes comparison tables as benchstat's CSV: full-precision values in base units, and
/// warnings on a separate stream prefixed with the spreadsheet cell they belong to
/// (`F43: all samples are equal`).
package enum BenchstatCSVWriter {
    package static func write(_ result: ComparisonResult, to output: inout String, warnings: inout String) {
        var writer = CSVRecordWriter()
        var row = 1
        for index in result.tables.indices {
            if index > 0 {
                writer.write([""], to: &output)
                row += 1
            }
            for line in result.headerLines(beforeTable: index) {
                writer.write([line], to: &output)
                row += 1
            }
            row += writeTable(
                result.tables[index], of: result, startRow: row, writer: &writer, to: &output,
                warnings: &warnings)
        }
    }

    private static let labelColumns = 1
    private static let centerColumns = 2  // center, CI
    private static let deltaColumns = 2  // vs base, P

    private static func startColumn(_ index: Int) -> Int {
        index == 0 ? labelColumns : labelColumns + centerColumns + (index - 1) * (centerColumns + deltaColumns)
    }

    /// Writes one table and returns the number of records written.
    private static func writeTable(
        _ table: ComparisonTable, of result: ComparisonResult, startRow: Int, writer: inout CSVRecordWriter,
        to output: inout String, warnings: inout String
    ) -> Int {
        var record: [String] = []
        var written = 0
        func pad(to column: Int) {
            while record.count < column { record.append("") }
        }
        func emit() {
            writer.write(record, to: &output)
            record.removeAll(keepingCapacity: true)
            written += 1
        }
        func warn(_ list: [TableWarning]) {
            let cell = spreadsheetColumn(record.count) + String(startRow + written)
            for warning in list { warnings.append("\(cell): \(warning.message)\n") }
        }
        let end = startColumn(table.columns.count)

        for field in result.columnProjection.flattenedFields {
            for (index, column) in table.columns.enumerated() {
                pad(to: startColumn(index))
                record.append(result.columnProjection.value(of: column, for: field))
            }
            pad(to: end)
            emit()
        }
        for index in table.columns.indices {
            pad(to: startColumn(index))
            record.append(contentsOf: [table.unit, "CI"])
            if index > 0 { record.append(contentsOf: ["vs base", "P"]) }
        }
        emit()

        for row in table.rows.indices {
            record.append(result.rowProjection.label(of: table.rows[row]))
            for column in table.columns.indices {
                guard let cell = table.cell(row: row, column: column) else { continue }
                pad(to: startColumn(column))
                warn(cell.sampleWarnings)
                warn(cell.summary.warnings.map(TableWarning.statistics))
                record.append(GoFloatFormat.shortest(cell.summary.center))
                record.append(CellText.range(cell.summary))
                if column > 0, let comparison = cell.comparison, let baseline = cell.baselineCenter {
                    warn(cell.comparisonWarnings)
                    record.append(CellText.delta(comparison, baseline: baseline, center: cell.summary.center))
                    record.append(CellText.test(comparison))
                }
            }
            emit()
        }

        record.append("geomean")
        for (column, summary) in table.summaries.enumerated() {
            pad(to: startColumn(column))
            warn(summary.warnings)
            if let geomean = summary.geomean { record.append(GoFloatFormat.shortest(geomean)) }
            if column > 0 {
                pad(to: startColumn(column) + centerColumns)
                record.append(summary.ratio.map(CellText.ratio) ?? "?")
            }
        }
        pad(to: end)
        emit()
        return written
    }

    /// benchstat's cell letters: base-26 digits with A as zero (so column 26 is "BA").
    static func spreadsheetColumn(_ index: Int) -> String {
        guard index > 0 else { return "A" }
        var letters: [UInt8] = []
        var rest = index
        while rest > 0 {
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}

/// Writes CSV records as Go's `encoding/csv` does: a field is quoted only when it holds a
/// comma, quote, CR or LF, starts with white space, or is `\.`; records end with LF.
struct CSVRecordWriter {
    func write(_ record: [String], to output: inout String) {
        for (index, field) in record.enumerated() {
            if index > 0 { output.append(",") }
            if needsQuotes(field) {
                output.append("\"")
                output.append(field.replacingQuotes())
                output.append("\"")
            } else {
                output.append(field)
            }
        }
        output.append("\n")
    }

    private func needsQuotes(_ field: String) -> Bool {
        if field.isEmpty { return false }
        if field == "\\." { return true }
        for byte in field.utf8 where byte == 0x0A || byte == 0x0D || byte == 0x22 || byte == 0x2C { return true }
        return field.unicodeScalars.first?.properties.isWhitespace ?? false
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 2)
        for scalar in unicodeScalars {
            if scalar == "\"" { result.append("\"\"") } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
