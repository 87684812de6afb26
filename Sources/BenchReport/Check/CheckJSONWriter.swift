import BenchCompare
import BenchData
import BenchStats

/// A check as JSON, schema `benchq.check/1` (documented in docs/reports.md): the verdict,
/// the counts, the settings and policy used, and per row the raw values in base units, the
/// statistics, the status and display strings.
package enum CheckJSONWriter {
    package static let schema = "benchq.check/1"

    package static func write(_ check: Check, to text: inout String) {
        text += JSONWriter.render(document(check))
    }

    package static func document(_ check: Check) -> JSONValue {
        let counts = check.counts
        return .object([
            ("schema", .string(schema)),
            ("verdict", .string(check.hasRegression ? "regression" : "pass")),
            ("summary", .string(check.summaryLine)),
            ("counts", .object(CheckStatus.allCases.map { ($0.rawValue, .integer(counts[$0] ?? 0)) })),
            ("settings", settings(check.settings)),
            ("rows", .array(check.rows.map(row))),
        ])
    }

    private static func settings(_ settings: Check.Settings) -> JSONValue {
        .object([
            ("alpha", .number(settings.alpha)),
            ("confidence", .number(settings.confidence)),
            ("correction", .string(settings.correction.rawValue)),
            ("policy", policy(settings.base)),
            (
                "rules",
                .array(
                    settings.adjustments.map { adjustment in
                        .object([
                            ("text", .string(adjustment.text)),
                            ("limited_to_matching_rows", .bool(adjustment.rows != nil)),
                            (
                                "kinds",
                                .object(
                                    MetricKind.allCases.compactMap { kind in
                                        adjustment.kindLimits[kind].map { (kind.rawValue, .number($0)) }
                                    })
                            ),
                            (
                                "units",
                                .object(
                                    adjustment.unitLimits.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) }
                                )
                            ),
                            ("improvement", .optional(adjustment.improvement)),
                            ("assume_exact", .bool(adjustment.assumeExact)),
                        ])
                    })
            ),
        ])
    }

    private static func policy(_ policy: RegressionPolicy) -> JSONValue {
        .object([
            ("kinds", .object(MetricKind.allCases.map { ($0.rawValue, .optional(policy.kindLimits[$0])) })),
            ("improvement", .number(policy.improvement)),
            ("assume_exact", .bool(policy.assumeExact)),
        ])
    }

    private static func row(_ row: CheckRow) -> JSONValue {
        let cells = CheckCells(row)
        let shift: JSONValue =
            row.shift.map { shift in
                let relative = row.relativeShift
                return .object([
                    ("shift", .number(shift.estimate)),
                    ("lower", .number(shift.lower)),
                    ("upper", .number(shift.upper)),
                    ("relative", .optional(relative?.estimate)),
                    ("relative_lower", .optional(relative?.lower)),
                    ("relative_upper", .optional(relative?.upper)),
                    ("confidence", .number(shift.confidence)),
                    ("display", .string(cells.estimate)),
                ])
            } ?? .null
        return .object([
            ("status", .string(row.status.rawValue)),
            ("mark", .string(row.status.mark)),
            ("benchmark", .string(row.identity.row)),
            ("table", .string(row.identity.table)),
            ("unit", .string(row.identity.unit)),
            ("kind", .string(row.kind.rawValue)),
            ("better", .string(row.direction == .lowerIsBetter ? "lower" : "higher")),
            ("baseline_set", .string(row.baselineLabel)),
            ("set", .string(row.columnLabel)),
            ("baseline", .cell(row.baseline, display: cells.baseline)),
            ("new", .cell(row.new, display: cells.new)),
            ("change", .optional(row.change)),
            ("change_display", .string(cells.change)),
            ("estimate", shift),
            ("p", .optional(row.p)),
            ("p_adjusted", .optional(row.adjustedP)),
            ("exact", .bool(row.exact)),
            ("limit", .optional(row.limit)),
            ("improvement_bar", .number(row.improvementBar)),
            ("note", .optional(row.note)),
        ])
    }
}
