/// Normalizes a pre-scaled unit to its base unit, as benchunit's `Tidy` does on read:
/// `ns` becomes `sec` and `MB` becomes `B`, in the numerator only (`ns/op` → `sec/op`,
/// `user-ns/op` → `user-sec/op`, `MB/s` → `B/s`; `op/ns`, `ms/op` and `KB/s` stay).
///
/// Returns the tidied unit and the factor to multiply values by. Callers must compute
/// `value * factor`, not divide: benchstat's 7 ns/op is 7.000000000000001e-09 sec/op.
/// Go quirk: `MB/op` tidies to `B/op` and so merges with genuine `B/op` results.
package func tidyUnit(_ unit: String) -> (unit: String, factor: Double) {
    // The units Go's testing package writes, without tokenizing.
    switch unit {
    case "ns/op": return ("sec/op", 1e-9)
    case "MB/s": return ("B/s", 1e6)
    case "B/op", "allocs/op": return (unit, 1)
    default: break
    }
    var utf8 = unit
    return utf8.withUTF8 { bytes in
        var factor = 1.0
        var lengthChange = 0
        var edits = 0
        var tokens = UnitTokenizer(bytes)
        while let token = tokens.next() {
            guard !tokens.inDenominator else { continue }
            if tokens.token(token, is: "ns") {
                factor /= 1e9  // divided, as Go does, so two `ns` give (1/1e9)/1e9
                lengthChange += 1
                edits += 1
            } else if tokens.token(token, is: "MB") {
                factor *= 1e6
                lengthChange -= 1
                edits += 1
            }
        }
        guard edits > 0 else { return (unit, 1) }
        let tidied = String(unsafeUninitializedCapacity: bytes.count + lengthChange) { out in
            rewriteTokens(bytes, to: out)
        }
        return (tidied, factor)
    }
}

/// Copies `bytes` to `out` with numerator `ns` → `sec` and `MB` → `B`; returns the length.
private func rewriteTokens(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var written = 0
    var copied = 0
    func copyThrough(_ end: Int) {
        for index in copied..<end {
            out[written] = bytes[index]
            written += 1
        }
        copied = end
    }
    func write(_ word: StaticString) {
        for offset in 0..<word.utf8CodeUnitCount {
            out[written] = word.utf8Start[offset]
            written += 1
        }
    }
    var tokens = UnitTokenizer(bytes)
    while let token = tokens.next() {
        guard !tokens.inDenominator else { continue }
        let isNanoseconds = tokens.token(token, is: "ns")
        if isNanoseconds || tokens.token(token, is: "MB") {
            copyThrough(token.lowerBound)
            write(isNanoseconds ? "sec" : "B")
            copied = token.upperBound
        }
    }
    copyThrough(bytes.count)
    return written
}
