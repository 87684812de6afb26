/// Reads folded ("collapsed") stacks, one `root;caller;leaf COUNT` per line, as flamegraph.pl,
/// stackcollapse-perf, py-spy, async-profiler and inferno write them, into a ``Profile``.
///
/// Each distinct frame name becomes one function and one location, so functions-granularity
/// summaries equal pprof's on the same stacks. The count is the last blank-separated token (frame
/// names may contain spaces). Folded stacks carry no type or unit: the one sample type is
/// `samples`, in `count` unless the caller names a unit (`unit ns` for perf's periods).
package enum FoldedStacksReader {
    package static func read(_ bytes: [UInt8], unit: String = "count") throws(ProfileFormatError) -> Profile {
        var profile = Profile()
        profile.sampleTypes = [.init(type: "samples", unit: unit)]
        var frameTable = FrameTable()
        var frames: [Int32] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            var last = end
            if last > start && bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
            if last == start || bytes[start] == UInt8(ascii: "#") { continue }
            // The count: digits after the last blank.
            var blank = last - 1
            while blank >= start && bytes[blank] != UInt8(ascii: " ") && bytes[blank] != UInt8(ascii: "\t") {
                blank -= 1
            }
            guard blank > start, let count = parseCount(bytes[(blank + 1)..<last]) else {
                throw ProfileFormatError(
                    "line \(lineNumber): expected 'frame;frame;... COUNT' (folded stacks), found \"\(preview(bytes[start..<last]))\""
                )
            }
            frames.removeAll(keepingCapacity: true)
            var frameStart = start
            for index in start...blank where index == blank || bytes[index] == UInt8(ascii: ";") {
                let name = frameStart..<index
                frameStart = index + 1
                if name.isEmpty { continue }
                // Looked up by its bytes: a String is made once per distinct frame, not per frame.
                let (location, isNew) = frameTable.location(of: name, in: bytes)
                if isNew {
                    let name = String(decoding: bytes[name], as: UTF8.self)
                    profile.functions.append(.init(name: name, systemName: name, file: "", startLine: 0))
                    profile.locations.append(
                        .init(
                            mapping: nil, address: 0,
                            lines: [.init(function: profile.functions.count - 1, line: 0, column: 0)]))
                }
                frames.append(location)
            }
            if frames.isEmpty {
                throw ProfileFormatError("line \(lineNumber): a stack with no frames")
            }
            profile.appendSample(locations: frames.reversed(), values: [count])
        }
        if profile.sampleCount == 0 { throw ProfileFormatError("empty profile: no stacks in the file") }
        return profile
    }

    private static func parseCount(_ digits: ArraySlice<UInt8>) -> Int64? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func preview(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line.prefix(60), as: UTF8.self)
        return line.count > 60 ? text + "..." : text
    }
}

/// Frame names to locations, keyed by the name's bytes in the input (the first occurrence's
/// range), in an open-addressing table like ``StackGroups``'. Each distinct name is one
/// location, numbered in order of first appearance.
private struct FrameTable {
    private var slots = [Int32](repeating: -1, count: 1024)
    /// Per location: where its name is in the input, and the name's hash.
    private var names: [Range<Int>] = []
    private var hashes: [UInt64] = []

    /// The location of the frame named by `bytes[name]`, and whether it is new (its index is
    /// the next location's).
    mutating func location(of name: Range<Int>, in bytes: [UInt8]) -> (Int32, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in name { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash && bytes[names[entry]].elementsEqual(bytes[name]) { return (Int32(entry), false) }
            slot = (slot &+ 1) & mask
        }
        let location = Int32(names.count)
        slots[slot] = location
        names.append(name)
        hashes.append(hash)
        if names.count * 2 > slots.count { slots = StackGroups.rehashed(hashes, size: slots.count * 2) }
        return (location, true)
    }
}
