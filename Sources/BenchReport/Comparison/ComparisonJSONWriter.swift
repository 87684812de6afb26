import BenchCompare

/// A comparison (or a set, as a one-column comparison) as JSON, schema
/// `benchq.comparison/1` (docs/reports.md): per table its fields, unit and columns, per row
/// each cell's statistics and raw values in base units, and each change against the baseline.
package enum ComparisonJSONWriter {
    package static let schema = "benchq.comparison/1"

    package static func write(_ result: ComparisonResult, to text: inout String) {
        text += JSONWriter.render(.object([("schema", .string(schema)), ("tables", .array(tables(result)))]))
    }

    private static func tables(_ result: ComparisonResult) -> [JSONValue] {
        result.tables.enumerated().map { index, table in
            let fields = result.tableProjection.flattenedFields.filter { $0.name != ".unit" }
            let columns = table.columns.map { result.columnProjection.label(of: $0) }
            var members: [(String, JSONValue)] = [
                (
                    "fields",
                    .object(fields.map { ($0.name, .string(result.tableProjection.value(of: table.key, for: $0))) })
                ),
                ("unit", .string(table.unit)),
                ("columns", .array(columns.map(JSONValue.string))),
                ("rows", .array(table.rows.indices.map { row(result, table, $0, columns) })),
            ]
            if let geomean = ComparisonCells.geomean(table) {
                members.append(
                    (
                        "geomean",
                        .array(
                            table.summaries.indices.map { column in
                                .object([
                                    ("value", .optional(table.summaries[column].geomean)),
                                    ("ratio", .optional(table.summaries[column].ratio)),
                                    ("display", .string(geomean.values[column])),
                                    ("change_display", .string(geomean.changes[column])),
                                ])
                            })
                    ))
            }
            return .object(members)
        }
    }

    private static func row(_ result: ComparisonResult, _ table: ComparisonTable, _ row: Int, _ columns: [String])
        -> JSONValue
    {
        let cells = ComparisonCells(table, row: row)
        return .object([
            ("benchmark", .string(result.rowProjection.label(of: table.rows[row]))),
            (
                "cells",
                .array(
                    table.columns.indices.map { column in
                        let cell = table.cell(row: row, column: column)
                        var sample = JSONValue.cell(cell, display: cells.values[column])
                        if case .object(var members) = sample, let comparison = cell?.comparison,
                            let baseline = cell?.baselineCenter
                        {
                            let center = cell?.summary.center ?? .nan
                            members.append(("change", baseline == 0 ? .null : .number(center / baseline - 1)))
                            members.append(("p", .number(comparison.p)))
                            members.append(("significant", .bool(comparison.p <= comparison.alpha)))
                            members.append(("change_display", .string(cells.changes[column])))
                            sample = .object(members)
                        }
                        return sample
                    })
            ),
        ])
    }
}
