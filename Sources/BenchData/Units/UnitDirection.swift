/// Which way is better for a unit: benchfmt's `Unit <unit> better=higher|lower` metadata when
/// given, else by the unit itself: rates (`B/s`, `ops/s`) are better higher, everything else
/// (time, bytes or allocations per op, custom counts) lower.
package enum UnitDirection: Sendable, Equatable {
    case lowerIsBetter, higherIsBetter

    package init(unit: String, metadata: UnitMetadataTable) {
        switch metadata.value("better", unit: unit) {
        case "higher": self = .higherIsBetter
        case "lower": self = .lowerIsBetter
        default: self = unit.hasSuffix("/s") ? .higherIsBetter : .lowerIsBetter
        }
    }
}
