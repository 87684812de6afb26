/// pprof's `-diff_base`: the new profile's samples plus the base's, negated and marked as base
/// samples (pprof's `pprof::base=true` label), so that every node's value is new − base and
/// percentages are of the base total.
package enum ProfileDiff {
    /// The merged profile. With `normalize`, the new profile is first scaled, per sample type,
    /// to the base's total (pprof's `-normalize`).
    package static func merge(base: Profile, new: Profile, normalize: Bool) throws(ProfileQueryError) -> Profile {
        guard base.sampleTypes == new.sampleTypes else {
            throw ProfileQueryError(
                "the profiles cannot be compared: sample types \(describe(new.sampleTypes)) and \(describe(base.sampleTypes)) differ"
            )
        }
        if let basePeriod = base.periodType, let newPeriod = new.periodType, basePeriod != newPeriod {
            throw ProfileQueryError(
                "the profiles cannot be compared: period types \(newPeriod.type)/\(newPeriod.unit) and \(basePeriod.type)/\(basePeriod.unit) differ"
            )
        }
        var source = new
        if normalize { scaleToBase(&source, base: base) }
        var merged = source
        merged.isBaseSample = [Bool](repeating: false, count: source.sampleCount)
        // pprof's combineHeaders: earliest time (as its loop compares), summed durations,
        // largest period, comments once each, the first default sample type and doc URL.
        if merged.timeNanos == 0 || base.timeNanos < merged.timeNanos { merged.timeNanos = base.timeNanos }
        merged.durationNanos &+= base.durationNanos
        merged.period = max(merged.period, base.period)
        for comment in base.comments where !merged.comments.contains(comment) { merged.comments.append(comment) }
        if merged.defaultSampleType.isEmpty { merged.defaultSampleType = base.defaultSampleType }
        if merged.docURL.isEmpty { merged.docURL = base.docURL }

        let mappingOffset = merged.mappings.count
        let functionOffset = merged.functions.count
        let locationOffset = Int32(merged.locations.count)
        merged.mappings += base.mappings
        merged.functions += base.functions
        for var location in base.locations {
            location.mapping = location.mapping.map { $0 + mappingOffset }
            for index in location.lines.indices {
                location.lines[index].function = location.lines[index].function.map { $0 + functionOffset }
            }
            merged.locations.append(location)
        }
        // The base's samples in bulk, not one by one: their arrays are laid out as the merged
        // profile's, shifted by what the new profile already holds.
        let stackOffset = merged.stackLocations.count
        merged.stackLocations += base.stackLocations.lazy.map { $0 + locationOffset }
        merged.stackStarts += base.stackStarts.dropFirst().lazy.map { $0 + stackOffset }
        merged.values += base.values.lazy.map { 0 &- $0 }
        merged.isBaseSample += repeatElement(true, count: base.sampleCount)
        return merged
    }

    /// pprof's `Normalize`: each value times Σbase / Σnew for its column, rounded half away
    /// from zero; samples left all zero are dropped.
    private static func scaleToBase(_ profile: inout Profile, base: Profile) {
        let columns = profile.sampleTypes.count
        var baseSums = [Int64](repeating: 0, count: columns)
        var sourceSums = [Int64](repeating: 0, count: columns)
        for sample in 0..<base.sampleCount {
            for column in 0..<columns { baseSums[column] &+= base.value(sample, column: column) }
        }
        for sample in 0..<profile.sampleCount {
            for column in 0..<columns { sourceSums[column] &+= profile.value(sample, column: column) }
        }
        let ratios = (0..<columns).map { sourceSums[$0] == 0 ? 0 : Double(baseSums[$0]) / Double(sourceSums[$0]) }
        var scaled = profile
        scaled.stackLocations = []
        scaled.stackStarts = [0]
        scaled.values = []
        scaled.isBaseSample = []
        var values: [Int64] = []
        for sample in 0..<profile.sampleCount {
            values.removeAll(keepingCapacity: true)
            for column in 0..<columns {
                let value = profile.value(sample, column: column)
                values.append(
                    ratios[column] == 1 ? value : Int64(saturating: (Double(value) * ratios[column]).rounded()))
            }
            if values.allSatisfy({ $0 == 0 }) { continue }
            scaled.appendSample(locations: profile.stack(sample), values: values)
        }
        profile = scaled
    }

    private static func describe(_ types: [Profile.ValueType]) -> String {
        "[" + types.map { "\($0.type)/\($0.unit)" }.joined(separator: " ") + "]"
    }
}
