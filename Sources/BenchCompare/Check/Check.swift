import BenchData
import BenchStats

/// A comparison judged against regression thresholds: the `check` value of the language.
package struct Check {
    /// The options the verdicts were reached with, as reports print them.
    package struct Settings: Sendable {
        package var alpha: Double
        package var confidence: Double
        package var correction: PValueCorrection
        /// The policy before any clause, then each clause in order.
        package var base: RegressionPolicy
        package var adjustments: [PolicyAdjustment]

        package init(
            alpha: Double, confidence: Double, correction: PValueCorrection,
            base: RegressionPolicy = .standard, adjustments: [PolicyAdjustment] = []
        ) {
            self.alpha = alpha
            self.confidence = confidence
            self.correction = correction
            self.base = base
            self.adjustments = adjustments
        }

        /// The base policy with the clauses that have no `for`: what every row starts from.
        package var defaults: RegressionPolicy {
            var policy = base
            for adjustment in adjustments where adjustment.rows == nil { adjustment.apply(to: &policy) }
            return policy
        }

        /// The policy in force for a row: the base, then the clauses without `for` (the
        /// defaults of this check), then the clauses whose query matched the row, in order, so
        /// the last match wins wherever it is written.
        package func policy(for row: RowIdentity) -> RegressionPolicy {
            var policy = defaults
            for adjustment in adjustments where adjustment.rows?.contains(row) == true {
                adjustment.apply(to: &policy)
            }
            return policy
        }
    }

    package var comparison: ComparisonResult
    package var settings: Settings
    package var rows: [CheckRow]
    /// How many rows got each status, fixed when the check was made: later `filter` or `top`
    /// stages narrow what is shown, never what was found.
    package var counts: [CheckStatus: Int]

    package init(comparison: ComparisonResult, settings: Settings, rows: [CheckRow]) {
        self.comparison = comparison
        self.settings = settings
        self.rows = rows
        self.counts = rows.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    package var regressionCount: Int { counts[.regression] ?? 0 }
    package var hasRegression: Bool { regressionCount > 0 }
    /// How many rows were judged (shown or not).
    package var judgedRowCount: Int { counts.values.reduce(0, +) }

    /// `2 regressions, 1 improvement, 41 ok, 1 missing`: the non-zero counts in status order.
    package var summaryLine: String {
        let parts = CheckStatus.allCases.compactMap { status in
            counts[status].map { status.counted($0) }
        }
        return parts.isEmpty ? "nothing to check" : parts.joined(separator: ", ")
    }

    /// The rows `keep` accepts, in order.
    package func filteringRows(_ keep: (CheckRow) -> Bool) -> Check {
        var check = self
        check.rows = rows.filter(keep)
        return check
    }
}
