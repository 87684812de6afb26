/// The verdict on one row of a check; every row gets exactly one (LANGUAGE.md §4).
package enum CheckStatus: String, CaseIterable, Sendable, Hashable {
    /// Significant and worse than the limit.
    case regression
    /// Significant and better than the improvement bar.
    case improvement
    case ok
    /// In the baseline, absent from the compared set.
    case missing
    /// Absent from the baseline.
    case new
    /// The test cannot decide: too few samples to ever reach alpha, or aggregates only.
    case inconclusive

    /// The mark reports show beside the word.
    package var mark: String {
        switch self {
        case .regression: "🔴"
        case .improvement: "🟢"
        case .ok: "✅"
        case .missing: "⚠️"
        case .new: "🆕"
        case .inconclusive: "❔"
        }
    }

    /// `2 regressions`, `1 improvement`, `41 ok`.
    package func counted(_ count: Int) -> String {
        switch self {
        case .regression, .improvement: "\(count) \(rawValue)\(count == 1 ? "" : "s")"
        default: "\(count) \(rawValue)"
        }
    }
}
