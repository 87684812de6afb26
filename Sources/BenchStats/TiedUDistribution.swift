/// The exact null distribution of U when the pooled samples have ties (moremath's `UDist` with a
/// tie vector), after Klotz (1966) and Cheung & Klotz (1997).
///
/// With tie groups t₁…t_K in ascending order, taking r_k first-sample values from each group
/// gives 2U = Σ r_k·a_k − n1², where a_k = 2(t₁+…+t_{k−1}) + t_k. The number of such choices
/// (weighted by Π C(t_k, r_k)) with 2U <= w over the first k groups obeys
///
///     A_k(n, w) = Σ_r A_{k−1}(n − r, w − r(a_k − 2n + r)) · C(t_k, r),
///
/// where A_{k−1} is C(t₁+…+t_{k−1}, n) above its largest attainable 2U and 0 below its smallest.
/// moremath walks this with hash maps from the wanted entry down; here each level is a dense
/// table over (n, w) filled bottom-up with the same per-entry sums in the same order, so the
/// counts — including moremath's rounding of C() above n = 20 — agree bit for bit, without
/// hashing per entry.
struct TiedUDistribution {
    var n1: Int
    var n2: Int
    var tieSizes: [Int]

    /// P(U <= u).
    func cdf(_ u: Double) -> Double {
        if u < 0 { return 0 }
        if u >= Double(n1 * n2) { return 1 }
        return count(twiceU: Int(2 * u)) / BinomialCoefficient.choose(n1 + n2, n1)
    }

    /// A_K(n1, top): the weighted number of placements of the first sample with 2U <= top.
    private func count(twiceU top: Int) -> Double {
        let groups = tieSizes.count
        if groups < 2 { return top >= 0 ? BinomialCoefficient.choose(n1 + n2, n1) : 0 }
        let structure = TieStructure(tieSizes: tieSizes, n1: n1)
        if groups == 2 { return structure.baseEntry(n: n1, w: top) }

        var previous = LevelTable(level: 2, structure: structure, top: top)
        for n in previous.nRange {
            for w in previous.wRange(n) { previous[n, w] = structure.baseEntry(n: n, w: w) }
        }
        for level in 3..<groups {
            var current = LevelTable(level: level, structure: structure, top: top)
            for n in current.nRange {
                for w in current.wRange(n) { current[n, w] = structure.entry(level: level, n: n, w: w, below: previous) }
            }
            previous = current
        }
        // moremath computes the wanted entry by the recurrence whatever its range.
        return structure.entry(level: groups, n: n1, w: top, below: previous)
    }
}

/// The tie groups and everything derived from them that the recurrence reuses.
private struct TieStructure {
    let t: [Int]
    let n1: Int
    /// a[g] for 0-based group g: 2·(t[0] + … + t[g−1]) + t[g].
    let a: [Int]
    /// prefix[k] = t[0] + … + t[k−1].
    let prefix: [Int]
    /// chooseTables[g][r] = C(t[g], r), rounded as moremath rounds it.
    let chooseTables: [[Double]]

    init(tieSizes t: [Int], n1: Int) {
        self.t = t
        self.n1 = n1
        var a = [Int](repeating: 0, count: t.count)
        var prefix = [0]
        for g in t.indices {
            a[g] = g == 0 ? t[0] : a[g - 1] + t[g - 1] + t[g]
            prefix.append(prefix[g] + t[g])
        }
        self.a = a
        self.prefix = prefix
        chooseTables = t.map { size in (0...size).map { BinomialCoefficient.choose(size, $0) } }
    }

    func choose(group: Int, _ r: Int) -> Double {
        r >= 0 && r <= t[group] ? chooseTables[group][r] : 0
    }

    /// Smallest 2U of n first-sample values among the first `level` groups: fill from the bottom.
    func twiceUMinimum(n: Int, level: Int) -> Int {
        var twiceU = -n * n
        var remaining = n
        for g in 0..<level {
            let r = min(remaining, t[g])
            twiceU += r * a[g]
            remaining -= r
        }
        return twiceU
    }

    /// Largest 2U of n first-sample values among the first `level` groups: fill from the top.
    func twiceUMaximum(n: Int, level: Int) -> Int {
        var twiceU = -n * n
        var remaining = n
        for g in stride(from: level - 1, through: 0, by: -1) {
            let r = min(remaining, t[g])
            twiceU += r * a[g]
            remaining -= r
        }
        return twiceU
    }

    /// A_2(n, w) directly: r values from group 2 and n − r from group 1.
    func baseEntry(n: Int, w: Int) -> Double {
        var sum = 0.0
        // Truncating division, as in moremath; the numerator is >= 0 for attainable w.
        let high = min((w - n * (t[0] - n)) / (t[0] + t[1]), n, t[1])
        var r = max(0, n - t[0])
        while r <= high {
            sum += choose(group: 0, n - r) * choose(group: 1, r)
            r += 1
        }
        return sum
    }

    /// A_level(n, w) from the table of level − 1.
    func entry(level: Int, n: Int, w: Int, below: LevelTable) -> Double {
        let group = level - 1
        let belowSize = prefix[group]
        var sum = 0.0
        var r = max(0, n - belowSize)
        let high = min(n, t[group])
        while r <= high {
            let rest = n - r
            let restW = w - r * (a[group] - 2 * n + r)
            let count: Double
            switch below.lookup(rest, restW) {
            case .attainable(let stored): count = stored
            // Every placement of the earlier groups qualifies.
            case .aboveMaximum: count = BinomialCoefficient.choose(belowSize, rest)
            case .belowMinimum: count = 0
            }
            sum += count * choose(group: group, r)
            r += 1
        }
        return sum
    }
}

/// A_level(n, w) for the n that can still lead to the wanted entry and every attainable
/// w <= top, stored densely.
private struct LevelTable {
    let nRange: ClosedRange<Int>
    private let width: Int
    private var minima: [Int]
    private var maxima: [Int]
    private var values: [Double]

    init(level: Int, structure: TieStructure, top: Int) {
        let held = structure.prefix[level]
        let later = structure.prefix[structure.t.count] - held
        let low = max(0, structure.n1 - later)
        let high = max(low, min(structure.n1, held))
        nRange = low...high
        width = max(top, 0) + 1
        minima = nRange.map { structure.twiceUMinimum(n: $0, level: level) }
        maxima = nRange.map { structure.twiceUMaximum(n: $0, level: level) }
        values = [Double](repeating: 0, count: nRange.count * width)
    }

    enum Lookup {
        case attainable(Double)
        case aboveMaximum
        case belowMinimum
    }

    /// The attainable w <= top for n (possibly empty).
    func wRange(_ n: Int) -> Range<Int> {
        let lower = max(0, minima[n - nRange.lowerBound])
        let upper = min(width - 1, maxima[n - nRange.lowerBound])
        return lower <= upper ? lower..<(upper + 1) : 0..<0
    }

    /// The stored count when w is attainable for n, else which side of the attainable range
    /// w lies on. (n is always within nRange for queries from the next level.)
    func lookup(_ n: Int, _ w: Int) -> Lookup {
        guard nRange.contains(n) else { return .belowMinimum }
        let index = n - nRange.lowerBound
        if w > maxima[index] { return .aboveMaximum }
        if w < minima[index] || w >= width { return .belowMinimum }
        return .attainable(values[index * width + w])
    }

    subscript(n: Int, w: Int) -> Double {
        get { values[(n - nRange.lowerBound) * width + w] }
        set { values[(n - nRange.lowerBound) * width + w] = newValue }
    }
}
