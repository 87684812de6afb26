/// Which family of prefixes scales a unit's values: powers of 1000 (`k`, `M`, `µ`) or of 1024
/// (`Ki`, `Mi`), as benchunit's `ClassOf` decides it.
package enum UnitClass: Sendable, Hashable {
    /// SI prefixes `T G M k "" m µ n`.
    case decimal
    /// IEC prefixes `Ti Gi Mi Ki ""`, for units that count bytes.
    case binary

    /// Binary iff a numerator token is `B`, `MB` or `bytes` (`B/op`, `B/s`, `text-bytes`);
    /// decimal otherwise (`sec/op`, `allocs/op`, `op/B`).
    package init(unit: String) {
        switch unit {
        case "sec/op", "allocs/op": self = .decimal
        case "B/op", "B/s": self = .binary
        default:
            var utf8 = unit
            self = utf8.withUTF8 { bytes in
                var tokens = UnitTokenizer(bytes)
                while let token = tokens.next() {
                    if !tokens.inDenominator
                        && (tokens.token(token, is: "B") || tokens.token(token, is: "MB")
                            || tokens.token(token, is: "bytes"))
                    {
                        return .binary
                    }
                }
                return .decimal
            }
        }
    }
}
