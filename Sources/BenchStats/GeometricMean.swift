/// The geometric mean as moremath's `GeoMean` computes it: a running mean of the logarithms,
/// then one `exp`. The running (not summed) mean is kept so results agree to the last bit.
///
/// Returns NaN for an empty list or when any value is `<= 0` (or NaN), which benchstat reports
/// as "summaries must be >0 to compute geomean".
package func geometricMean(_ values: [Double]) -> Double {
    if values.isEmpty { return .nan }
    var meanLog = 0.0
    for (index, value) in values.enumerated() {
        if value <= 0 { return .nan }
        meanLog += (GoMath.log(value) - meanLog) / Double(index + 1)
    }
    return GoMath.exp(meanLog)
}
