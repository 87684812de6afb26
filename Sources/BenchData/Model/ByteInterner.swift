/// Interns byte strings without building a `String` for ones already seen.
///
/// The Go benchmark reader meets the same benchmark names and units on thousands of lines;
/// hashing the raw bytes and comparing them against a contiguous arena keeps the hot path
/// free of allocation. New entries are turned into `String` once, by the caller.
package struct ByteInterner: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// Open-addressing table of entry index + 1 (0 = empty); its size is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    package init() {}

    /// The number of distinct byte strings seen.
    package var count: Int { starts.count }

    /// Returns the index of `bytes`, and whether it was new. `guess` is checked first,
    /// without hashing: readers pass the entry the previous line had at the same place,
    /// since consecutive result lines usually repeat names and units.
    package mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, guess: Int32 = -1) -> (index: Int32, isNew: Bool)
    {
        if guess >= 0, Int(guess) < starts.count, matches(Int(guess), bytes) { return (guess, false) }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let index = Int(entry - 1)
            if hashes[index] == hash, matches(index, bytes) { return (Int32(index), false) }
            slot = (slot + 1) & mask
        }
        let index = Int32(starts.count)
        starts.append(Int32(arena.count))
        arena.append(contentsOf: bytes)
        ends.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = index + 1
        if starts.count * 2 > slots.count { grow() }
        return (index, true)
    }

    private func matches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index])
        let length = Int(ends[index]) - start
        guard length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = bytes.baseAddress else { return length == 0 }
            return memcmp(base + start, other, length) == 0
        }
    }

    private mutating func grow() {
        var newSlots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        for index in 0..<starts.count {
            var slot = Int(truncatingIfNeeded: hashes[index]) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(index + 1)
        }
        slots = newSlots
    }

    /// A multiplicative hash over 8-byte words (names are long, so bytewise hashing shows up
    /// in profiles); the tail is folded in as one partial word.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 32)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
