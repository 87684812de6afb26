/// Sorting, headers and variation checks over keys (benchproc's `SortKeys`, `NewKeyHeader`,
/// `NonSingularFields`).
extension Projection {
    /// `keys` in the projection's order: field by field over ``flattenedFields``; values an
    /// order calls equal (two non-numbers under `@num`) fall back to byte order.
    package func sorted(_ keys: [ProjectionKey]) -> [ProjectionKey] {
        let slots = flattenedSlots
        var numbers: [Int32: Double?] = [:]
        func number(_ id: Int32) -> Double? {
            if let known = numbers[id] { return known }
            let parsed = GoNumberParsing.parseNumber(strings[Int(id)])
            numbers[id] = parsed
            return parsed
        }
        func compare(_ slot: Int, _ a: Int32, _ b: Int32) -> Int {
            switch fields[slot].ordering {
            case .firstObserved:
                return (fields[slot].observations[a] ?? 0) - (fields[slot].observations[b] ?? 0)
            case .alphabetical:
                return 0  // the byte-order fallback decides
            case .fixed(let ranks):
                return (ranks[ExactString(strings[Int(a)])] ?? 0) - (ranks[ExactString(strings[Int(b)])] ?? 0)
            case .numeric:
                return Self.compareNumbers(number(a), number(b))
            }
        }
        return keys.sorted { lhs, rhs in
            for slot in slots {
                let a = valueID(lhs, slot)
                let b = valueID(rhs, slot)
                if a == b { continue }
                let order = compare(slot, a, b)
                if order != 0 { return order < 0 }
                return strings[Int(a)].utf8.lexicographicallyPrecedes(strings[Int(b)].utf8)
            }
            return false
        }
    }

    /// benchproc's `num`: numbers ascending, NaN after them, non-numbers last; two NaNs or two
    /// non-numbers are unordered.
    private static func compareNumbers(_ a: Double?, _ b: Double?) -> Int {
        switch (a, b) {
        case (let x?, let y?):
            if x < y || (!x.isNaN && y.isNaN) { return -1 }
            if x > y || (x.isNaN && !y.isNaN) { return 1 }
            return 0
        case (.some, nil): return -1
        case (nil, .some): return 1
        case (nil, nil): return 0
        }
    }

    /// The names of the fields in which `keys` do not all agree.
    package func nonSingularFields(_ keys: [ProjectionKey]) -> [String] {
        guard let first = keys.first, keys.count > 1 else { return [] }
        return flattenedSlots.compactMap { slot in
            let value = valueID(first, slot)
            return keys.dropFirst().contains { valueID($0, slot) != value } ? fields[slot].name : nil
        }
    }

    /// The keys (in the given order) as a header: one level per flattened field, each level
    /// split into runs of equal values that never cross a boundary of the level above.
    package func header(_ keys: [ProjectionKey]) -> [[ProjectionHeaderNode]] {
        guard !keys.isEmpty else { return [] }
        var spans = [0..<keys.count]
        var levels: [[ProjectionHeaderNode]] = []
        for slot in flattenedSlots {
            var level: [ProjectionHeaderNode] = []
            var nextSpans: [Range<Int>] = []
            for span in spans {
                var runStart = span.lowerBound
                while runStart < span.upperBound {
                    let value = valueID(keys[runStart], slot)
                    var runEnd = runStart + 1
                    while runEnd < span.upperBound, valueID(keys[runEnd], slot) == value { runEnd += 1 }
                    level.append(
                        ProjectionHeaderNode(value: strings[Int(value)], start: runStart, length: runEnd - runStart))
                    nextSpans.append(runStart..<runEnd)
                    runStart = runEnd
                }
            }
            levels.append(level)
            spans = nextSpans
        }
        return levels
    }
}
