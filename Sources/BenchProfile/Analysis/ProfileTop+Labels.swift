import BenchData

extension ProfileTop {
    /// pprof's `selectOutputUnit` for `unit=minimum`: the unit of the smallest shown value,
    /// moved up when that is under 1% of the total (the largest value printed).
    static func outputUnit(for rows: [Row], sampleUnit: String, total: Int64) -> String {
        guard !rows.isEmpty else { return "minimum" }
        var smallest: Int64 = 0
        let largest = total
        for row in rows {
            var low = Int64(clamping: row.flat.magnitude)
            if low == 0 { low = Int64(clamping: row.cum.magnitude) }
            if low > 0 && (smallest == 0 || low < smallest) { smallest = low }
        }
        if smallest == 0 { smallest = total }
        let lowUnit = ProfileMeasurement.scale(smallest, from: sampleUnit, to: "minimum").1
        let highUnit = ProfileMeasurement.scale(largest, from: sampleUnit, to: "minimum").1
        var unit = lowUnit
        if lowUnit != highUnit && smallest &* 100 < largest {
            unit = ProfileMeasurement.scale(smallest &* 100, from: sampleUnit, to: "minimum").1
        }
        return unit.isEmpty ? sampleUnit : unit
    }

    /// pprof's `ProfileLabels`. Time prints in UTC (pprof uses the local zone; benchq output
    /// does not depend on where it runs).
    static func profileLabels(
        _ profile: Profile, sampleType: Profile.ValueType, total: Int64, format: (Int64) -> String
    ) -> [String] {
        var labels: [String] = []
        if let main = profile.mappings.first {
            if !main.file.isEmpty { labels.append("File: " + NodeKey.baseName(main.file)) }
            if !main.buildID.isEmpty { labels.append("Build ID: " + main.buildID) }
        }
        labels += profile.comments.filter { !$0.hasPrefix("#") }
        if !sampleType.type.isEmpty { labels.append("Type: " + sampleType.type) }
        if !profile.docURL.isEmpty { labels.append("Doc: " + profile.docURL) }
        if profile.timeNanos != 0 { labels.append("Time: " + UTCTime.format(nanoseconds: profile.timeNanos)) }
        if profile.durationNanos != 0 {
            let duration = ProfileMeasurement.label(profile.durationNanos, from: "nanoseconds", to: "auto")
            let (nanoseconds, unit) = ProfileMeasurement.scale(total, from: sampleType.unit, to: "nanoseconds")
            var ratio = ""
            if unit == "ns" && nanoseconds != 0 {
                ratio =
                    "(" + ProfileMeasurement.percentage(Int64(saturating: nanoseconds), of: profile.durationNanos) + ")"
            }
            labels.append("Duration: \(duration), Total samples = \(format(total)) \(ratio)")
        }
        return labels
    }
}

/// Go's time layout `2006-01-02 15:04:05 MST` in UTC, from Unix nanoseconds.
enum UTCTime {
    static func format(nanoseconds: Int64) -> String {
        var seconds = nanoseconds / 1_000_000_000
        if nanoseconds % 1_000_000_000 < 0 { seconds -= 1 }
        var days = seconds / 86400
        var secondOfDay = seconds % 86400
        if secondOfDay < 0 {
            secondOfDay += 86400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return
            "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60)) UTC"
    }
}
