/// Whether two samples differ (benchmath's `Comparison`).
package struct Comparison: Sendable {
    /// The p-value; 0 means "exact, no test" and always counts as significant.
    package var p: Double
    package var n1: Int
    package var n2: Int
    /// The significance level: the difference is shown when p <= alpha.
    package var alpha: Double
    package var warnings: [StatisticsWarning]

    package init(p: Double, n1: Int, n2: Int, alpha: Double, warnings: [StatisticsWarning]) {
        self.p = p
        self.n1 = n1
        self.n2 = n2
        self.alpha = alpha
        self.warnings = warnings
    }
}

/// Compares `new` against `base` under `assumption`, as benchmath's `Assumption.Compare` does.
package func compare(_ base: [Double], _ new: [Double], alpha: Double, assumption: DistributionAssumption)
    -> Comparison
{
    switch assumption {
    case .nothing:
        return uTestComparison(base, new, alpha: alpha)
    case .exact:
        // benchmath quirk: exact units are never tested; P = 0 and alpha = 0 always show the delta.
        return Comparison(p: 0, n1: base.count, n2: new.count, alpha: 0, warnings: [])
    }
}

/// AssumeNothing: the two-sided U test, with benchmath's fallbacks and warnings.
private func uTestComparison(_ base: [Double], _ new: [Double], alpha: Double) -> Comparison {
    let result: MannWhitneyResult
    do {
        result = try mannWhitneyU(base, new)
    } catch {
        // The test failed: report "no significant difference" along with why.
        let warning: StatisticsWarning = error == .samplesEqual ? .allSamplesEqual : .sampleTooSmall
        return Comparison(p: 1, n1: base.count, n2: new.count, alpha: alpha, warnings: [warning])
    }
    var comparison = Comparison(p: result.p, n1: result.n1, n2: result.n2, alpha: alpha, warnings: [])
    if comparison.p > alpha {
        // Warn when even maximally separated samples of these sizes could not be significant.
        // benchmath quirk: only when both sizes are short, whatever the imbalance.
        let minimum = minimumSamplesToDetectDifference(alpha: alpha)
        let needed = minimum ?? uTestMinimumP.count
        if comparison.n1 < needed && comparison.n2 < needed {
            comparison.warnings.append(.needSamplesToDetectDifference(minimum: minimum, alpha: alpha))
        }
    }
    return comparison
}
