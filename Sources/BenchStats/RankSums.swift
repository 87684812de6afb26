/// Mid-rank sum of the first sample and the tie structure of the pooled samples, found by one
/// merge of the two ascending samples.
struct RankSums {
    /// Sum of the first sample's ranks, tied values sharing the mean of their ranks.
    private(set) var firstRankSum = 0.0
    /// Sizes of the groups of equal values in pooled ascending order (1 for an untied value).
    private(set) var tieSizes: [Int] = []
    private(set) var hasTies = false

    init(_ first: [Double], _ second: [Double]) {
        tieSizes.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        var rank = 1  // 1-based rank of the next pooled value
        while i < first.count || j < second.count {
            let takeFirst = j >= second.count || (i < first.count && first[i] < second[j])
            let value = takeFirst ? first[i] : second[j]
            var fromFirst = 0
            var size = 0
            if value.isNaN {
                // Deliberate fix: moremath loops forever on NaN (never equal to itself); here
                // each NaN is a group of its own.
                if takeFirst {
                    i += 1
                    fromFirst = 1
                } else {
                    j += 1
                }
                size = 1
            } else {
                while i < first.count && first[i] == value {
                    i += 1
                    fromFirst += 1
                }
                size = fromFirst
                while j < second.count && second[j] == value {
                    j += 1
                    size += 1
                }
            }
            if fromFirst > 0 {
                // The group holds ranks rank ..< rank + size, each worth their mean.
                firstRankSum += Double(2 * rank + size - 1) / 2 * Double(fromFirst)
            }
            tieSizes.append(size)
            if size > 1 { hasTies = true }
            rank += size
        }
    }
}
