import BenchData

/// The limits one row of a check is judged by (LANGUAGE.md §4).
///
/// Limits are positive fractions of change in the bad direction: 0.10 for throughput means
/// "a drop of more than 10% is a regression", 0.20 for latency "a rise of more than 20%".
package struct RegressionPolicy: Sendable, Equatable {
    /// The limit for each kind of metric; a kind without one is never a regression.
    package var kindLimits: [MetricKind: Double] = [.throughput: 0.10, .latency: 0.20, .memory: 0.15]
    /// Limits for single tidied units (`sec/op`), overriding their kind's.
    package var unitLimits: [String: Double] = [:]
    /// How much better a significant change must be to count as an improvement.
    package var improvement = 0.10
    /// Skip the statistical test for every unit, as `assume=exact` metadata does for one.
    package var assumeExact = false

    package init() {}

    /// The default policy: throughput −10%, latency +20%, memory +15%, improvement 10%.
    package static let standard = RegressionPolicy()

    /// The limit for a unit of `kind`: the unit's own when named, else its kind's.
    package func limit(unit: String, kind: MetricKind) -> Double? {
        unitLimits[unit] ?? kindLimits[kind]
    }
}

/// Which row of a comparison a policy clause or a check row is about, by the labels a reader
/// sees: the table's fields (without the unit), the unit, and the row.
package struct RowIdentity: Hashable, Sendable {
    package var table: String
    package var unit: String
    package var row: String

    package init(table: String, unit: String, row: String) {
        self.table = table
        self.unit = unit
        self.row = row
    }
}

/// One clause of `threshold`: changes to the policy, for every row or only for the rows its
/// `for QUERY` matched. Clauses without a query set the check's defaults; clauses with one
/// override them for their rows, the last match winning.
package struct PolicyAdjustment: Sendable, Equatable {
    package var kindLimits: [MetricKind: Double] = [:]
    package var unitLimits: [String: Double] = [:]
    package var improvement: Double?
    package var assumeExact = false
    /// The rows the clause is limited to; nil for every row.
    package var rows: Set<RowIdentity>?
    /// The clause as written, for reports (`latency 2% for .name:/^Critical/`).
    package var text: String

    package init(
        text: String, kindLimits: [MetricKind: Double] = [:], unitLimits: [String: Double] = [:],
        improvement: Double? = nil
    ) {
        self.text = text
        self.kindLimits = kindLimits
        self.unitLimits = unitLimits
        self.improvement = improvement
    }

    package func applies(to row: RowIdentity) -> Bool {
        rows?.contains(row) ?? true
    }

    package func apply(to policy: inout RegressionPolicy) {
        policy.kindLimits.merge(kindLimits) { $1 }
        policy.unitLimits.merge(unitLimits) { $1 }
        if let improvement { policy.improvement = improvement }
        if assumeExact { policy.assumeExact = true }
    }
}
