/// The exact null distribution of U when the pooled samples have ties (moremath's `UDist` with a
/// tie vector), after Klotz (1966) and Cheung & Klotz (1997).
///
/// With tie groups t₁…t_K in ascending order, taking r_k first-sample values from group k gives
/// 2U = Σ r_k·a_k − n1², where a_k = 2(t₁+…+t_{k−1}) + t_k. The number of such choices
/// (weighted by Π C(t_k, r_k)) with 2U <= w over the first k groups obeys
///
///     A_k(n, w) = Σ_r A_{k−1}(n − r, w − r(a_k − 2n + r)) · C(t_k, r),
///
/// where A_{k−1} is C(t₁+…+t_{k−1}, n) above its largest attainable 2U and 0 below its smallest.
/// moremath walks this with hash maps from the wanted entry down. Here each level is a dense
/// table over (n, w), filled bottom-up one shifted row at a time; every entry still receives
/// the same products added in the same order (r ascending), so the counts — including
/// moremath's rounding of C() above n = 20 — agree bit for bit.
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
        let structure = TieStructure(tieSizes: tieSizes, n1: n1)
        if groups < 2 { return top >= 0 ? BinomialCoefficient.choose(n1 + n2, n1) : 0 }
        // moremath evaluates the wanted entry by its recurrence whatever its range.
        if groups == 2 { return structure.baseEntry(n: n1, w: top) }
        var below = LevelTable(level: 2, structure: structure, top: top)
        below.fillBase(structure)
        for level in 3..<groups {
            var current = LevelTable(level: level, structure: structure, top: top)
            current.fill(structure, from: below)
            below = current
        }
        return structure.entry(level: groups, n: n1, w: top, below: below)
    }
}

/// The tie groups and what the recurrence derives from them.
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

    /// Smallest 2U of n first-sample values in the first `level` groups: fill from the bottom.
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

    /// Largest 2U of n first-sample values in the first `level` groups: fill from the top.
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

    /// The largest r taken from group 2 (n − r from group 1) with 2U <= w. Truncating division,
    /// as in moremath; the numerator is negative only for w below the attainable range.
    func baseHighestR(n: Int, w: Int) -> Int {
        min((w - n * (t[0] - n)) / (t[0] + t[1]), n, t[1])
    }

    /// A_2(n, w) directly: r values from group 2 and n − r from group 1.
    func baseEntry(n: Int, w: Int) -> Double {
        var sum = 0.0
        var r = max(0, n - t[0])
        let high = baseHighestR(n: n, w: w)
        while r <= high {
            sum += choose(group: 0, n - r) * choose(group: 1, r)
            r += 1
        }
        return sum
    }

    /// A_level(n, w) for one entry, from the table of level − 1.
    func entry(level: Int, n: Int, w: Int, below: LevelTable) -> Double {
        let group = level - 1
        var sum = 0.0
        var r = max(0, n - prefix[group])
        let high = min(n, t[group])
        while r <= high {
            let rest = n - r
            let restW = w - r * (a[group] - 2 * n + r)
            sum += below.value(n: rest, w: restW, groupsBelow: prefix[group]) * choose(group: group, r)
            r += 1
        }
        return sum
    }
}

/// A_level(n, w) for every n that can still lead to the wanted entry and every attainable
/// w <= top, stored densely; unattainable w are answered from their side of the range.
private struct LevelTable {
    let nRange: ClosedRange<Int>
    private let width: Int
    private let minima: [Int]
    private let maxima: [Int]
    private let level: Int
    private var values: [Double]

    init(level: Int, structure: TieStructure, top: Int) {
        let held = structure.prefix[level]
        let later = structure.prefix[structure.t.count] - held
        let low = max(0, structure.n1 - later)
        nRange = low...max(low, min(structure.n1, held))
        width = max(top, 0) + 1
        self.level = level
        minima = nRange.map { structure.twiceUMinimum(n: $0, level: level) }
        maxima = nRange.map { structure.twiceUMaximum(n: $0, level: level) }
        values = [Double](repeating: 0, count: nRange.count * width)
    }

    /// The attainable w <= top for n (possibly empty).
    private func wRange(row: Int) -> Range<Int> {
        let lower = max(0, minima[row])
        let upper = min(width - 1, maxima[row])
        return lower <= upper ? lower..<(upper + 1) : 0..<0
    }

    /// A(n, w), with moremath's rules outside the attainable range: every placement of the
    /// `groupsBelow` values counts above it, none below it.
    func value(n: Int, w: Int, groupsBelow: Int) -> Double {
        guard nRange.contains(n) else { return 0 }  // never asked: callers stay within nRange
        let row = n - nRange.lowerBound
        if w > maxima[row] { return BinomialCoefficient.choose(groupsBelow, n) }
        if w < minima[row] || w >= width { return 0 }
        return values[row * width + w]
    }

    /// Level 2: for each n the running sum over r of C(t₁, n − r)·C(t₂, r), read off at the
    /// largest r each w allows.
    mutating func fillBase(_ structure: TieStructure) {
        var partialSums: [Double] = []
        for n in nRange {
            let row = n - nRange.lowerBound
            let lowest = max(0, n - structure.t[0])
            partialSums.removeAll(keepingCapacity: true)
            var sum = 0.0
            var r = lowest
            while r <= min(n, structure.t[1]) {
                sum += structure.choose(group: 0, n - r) * structure.choose(group: 1, r)
                partialSums.append(sum)
                r += 1
            }
            for w in wRange(row: row) {
                let high = structure.baseHighestR(n: n, w: w)
                values[row * width + w] = high >= lowest ? partialSums[high - lowest] : 0
            }
        }
    }

    /// Levels 3 and up: for each n and each r (ascending), add C(t, r) times the row of
    /// n − r from the level below, shifted by r(a − 2n + r).
    mutating func fill(_ structure: TieStructure, from below: LevelTable) {
        let group = level - 1
        let groupsBelow = structure.prefix[group]
        let a = structure.a[group]
        let width = self.width
        let nRange = self.nRange
        let spans = nRange.map { wRange(row: $0 - nRange.lowerBound) }
        values.withUnsafeMutableBufferPointer { out in
            below.values.withUnsafeBufferPointer { lower in
                for n in nRange {
                    let row = n - nRange.lowerBound
                    let span = spans[row]
                    if span.isEmpty { continue }
                    let rowStart = row * width
                    for r in max(0, n - groupsBelow)...min(n, structure.t[group]) {
                        let rest = n - r
                        guard below.nRange.contains(rest) else { continue }
                        let childRow = rest - below.nRange.lowerBound
                        let childStart = childRow * width
                        let shift = r * (a - 2 * n + r)
                        let coefficient = structure.choose(group: group, r)
                        let childMinimum = below.minima[childRow]
                        let childMaximum = below.maxima[childRow]
                        // w − shift below the child's range adds nothing; within it, the
                        // child's entry; above it, every placement of the groups below.
                        let firstAttainable = max(span.lowerBound, childMinimum + shift)
                        let firstAbove = max(firstAttainable, min(span.upperBound, childMaximum + shift + 1))
                        for w in firstAttainable..<firstAbove {
                            out[rowStart + w] += lower[childStart + w - shift] * coefficient
                        }
                        if firstAbove < span.upperBound {
                            let everything = BinomialCoefficient.choose(groupsBelow, rest)
                            for w in firstAbove..<span.upperBound { out[rowStart + w] += everything * coefficient }
                        }
                    }
                }
            }
        }
    }
}
