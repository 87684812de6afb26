/// The samples of one value column with identical stacks merged: the call graph is linear in
/// sample values, so summing first gives pprof's numbers while visiting each distinct stack
/// once (large profiles repeat a few thousand stacks millions of times).
struct StackGroups {
    /// Location indices, leaf first; group `i` owns `locations[starts[i]..<starts[i + 1]]`.
    var locations: [Int32] = []
    var starts: [Int] = [0]
    var weights: [Int64] = []

    var count: Int { weights.count }

    func stack(_ index: Int) -> ArraySlice<Int32> { locations[starts[index]..<starts[index + 1]] }

    mutating func append<Stack: Sequence<Int32>>(_ stack: Stack, weight: Int64) {
        locations.append(contentsOf: stack)
        starts.append(locations.count)
        weights.append(weight)
    }

    /// Groups the profile's samples by (stack, diff-base flag), summing column `column`.
    /// Samples whose value is 0 are left out, as pprof's graph skips them.
    init(_ profile: Profile, column: Int) {
        let sampleCount = profile.sampleCount
        var table = [Int32](repeating: -1, count: Self.tableSize(for: sampleCount))
        let mask = table.count - 1
        var groupIsBase: [Bool] = []
        profile.stackLocations.withUnsafeBufferPointer { stacks in
            for sample in 0..<sampleCount {
                let value = profile.value(sample, column: column)
                if value == 0 { continue }
                let start = profile.stackStarts[sample]
                let end = profile.stackStarts[sample + 1]
                let isBase = profile.isBaseSample[sample]
                var hash: UInt64 = isBase ? 0x9e37_79b9_7f4a_7c15 : 0xcbf2_9ce4_8422_2325
                for index in start..<end {
                    hash = (hash ^ UInt64(UInt32(bitPattern: stacks[index]))) &* 0x100_0000_01b3
                }
                hash ^= hash >> 29
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let group = Int(table[slot])
                    if group < 0 {
                        table[slot] = Int32(weights.count)
                        locations.append(contentsOf: stacks[start..<end])
                        starts.append(locations.count)
                        weights.append(value)
                        groupIsBase.append(isBase)
                        break
                    }
                    if groupIsBase[group] == isBase && equal(stacks[start..<end], group) {
                        weights[group] &+= value
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    init() {}

    private func equal(_ stack: Slice<UnsafeBufferPointer<Int32>>, _ group: Int) -> Bool {
        let start = starts[group]
        guard starts[group + 1] - start == stack.count else { return false }
        var index = start
        for location in stack {
            if locations[index] != location { return false }
            index += 1
        }
        return true
    }

    private static func tableSize(for count: Int) -> Int {
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }
}
