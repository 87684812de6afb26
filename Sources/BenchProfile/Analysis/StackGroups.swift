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

    /// Groups the profile's samples by stack, summing column `column`. Samples whose value is
    /// 0 are left out, as pprof's graph skips them. A diff's base samples need no mark here:
    /// every graph number is a sum over samples, and only the total (``ProfileTop``, from the
    /// samples themselves) tells base from new.
    init(_ profile: Profile, column: Int) {
        let sampleCount = profile.sampleCount
        let stride = profile.sampleTypes.count
        // Grown as groups are added (by distinct stacks, not by samples: millions of samples
        // usually share a few thousand stacks).
        var table = [Int32](repeating: -1, count: 1024)
        var mask = table.count - 1
        var groupHashes: [UInt64] = []
        profile.stackLocations.withUnsafeBufferPointer { stacks in
            profile.values.withUnsafeBufferPointer { values in
                profile.stackStarts.withUnsafeBufferPointer { stackStarts in
                    for sample in 0..<sampleCount {
                        let value = values[sample &* stride &+ column]
                        if value == 0 { continue }
                        let start = stackStarts[sample]
                        let end = stackStarts[sample &+ 1]
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
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
                                groupHashes.append(hash)
                                if weights.count * 2 > table.count {
                                    table = Self.rehashed(groupHashes, size: table.count * 2)
                                    mask = table.count - 1
                                }
                                break
                            }
                            if groupHashes[group] == hash && equal(stacks[start..<end], group) {
                                weights[group] &+= value
                                break
                            }
                            slot = (slot &+ 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// A table of `size` slots holding every entry at its hash's first free slot (linear
    /// probing; also the folded-stacks reader's frame table).
    static func rehashed(_ hashes: [UInt64], size: Int) -> [Int32] {
        var table = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (group, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] >= 0 { slot = (slot &+ 1) & mask }
            table[slot] = Int32(group)
        }
        return table
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
}
