/// `Unit <unit> key=value` metadata, keyed by tidied unit.
///
/// benchfmt keeps it global: it carries across files and applies to results read before it.
/// The first value given for a key wins; a conflicting later value is an input warning.
package struct UnitMetadataTable: Sendable, Equatable {
    private var entries: [String: [String: String]] = [:]

    package init() {}

    /// The value of metadata `key` for `unit`, if set. The unit is tidied first, as benchfmt
    /// does: a table that kept `ns/op` (the zero-value quirk) still finds `Unit ns/op ...`.
    package func value(_ key: String, unit: String) -> String? { entries[tidyUnit(unit).unit]?[key] }

    /// Records `key=value` for `unit`. Returns the earlier value when it conflicts.
    package mutating func set(_ key: String, _ value: String, unit: String) -> String? {
        if let old = entries[unit]?[key] {
            return old == value ? nil : old
        }
        entries[unit, default: [:]][key] = value
        return nil
    }

    /// Whether the unit is declared `assume=exact`.
    package func assumesExact(unit: String) -> Bool { value("assume", unit: unit) == "exact" }

    /// Every entry as a `Unit <unit> key=value` line, sorted, for writing back out.
    package var lines: [String] {
        entries.keys.sorted().flatMap { unit in
            (entries[unit] ?? [:]).keys.sorted().map { key in "Unit \(unit) \(key)=\(entries[unit]?[key] ?? "")" }
        }
    }

    /// Adds every entry of `other` that is not set here yet.
    package mutating func merge(_ other: UnitMetadataTable) {
        for (unit, keys) in other.entries {
            for (key, value) in keys { _ = set(key, value, unit: unit) }
        }
    }
}
