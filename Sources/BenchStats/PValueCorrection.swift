/// Ways to adjust p-values when many comparisons are tested at once, so that "significant"
/// keeps its meaning across a whole table rather than per row.
package enum PValueCorrection: String, Sendable, CaseIterable {
    /// No adjustment: every p-value is benchstat's own.
    case none
    /// Holm's step-down method: controls the chance of any false positive (family-wise error).
    case holm
    /// Benjamini-Hochberg: controls the expected share of false positives among the positives.
    case bh

    /// The adjusted p-values, in the order of `pValues`, each at most 1. Adjusted values are
    /// monotone in the raw ones, as both methods define them. NaN p-values stay NaN and do not
    /// count as tests.
    package func adjust(_ pValues: [Double]) -> [Double] {
        guard self != .none else { return pValues }
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted {
            pValues[$0] < pValues[$1] || (pValues[$0] == pValues[$1] && $0 < $1)
        }
        let count = Double(order.count)
        var adjusted = pValues
        switch self {
        case .none:
            break
        case .holm:
            // p(i) · (m − i + 1), made non-decreasing from the smallest up.
            var running = 0.0
            for (rank, index) in order.enumerated() {
                running = max(running, min(1, (count - Double(rank)) * pValues[index]))
                adjusted[index] = running
            }
        case .bh:
            // p(i) · m / i, made non-increasing from the largest down.
            var running = 1.0
            for (rank, index) in order.enumerated().reversed() {
                running = min(running, min(1, count / Double(rank + 1) * pValues[index]))
                adjusted[index] = running
            }
        }
        return adjusted
    }
}

/// The smallest two-sided p-value the Mann-Whitney U test can give for samples of these sizes
/// without ties: both extreme orderings out of C(m+n, m). A change cannot be significant at any
/// alpha below it, whatever the data.
package func smallestUTestPValue(_ m: Int, _ n: Int) -> Double {
    guard m > 0, n > 0 else { return 1 }
    // 2 / C(m+n, m), computed as a running product to stay finite for large sizes.
    var probability = 2.0
    for i in 0..<min(m, n) {
        probability *= Double(i + 1) / Double(m + n - i)
        if probability == 0 { break }
    }
    return min(1, probability)
}
