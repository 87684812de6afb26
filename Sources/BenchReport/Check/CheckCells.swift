import BenchCompare
import BenchData

/// The texts of a check row, shared by every check writer so a number reads the same in
/// the terminal, the PR comment, the page and the CSV.
package struct CheckCells {
    package var status: String
    package var benchmark: String
    package var unit: String
    package var baseline: String
    package var new: String
    package var change: String
    package var estimate: String
    package var p: String
    package var limit: String

    package init(_ row: CheckRow) {
        status = "\(row.status.mark) \(row.status.rawValue)"
        benchmark = row.identity.row
        unit = row.identity.unit
        let centers = [row.baseline?.summary.center, row.new?.summary.center].compactMap { $0 }
        let scaler = Scaler.common(centers, class: UnitClass(unit: row.identity.unit))
        baseline = row.baseline.map { scaler.format($0.summary.center) } ?? "—"
        new = row.new.map { scaler.format($0.summary.center) } ?? "—"
        change = row.change.map(Self.percent) ?? ""
        if let relative = row.relativeShift {
            estimate =
                "\(Self.percent(relative.estimate)) [\(Self.percent(relative.lower)), \(Self.percent(relative.upper))]"
        } else {
            estimate = ""
        }
        if row.exact && row.change != nil {
            p = "exact"
        } else {
            p = (row.adjustedP ?? row.p).map { GoFloatFormat.fixed($0, precision: 3) } ?? ""
        }
        if let limit = row.limit {
            let sign = limit == 0 ? "" : row.direction == .lowerIsBetter ? "+" : "-"
            self.limit = sign + Self.number(limit * 100) + "%"
        } else {
            self.limit = ""
        }
    }

    /// `base → head` for each pair of sets the rows compare, sorted.
    package static func comparedPairs(_ rows: [CheckRow]) -> [String] {
        Set(rows.map { "\($0.baselineLabel) → \($0.columnLabel)" }).sorted()
    }

    /// Whether the rows compare the baseline with more than one set, so each row must say
    /// which.
    package static func comparesSeveralSets(_ rows: [CheckRow]) -> Bool {
        Set(rows.map(\.columnLabel)).count > 1
    }

    /// `+12.34%`, `-0.50%`, `0.00%`.
    package static func percent(_ fraction: Double) -> String {
        fraction == 0 ? "0.00%" : GoFloatFormat.signedFixed(fraction * 100, precision: 2) + "%"
    }

    /// A policy number as written: `10`, `2.5`.
    package static func number(_ value: Double) -> String {
        GoFloatFormat.shortest((value * 1e6).rounded() / 1e6)
    }

    /// The policy as one line: the defaults in force (`throughput -10% · latency +20% ·
    /// memory +15% · improvement 10%`, with unit limits and `assume exact` when set), then each
    /// `for` clause as written.
    package static func policy(_ settings: Check.Settings) -> String {
        let defaults = settings.defaults
        var parts: [String] = []
        for kind in MetricKind.allCases {
            guard let limit = defaults.kindLimits[kind] else { continue }
            parts.append("\(kind.rawValue) \(kind == .throughput ? "-" : "+")\(number(limit * 100))%")
        }
        for (unit, limit) in defaults.unitLimits.sorted(by: { $0.key < $1.key }) {
            parts.append("\(unit) \(number(limit * 100))%")
        }
        parts.append("improvement \(number(defaults.improvement * 100))%")
        if defaults.assumeExact { parts.append("assume exact") }
        for adjustment in settings.adjustments where adjustment.rows != nil { parts.append(adjustment.text) }
        return parts.joined(separator: " · ")
    }

    /// `alpha 0.05 · confidence 0.95 · correction none`.
    package static func statistics(_ settings: Check.Settings) -> String {
        "alpha \(GoFloatFormat.shortest(settings.alpha)) · confidence \(GoFloatFormat.shortest(settings.confidence)) · correction \(settings.correction.rawValue)"
    }

    /// The column header of the shift estimate: `estimate [95% CI]`.
    package static func estimateHeader(_ settings: Check.Settings) -> String {
        "estimate [\(number(settings.confidence * 100))% CI]"
    }
}
