/// Sample quantiles of already-sorted values, computed exactly as moremath's
/// `Sample.Quantile` so that centres printed at full precision (CSV) agree bit for bit.

/// The `q`-quantile of `values` (ascending) by Hyndman & Fan's rule R8.
///
/// Edge cases follow moremath: an empty sample gives NaN, `q <= 0` the first value,
/// `q >= 1` the last value, and positions outside the sample clamp to its ends.
package func quantile(sorted values: [Double], _ q: Double) -> Double {
    guard let first = values.first, let last = values.last else { return .nan }
    if q <= 0 { return first }
    if q >= 1 { return last }
    // R8: position = 1/3 + q(N + 1/3), 1-based; the grouping matters to the last bit.
    let count = Double(values.count)
    let position = 1.0 / 3.0 + q * (count + 1.0 / 3.0)
    let whole = position.rounded(.towardZero)
    let fraction = position - whole
    let k = Int(whole)
    if k <= 0 { return first }
    if k >= values.count { return last }
    // benchstat quirk: the median of an even sample is lo + 0.5*(hi - lo), not (lo + hi)/2.
    return values[k - 1] + fraction * (values[k] - values[k - 1])
}

/// The sample median: R8's 0.5-quantile (the middle value, or a lerp of the middle two).
package func median(sorted values: [Double]) -> Double {
    quantile(sorted: values, 0.5)
}
