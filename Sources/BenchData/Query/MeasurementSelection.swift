/// Which measurements of one result passed a ``ResultFilter``.
///
/// Most filters keep or drop a result whole, which needs no storage; only `.unit:` terms pick
/// individual measurements, and then a bit mask records them.
package struct MeasurementSelection: Sendable, Equatable {
    /// The number of measurements in the result.
    package let count: Int
    private let outcome: FilterOutcome

    init(count: Int, outcome: FilterOutcome) {
        self.count = count
        self.outcome = outcome
    }

    /// Whether no measurement passed (the result is dropped).
    package var isEmpty: Bool {
        switch outcome {
        case .whole(let kept): return !kept || count == 0
        case .some(let mask): return !(0..<count).contains { mask.contains($0) }
        }
    }

    /// Whether every measurement passed.
    package var isAll: Bool {
        switch outcome {
        case .whole(let kept): return kept
        case .some(let mask): return (0..<count).allSatisfy { mask.contains($0) }
        }
    }

    /// Whether measurement `index` (counted from the result's first measurement) passed.
    package func contains(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        switch outcome {
        case .whole(let kept): return kept
        case .some(let mask): return mask.contains(index)
        }
    }
}

/// The value of a filter (sub)expression for one result: a verdict on the whole result, or a
/// per-measurement mask once a `.unit:` term is involved.
enum FilterOutcome: Sendable, Equatable {
    case whole(Bool)
    case some(MeasurementMask)
}

/// A bit per measurement; the first 64 inline so typical results need no allocation.
struct MeasurementMask: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: [UInt64] = []

    init(count: Int) {
        if count > 64 { high = Array(repeating: 0, count: (count - 1) / 64) }
    }

    func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high[index / 64 - 1] & (1 << UInt64(index % 64)) != 0
    }

    mutating func insert(_ index: Int) {
        if index < 64 { low |= 1 << UInt64(index) } else { high[index / 64 - 1] |= 1 << UInt64(index % 64) }
    }

    /// Bits past the measurement count may flip too; readers only look below the count.
    mutating func invert() {
        low = ~low
        for i in high.indices { high[i] = ~high[i] }
    }

    mutating func formIntersection(_ other: MeasurementMask) {
        low &= other.low
        for i in high.indices { high[i] &= other.high[i] }
    }

    mutating func formUnion(_ other: MeasurementMask) {
        low |= other.low
        for i in high.indices { high[i] |= other.high[i] }
    }
}
