/// A linear map from data values to SVG coordinates, with round tick values for an axis.
///
/// Shared by the report charts (samples and intervals, profile bars, history lines) so their
/// axes agree in look and rounding.
package struct ChartScale: Sendable, Equatable {
    /// The data range shown, widened to round tick values.
    package private(set) var lower: Double
    package private(set) var upper: Double
    /// Where `lower` and `upper` land in the drawing.
    package var start: Double
    package var end: Double
    /// The round values between `lower` and `upper` to label.
    package private(set) var ticks: [Double]

    /// A scale showing every value of `values` (and zero when `includeZero`), widened to about
    /// `tickCount` round steps (1, 2 or 5 times a power of ten). Non-finite values are ignored;
    /// with nothing finite the range is 0...1.
    package init<Values: Sequence<Double>>(
        covering values: Values, includeZero: Bool = false, start: Double, end: Double, tickCount: Int = 4
    ) {
        var low = Double.infinity
        var high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if !low.isFinite || !high.isFinite {
            low = 0
            high = 1
        }
        if low == high {
            let pad = low == 0 ? 1 : low.magnitude * 0.05
            low -= pad
            high += pad
        }
        let step = Self.roundStep((high - low) / Double(max(tickCount, 1)))
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
        self.start = start
        self.end = end
        var ticks: [Double] = []
        var tick = lower
        while tick <= upper + step / 2, ticks.count < 50 {
            // Snap values like 0.30000000000000004 that accumulate from repeated addition.
            ticks.append((tick / step).rounded() * step)
            tick += step
        }
        self.ticks = ticks
    }

    /// The drawing coordinate of `value`.
    package func position(_ value: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func roundStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for multiple in [1.0, 2, 5, 10] where power * multiple >= rough {
            return power * multiple
        }
        return power * 10
    }
}

/// Numbers written into SVG attributes: two decimals at most, no exponent.
package enum SVGNumber {
    package static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 100).rounded()
        let whole = Int64(scaled / 100)
        let fraction = Int64(abs(scaled.truncatingRemainder(dividingBy: 100)))
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }
}
