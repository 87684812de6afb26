/// Float formatting that reproduces Go's `strconv`/`fmt` byte for byte.
///
/// benchstat's output is defined by Go's formatting: the CSV writer prints every center with
/// `fmt.Sprint(float64)` and the text writer prints scaled values, percentages and deltas with
/// `%.Nf`/`%+.Nf`. Swift's own `description` and C's `%g` disagree with Go on the exponent
/// threshold, the exponent width and the spelling of NaN and infinities, so every number benchq
/// prints goes through here.
///
/// The `String` functions allocate at most the result; the `append` variants write straight into
/// a byte buffer for writers that build whole lines.
package enum GoFloatFormat {
    /// Go `strconv.FormatFloat(v, 'g', -1, 64)`, which is also `fmt.Sprint(v)` and `%v`.
    ///
    /// Shortest round-trip digits; exponent form (`1e+06`, `9.869500000000001e-08`) iff the
    /// decimal exponent is < -4 or >= 6. `NaN`, `+Inf`, `-Inf`, `-0`.
    package static func shortest(_ v: Double) -> String {
        String(unsafeUninitializedCapacity: shortestCapacity) { buffer in
            writeShortest(v, to: buffer.baseAddress!)
        }
    }

    /// `shortest(v)` appended to `bytes` without an intermediate `String`.
    package static func appendShortest(_ v: Double, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: shortestCapacity) { buffer in
            let count = writeShortest(v, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Go `strconv.FormatFloat(v, 'f', precision, 64)`, also `fmt` `%.Nf`.
    ///
    /// Rounds the exact binary value half to even (`0.125` → `0.12`, `1.005` → `1.00`). A negative
    /// value keeps its `-` even when it rounds to zero (`-0.00`), as in Go. `NaN`, `+Inf`, `-Inf`.
    package static func fixed(_ v: Double, precision: Int) -> String {
        withFixedBytes(v, precision: precision, plusSign: false) { String(decoding: $0, as: UTF8.self) }
    }

    /// Go `fmt` `%+.Nf`: like `fixed` but always signed (`+0.00`, `-3.14`).
    ///
    /// Go quirk: the `+` flag also applies to NaN, which prints as `+NaN`.
    package static func signedFixed(_ v: Double, precision: Int) -> String {
        withFixedBytes(v, precision: precision, plusSign: true) { String(decoding: $0, as: UTF8.self) }
    }

    /// `fixed` (or `signedFixed` when `plusSign`) appended to `bytes` without an intermediate `String`.
    package static func appendFixed(
        _ v: Double, precision: Int, plusSign: Bool = false, to bytes: inout [UInt8]
    ) {
        withFixedBytes(v, precision: precision, plusSign: plusSign) { bytes.append(contentsOf: $0) }
    }
}
