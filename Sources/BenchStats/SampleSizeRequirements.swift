/// How many samples benchstat says are needed, for the "need >= N samples" warnings.

/// The largest sample size benchmath's `medianSamples` tries.
let medianSampleScanLimit = 50

/// The smallest n (scanning 2...50, as benchmath does) whose median confidence interval at
/// `confidence` has finite bounds; nil when there is none.
func minimumSamplesForMedianInterval(confidence: Double) -> Int? {
    // At least two samples are needed to have an interval at all.
    for n in 2...medianSampleScanLimit
    where quantileConfidenceInterval(sampleSize: n, quantile: 0.5, confidence: confidence).isFinite(sampleSize: n) {
        return n
    }
    return nil
}

/// benchmath's `uTestMinP`: the smallest two-sided U-test p-value for two samples of size n
/// (index n; index 0 unused), i.e. 2/C(2n, n), as printed by benchmath's mktables.go.
/// Deliberately a fixed table, like benchmath's: sizes past 9 are never suggested.
let uTestMinimumP: [Double] = [
    .nan, 1, 0.3333333333333333, 0.1, 0.02857142857142857, 0.007936507936507936,
    0.0021645021645021645, 0.0005827505827505828, 0.0001554001554001554, 4.113533525298231e-05,
]

/// The smallest n in benchmath's table whose minimum p-value is <= alpha; nil when none is.
func minimumSamplesToDetectDifference(alpha: Double) -> Int? {
    for n in 1..<uTestMinimumP.count where uTestMinimumP[n] <= alpha { return n }
    return nil
}
