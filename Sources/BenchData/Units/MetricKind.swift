/// What a unit measures, for regression thresholds (LANGUAGE.md §4): each kind has its own
/// default limit and its own notion of "worse".
package enum MetricKind: String, CaseIterable, Hashable, Sendable {
    /// Rates (`B/s`, `ops/s`) and anything declared `better=higher`: worse when lower.
    case throughput
    /// Time per anything (`sec/op`, `sec/key`, `ms/op`, `user-sec/op`): worse when higher.
    case latency
    /// Bytes or allocations per anything (`B/op`, `allocs/op`): worse when higher.
    case memory
    /// Every other unit; it has a limit only when a policy names it.
    case other

    /// The kind of a tidied `unit`, using `Unit ... better=` metadata for declared rates.
    package init(unit: String, metadata: UnitMetadataTable) {
        if metadata.value("better", unit: unit) == "higher" {
            self = .throughput
            return
        }
        var numeratorTime = false
        var numeratorMemory = false
        var denominatorTime = false
        var utf8 = unit
        utf8.withUTF8 { bytes in
            var tokens = UnitTokenizer(bytes)
            while let token = tokens.next() {
                let isTime = Self.timeTokens.contains { tokens.token(token, is: $0) }
                if tokens.inDenominator {
                    denominatorTime = denominatorTime || isTime
                } else if isTime {
                    numeratorTime = true
                } else if Self.memoryTokens.contains(where: { tokens.token(token, is: $0) }) {
                    numeratorMemory = true
                }
            }
        }
        if denominatorTime && !numeratorTime {
            // A rate declared better=lower is not a throughput; it keeps only named limits.
            self = metadata.value("better", unit: unit) == "lower" ? .other : .throughput
        } else if numeratorTime {
            self = .latency
        } else if numeratorMemory {
            self = .memory
        } else {
            self = .other
        }
    }

    private static let timeTokens: [StaticString] = ["sec", "s", "ns", "us", "µs", "ms", "min", "h", "seconds"]
    private static let memoryTokens: [StaticString] = [
        "B", "KB", "MB", "GB", "KiB", "MiB", "GiB", "bytes", "allocs", "objects",
    ]
}
