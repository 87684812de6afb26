/// The `± 36%` column: a confidence interval as the larger of its two one-sided half-widths
/// relative to the center, as benchmath's `Summary.PctRangeString` prints it.
///
/// - `∞` when either bound is infinite (too few samples for the interval);
/// - `?` when a bound's sign differs from the center's, where a relative width means nothing;
/// - `0%` for a zero center (its bounds are then zero too);
/// - else Go `%.0f%%` of `100 × max(upper/center − 1, 1 − lower/center)`.
package func formatPercentRange(center: Double, lower: Double, upper: Double) -> String {
    if lower.isInfinite || upper.isInfinite { return "∞" }
    // benchmath quirk: the sign of NaN is NaN, which equals nothing, so any NaN gives `?`.
    let centerSign = signOrNaN(center)
    if centerSign != signOrNaN(lower) || centerSign != signOrNaN(upper) { return "?" }
    if center == 0 { return "0%" }
    let above = upper / center - 1
    let below = 1 - lower / center
    let width = above > below ? above : below
    return GoFloatFormat.withFixedBytes(100 * width, precision: 0, plusSign: false) { digits in
        String(unsafeUninitializedCapacity: digits.count + 1) { out in
            _ = out.initialize(fromContentsOf: digits)
            out[digits.count] = UInt8(ascii: "%")
            return digits.count + 1
        }
    }
}

/// -1, 0 or 1, and NaN for NaN (so that NaN never compares equal to another sign).
private func signOrNaN(_ x: Double) -> Double {
    if x == 0 { return 0 }
    if x < 0 { return -1 }
    if x > 0 { return 1 }
    return .nan
}
