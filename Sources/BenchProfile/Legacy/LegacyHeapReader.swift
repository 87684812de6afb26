#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads Go's legacy text heap profile (`pprof.Lookup("heap").WriteTo(w, 1)`) the way pprof's
/// `parseHeap` does: `heap profile: N: B [AN: AB] @ heap/2·RATE`, then `n: b [an: ab] @ 0x…`
/// lines, values unsampled with `1/(1-exp(-avg/rate))`. The `#` symbol comments are ignored,
/// as pprof ignores them, so frames have addresses only.
package enum LegacyHeapReader {
    package static func isLegacyHeap(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("heap profile:".utf8))
    }

    package static func read(_ bytes: [UInt8]) throws(ProfileFormatError) -> Profile {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let header = lines.first, let at = header.firstIndex(of: UInt8(ascii: "@")),
            let counts = numbers(header[..<at].dropFirst("heap profile:".utf8.count)), counts.count == 4
        else {
            throw ProfileFormatError("line 1: not a legacy heap profile header")
        }
        let sampling = String(decoding: header[(at + 1)...], as: UTF8.self).trimmingCharacters()
        var rate: Int64 = 1
        var isSampled = false
        if let slash = sampling.firstIndex(of: "/") {
            let kind = sampling[..<slash]
            let period = Int64(sampling[sampling.index(after: slash)...]) ?? 0
            switch kind {
            case "heap": (rate, isSampled) = (period / 2, true)
            case "heap_v2", "heapz_v2": (rate, isSampled) = (period, true)
            default: throw ProfileFormatError("line 1: unknown heap profile sampling '\(sampling)'")
            }
        }
        let hasAlloc = (counts[2] != counts[0] && counts[2] != 0) || (counts[3] != counts[1] && counts[3] != 0)
        var profile = Profile()
        profile.sampleTypes =
            (hasAlloc
                ? [.init(type: "alloc_objects", unit: "count"), .init(type: "alloc_space", unit: "bytes")] : [])
            + [.init(type: "inuse_objects", unit: "count"), .init(type: "inuse_space", unit: "bytes")]
        profile.periodType = .init(type: "space", unit: "bytes")
        profile.period = rate
        var locationOfAddress: [UInt64: Int32] = [:]
        for (index, line) in lines.enumerated().dropFirst() {
            if line.isEmpty || line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 32 || $0 == 13 }) { continue }
            guard let at = line.firstIndex(of: UInt8(ascii: "@")), let values = numbers(line[..<at]), values.count == 4
            else {
                throw ProfileFormatError("line \(index + 1): expected 'N: B [AN: AB] @ 0xADDR...'")
            }
            var stack: [Int32] = []
            for word in line[(at + 1)...].split(separator: UInt8(ascii: " ")) where !word.isEmpty {
                let text = String(decoding: word, as: UTF8.self)
                guard text.hasPrefix("0x"), let address = UInt64(text.dropFirst(2), radix: 16) else {
                    throw ProfileFormatError("line \(index + 1): '\(text)' is not a hexadecimal address")
                }
                if let location = locationOfAddress[address] {
                    stack.append(location)
                } else {
                    let location = Int32(profile.locations.count)
                    profile.locations.append(.init(mapping: nil, address: address, lines: []))
                    locationOfAddress[address] = location
                    stack.append(location)
                }
            }
            let inuse = scaled(values[0], values[1], rate: isSampled ? rate : 1)
            let alloc = scaled(values[2], values[3], rate: isSampled ? rate : 1)
            profile.appendSample(
                locations: stack, values: (hasAlloc ? [alloc.0, alloc.1] : []) + [inuse.0, inuse.1])
        }
        return profile
    }

    /// pprof's `scaleHeapSample`: the expected true count and size behind a sampled record.
    private static func scaled(_ count: Int64, _ size: Int64, rate: Int64) -> (Int64, Int64) {
        if count == 0 || size == 0 { return (0, 0) }
        if rate <= 1 { return (count, size) }
        let average = Double(size) / Double(count)
        let scale = 1 / (1 - exp(-average / Double(rate)))
        return (Int64(saturating: Double(count) * scale), Int64(saturating: Double(size) * scale))
    }

    /// The integers in `N: B [AN: AB]`, ignoring the punctuation.
    private static func numbers(_ text: ArraySlice<UInt8>) -> [Int64]? {
        var result: [Int64] = []
        for word in text.split(whereSeparator: { $0 == 32 || $0 == 58 || $0 == 91 || $0 == 93 || $0 == 9 }) {
            guard let value = Int64(String(decoding: word, as: UTF8.self)) else { return nil }
            result.append(value)
        }
        return result
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\r" { text.removeLast() }
        return String(text)
    }
}
