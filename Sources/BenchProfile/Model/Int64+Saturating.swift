extension Int64 {
    /// `value` truncated toward zero and clamped to Int64's range (NaN is 0). Go's conversion
    /// is implementation-defined out of range; benchq must never trap on a strange profile.
    package init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9.223_372_036_854_775_807e18 {
            self = .max
        } else if value <= -9.223_372_036_854_775_808e18 {
            self = .min
        } else {
            self = Int64(value)
        }
    }
}
