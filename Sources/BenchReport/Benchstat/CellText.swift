import BenchCompare
import BenchData
import BenchStats

/// The texts of benchstat's cells, shared by the text and CSV writers.
enum CellText {
    /// The change column: `~` when not significant (p > alpha), else the signed percentage.
    static func delta(_ comparison: BenchStats.Comparison, baseline: Double, center: Double) -> String {
        if comparison.p > comparison.alpha { return "~" }
        if baseline == center { return "0.00%" }
        if baseline == 0 { return "?" }
        return GoFloatFormat.signedFixed((center / baseline - 1) * 100, precision: 2) + "%"
    }

    /// The test column: `p=0.123 n=10`, or `n=8+10` for unequal sizes; no p when it is 0.
    static func test(_ comparison: BenchStats.Comparison) -> String {
        var text = comparison.p != 0 ? "p=" + GoFloatFormat.fixed(comparison.p, precision: 3) + " " : ""
        if comparison.n1 == comparison.n2 {
            text += "n=\(comparison.n1)"
        } else {
            text += "n=\(comparison.n1)+\(comparison.n2)"
        }
        return text
    }

    /// The ± column: the larger relative half-width of the confidence interval.
    static func range(_ summary: Summary) -> String {
        formatPercentRange(center: summary.center, lower: summary.lower, upper: summary.upper)
    }

    /// The geomean change: always a percentage (never `~`).
    static func ratio(_ ratio: Double) -> String {
        GoFloatFormat.signedFixed((ratio - 1) * 100, precision: 2) + "%"
    }
}
