extension BenchmarkSet {
    /// The results (and, for `.unit` terms, the measurements) that `filter` keeps.
    ///
    /// The set's tables (names, units, configurations, files) are shared, so indices stay
    /// valid and the subset costs only its results.
    package func filtered(by filter: ResultFilter) -> BenchmarkSet {
        var subset = self
        subset.results = []
        subset.measurements = []
        for result in results {
            let selection = filter.match(result, in: self)
            guard !selection.isEmpty else { continue }
            let start = Int32(subset.measurements.count)
            for (offset, measurement) in measurements(of: result).enumerated() where selection.contains(offset) {
                subset.measurements.append(measurement)
            }
            var kept = result
            kept.measurementStart = start
            kept.measurementEnd = Int32(subset.measurements.count)
            subset.results.append(kept)
        }
        return subset
    }
}
