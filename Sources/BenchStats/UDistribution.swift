/// The exact null distribution of the Mann-Whitney U statistic without ties (moremath's `UDist`
/// with no tie vector), from Mann & Whitney's (1947) recurrence
///
///     p[n,m](U) = (n·p[n−1,m](U−m) + m·p[n,m−1](U)) / (n + m),   p[0,m](0) = p[n,0](0) = 1.
///
/// Only the lower half of the distribution is ever summed (the upper half by symmetry), and the
/// cumulative sums are memoised per pair of sample sizes: they are computed in moremath's exact
/// order, so caching changes no bit of the result.
struct UDistribution {
    var n1: Int
    var n2: Int

    /// P(U <= u).
    func cdf(_ u: Double) -> Double {
        if u < 0 { return 0 }
        if u >= Double(n1 * n2) { return 1 }
        var index = Int(u.rounded(.down))
        // Sum whichever tail is shorter; the distribution is symmetric about n1·n2/2.
        let flip = index >= (n1 * n2 + 1) / 2
        if flip { index = n1 * n2 - index - 1 }
        let sums = Self.lowerHalfCumulativeSums(min(n1, n2), max(n1, n2))
        let total = index < sums.count ? sums[index] : 1
        return flip ? 1 - total : total
    }

    /// Cumulative sums of p[small,large](0...h) where h = (small·large + 1)/2 − 1.
    private static func lowerHalfCumulativeSums(_ small: Int, _ large: Int) -> [Double] {
        let cacheable = small >= 1 && large <= cacheSide - 1
        let key = small * cacheSide + large
        if cacheable, let sums = cache.withLock({ $0[key] }) { return sums }
        let pmf = probabilities(small, large, through: (small * large + 1) / 2 - 1)
        var sums = [Double](repeating: 0, count: pmf.count)
        var running = 0.0
        for (index, probability) in pmf.enumerated() {
            running += probability
            sums[index] = running
        }
        if cacheable { cache.withLock { $0[key] = sums } }
        return sums
    }

    private static let cacheSide = mannWhitneyExactLimit + 1
    private static let cache = Locked([[Double]?](repeating: nil, count: cacheSide * cacheSide))

    /// p[small,large](0...limit) by dynamic programming over one row of sample sizes at a time,
    /// overwriting each U-slice from its top so that one slice per n suffices.
    private static func probabilities(_ small: Int, _ large: Int, through limit: Int) -> [Double] {
        let width = max(limit, 0) + 1
        // rows[n] holds p[n,m] for the row m being built; p[n,m] = p[m,n] covers n > m.
        var rows = [Double](repeating: 0, count: (small + 1) * width)
        rows.withUnsafeMutableBufferPointer { rows in
            for m in 0...large {
                rows[0] = 1  // p[0,m]
                for n in stride(from: 1, through: min(small, m), by: 1) {
                    let left = (n - 1) * width  // p[n−1,m]
                    let right = (n <= m - 1 ? n : m - 1) * width  // p[n,m−1], or p[m−1,n] when n == m
                    let out = n * width
                    let top = min(n * m, limit)
                    let nm = Double(n + m)
                    var u = top
                    while u >= 0 {
                        let l = u - m >= 0 ? Double(n) * rows[left + u - m] : 0.0
                        let r = Double(m) * rows[right + u]
                        rows[out + u] = (l + r) / nm
                        u -= 1
                    }
                }
            }
        }
        return Array(rows[(small * width)...])
    }
}
