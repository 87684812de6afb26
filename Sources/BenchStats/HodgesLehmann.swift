/// The Hodges-Lehmann estimate of how far `new` is shifted from `base`, with its
/// distribution-free confidence interval.
package struct ShiftEstimate: Sendable, Equatable {
    /// The median of every difference `new[j] - base[i]`.
    package var estimate: Double
    /// The interval's bounds; infinite when the samples are too small for the confidence asked.
    package var lower: Double
    package var upper: Double
    package var confidence: Double

    package init(estimate: Double, lower: Double, upper: Double, confidence: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
    }
}

/// The two-sample Hodges-Lehmann shift of `new` against `base` and the interval that inverts
/// the Mann-Whitney U test (Hollander & Wolfe, ch. 4.3): with the m·n pairwise differences
/// sorted, the bounds are the k-th smallest and the k-th largest, where k − 1 is the largest
/// U whose lower-tail probability stays within (1 − confidence)/2.
///
/// benchstat reports the change of the medians only; this says how sure that change is in
/// the same distribution-free terms as its test. k comes from the exact U distribution (no
/// ties) up to 50 values per side and from the normal approximation beyond; ties make the
/// interval slightly conservative. Returns nil when a sample is empty.
package func hodgesLehmannShift(base: [Double], new: [Double], confidence: Double) -> ShiftEstimate? {
    let m = base.count
    let n = new.count
    guard m > 0, n > 0, base.allSatisfy(\.isFinite), new.allSatisfy(\.isFinite) else { return nil }
    let differences = PairwiseDifferences(base: base, new: new)
    let total = m * n
    let estimate =
        total % 2 == 1
        ? differences.smallest(total / 2 + 1)
        : (differences.smallest(total / 2) + differences.smallest(total / 2 + 1)) / 2
    let k = shiftIntervalRank(m, n, confidence: confidence)
    guard k >= 1, k <= total else {
        return ShiftEstimate(estimate: estimate, lower: -.infinity, upper: .infinity, confidence: confidence)
    }
    return ShiftEstimate(
        estimate: estimate, lower: differences.smallest(k), upper: differences.smallest(total - k + 1),
        confidence: confidence)
}

/// The m·n differences `new[j] - base[i]`, answering "the k-th smallest" without forming
/// them all: 410 samples a side would be 168,100 differences per benchmark to sort.
///
/// With both samples sorted the differences form a matrix sorted along both axes, so the
/// number at most `t` is counted in O(m + n) by walking one pointer; the k-th smallest is the
/// least double `t` whose count reaches k, found by bisecting the doubles' ordered bit
/// patterns (64 steps). Counting uses the same floating-point subtraction as the values
/// themselves, so the answer is exactly one of the differences, as sorting them would give.
struct PairwiseDifferences {
    private let base: [Double]
    private let new: [Double]

    init(base: [Double], new: [Double]) {
        self.base = base.sorted()
        self.new = new.sorted()
    }

    /// The k-th smallest difference, 1-based.
    func smallest(_ k: Int) -> Double {
        var low = Self.orderedKey(new[0] - base[base.count - 1])
        var high = Self.orderedKey(new[new.count - 1] - base[0])
        while low < high {
            let middle = low + (high - low) / 2
            if count(atMost: Self.double(orderedKey: middle)) >= k {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return Self.double(orderedKey: low)
    }

    /// How many differences are at most `limit`.
    func count(atMost limit: Double) -> Int {
        var total = 0
        var first = 0  // the first base index whose difference with new[j] is <= limit
        for value in new {
            while first < base.count && value - base[first] > limit { first += 1 }
            total += base.count - first
        }
        return total
    }

    /// Doubles mapped to unsigned integers in the same order (negative values flipped).
    static func orderedKey(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    static func double(orderedKey key: UInt64) -> Double {
        Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
    }
}

/// The 1-based rank k of the lower bound among the sorted differences; 0 when no interval
/// with finite bounds reaches `confidence`.
func shiftIntervalRank(_ m: Int, _ n: Int, confidence: Double) -> Int {
    let tail = (1 - confidence) / 2
    if m <= mannWhitneyExactLimit && n <= mannWhitneyExactLimit {
        let distribution = UDistribution(n1: m, n2: n)
        // P(U <= k - 1) <= tail; U takes 0...m·n.
        var k = 0
        while k < m * n, distribution.cdf(Double(k)) <= tail { k += 1 }
        return k
    }
    let mean = Double(m * n) / 2
    let deviation = (Double(m * n) * Double(m + n + 1) / 12).squareRoot()
    let z = NormalDistribution.standard.inverseCDF(1 - tail)
    return max(0, Int((mean - z * deviation).rounded(.down)))
}
