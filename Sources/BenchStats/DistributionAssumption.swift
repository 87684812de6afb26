/// What benchstat assumes about a unit's values (benchmath's `Assumption`); it picks the summary
/// statistic and the comparison test.
package enum DistributionAssumption: Sendable {
    /// Non-parametric (benchmath's `AssumeNothing`, the default): median with an order-statistic
    /// confidence interval, compared by the Mann-Whitney U test.
    case nothing
    /// Every measurement should be the same value (`AssumeExact`, from `Unit X assume=exact`):
    /// the mode, the range, and no statistical test.
    case exact
}
