import BenchCompare
import BenchData

/// An inline SVG strip chart of one benchmark: a lane per set with every sample as a dot,
/// the median as a tick and its confidence interval as a bar, on one shared value axis.
///
/// Seeing the samples is what a table cannot show: a bimodal run, an outlier that moved the
/// median, two intervals that barely overlap.
package struct SampleStripChart {
    package struct Lane {
        package var values: [Double]
        package var center: Double
        package var lower: Double
        package var upper: Double
        /// The CSS class of the lane's colour (`base` or `new`).
        package var style: String

        package init(values: [Double], center: Double, lower: Double, upper: Double, style: String) {
            self.values = values
            self.center = center
            self.lower = lower
            self.upper = upper
            self.style = style
        }

        /// A cell's samples, median and interval.
        package init(_ cell: TableCell, style: String) {
            self.init(
                values: cell.values, center: cell.summary.center, lower: cell.summary.lower,
                upper: cell.summary.upper, style: style)
        }
    }

    /// Charts beyond this many on one page would make it slow to open; tables still list
    /// every row.
    package static let pageLimit = 300

    package var title: String
    package var unit: String
    package var lanes: [Lane]

    package init(title: String, unit: String, lanes: [Lane]) {
        self.title = title
        self.unit = unit
        self.lanes = lanes
    }

    private static let width = 360.0
    private static let laneHeight = 26.0
    private static let margin = (left: 8.0, right: 8.0, top: 8.0, bottom: 22.0)

    /// The `<svg>` element.
    package func render() -> String {
        let height = Self.margin.top + Double(lanes.count) * Self.laneHeight + Self.margin.bottom
        var covered: [Double] = []
        for lane in lanes { covered += lane.values + [lane.lower, lane.upper, lane.center] }
        let scale = ChartScale(
            covering: covered, start: Self.margin.left, end: Self.width - Self.margin.right, tickCount: 4)
        var svg = "<svg viewBox=\"0 0 \(SVGNumber.text(Self.width)) \(SVGNumber.text(height))\" role=\"img\">"
        svg += "<title>\(HTMLText.escape(title))</title>"
        let axisY = height - Self.margin.bottom
        svg +=
            "<line class=\"axis\" x1=\"\(x(scale.start))\" y1=\"\(x(axisY))\" x2=\"\(x(scale.end))\" y2=\"\(x(axisY))\"/>"
        let scaler = Self.tickScaler(scale.ticks, unit: unit)
        for tick in scale.ticks {
            let position = scale.position(tick)
            svg +=
                "<line class=\"axis\" x1=\"\(x(position))\" y1=\"\(x(axisY))\" x2=\"\(x(position))\" y2=\"\(x(axisY + 4))\"/>"
            let anchor = tick == scale.ticks.first ? "start" : tick == scale.ticks.last ? "end" : "middle"
            svg += "<text x=\"\(x(position))\" y=\"\(x(axisY + 16))\" text-anchor=\"\(anchor)\">"
            svg += HTMLText.escape(scaler.format(tick)) + "</text>"
        }
        for (index, lane) in lanes.enumerated() {
            let middle = Self.margin.top + (Double(index) + 0.5) * Self.laneHeight
            if lane.lower.isFinite && lane.upper.isFinite {
                svg +=
                    "<line class=\"interval \(lane.style)\" x1=\"\(x(scale.position(lane.lower)))\" y1=\"\(x(middle))\""
                svg += " x2=\"\(x(scale.position(lane.upper)))\" y2=\"\(x(middle))\"/>"
            }
            for (sample, value) in lane.values.enumerated() where value.isFinite {
                // A fixed spread by sample index, so overlapping dots stay visible and the
                // page is the same every time it is made.
                let offset = Double((sample * 7) % 9 - 4) * 1.6
                svg +=
                    "<circle class=\"sample \(lane.style)\" cx=\"\(x(scale.position(value)))\" cy=\"\(x(middle + offset))\" r=\"2.6\"/>"
            }
            let center = scale.position(lane.center)
            svg +=
                "<line class=\"median \(lane.style)\" x1=\"\(x(center))\" y1=\"\(x(middle - 9))\" x2=\"\(x(center))\" y2=\"\(x(middle + 9))\"/>"
        }
        return svg + "</svg>"
    }

    private func x(_ value: Double) -> String { SVGNumber.text(value) }

    /// Tick labels share the prefix of the largest tick and show just the decimals the step
    /// between ticks needs (`0`, `50m`, `100m`, not `0.00m`).
    static func tickScaler(_ ticks: [Double], unit: String) -> Scaler {
        let largest = ticks.map(\.magnitude).max() ?? 0
        var scaler = Scaler.scale(largest, class: UnitClass(unit: unit))
        var step = ticks.count > 1 ? (ticks[1] - ticks[0]) / scaler.factor : 1
        var decimals = 0
        while step < 1 - 1e-9 && step > 0 && decimals < 6 {
            step *= 10
            decimals += 1
        }
        scaler.precision = decimals
        return scaler
    }
}
