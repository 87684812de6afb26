/// Extracts a tuple of fields from results and groups them into keys (benchproc's
/// `Projection`). Keys also sort: field by field, each by its order.
///
/// Keys are interned: equal tuples give the same ``ProjectionKey``. Work is cached per
/// (name, configuration) and per unit, so the ids in the results passed to ``key(for:measurement:in:)``
/// must all come from one ``BenchmarkSet`` (appending to it keeps ids valid).
package final class Projection {
    /// How a field's values sort.
    enum Ordering {
        /// In the order values were first seen (across all keys of this projection).
        case firstObserved
        /// By bytes.
        case alphabetical
        /// By benchproc's fuzzy number; numbers before the rest.
        case numeric
        /// In the order of a `@(…)` list; unlisted values rank with the first.
        case fixed([ExactString: Int])
    }

    enum Source {
        case field(QueryField)
        case fullName
        /// A key of a `.config` group.
        case configurationEntry
        case unit
    }

    struct FieldState {
        let name: String
        let source: Source
        let ordering: Ordering
        /// benchproc records first observations only for fields named in the expression, not
        /// for the members of `.config`; theirs stay empty, so those sort by bytes.
        let recordsObservations: Bool
        var observations: [Int32: Int] = [:]
    }

    private struct ConfigurationGroup {
        let ordering: Ordering
        var slotsByKey: [ExactString: Int] = [:]
        var members: [Int] = []
    }

    private enum Component {
        case field(Int)
        case configurationGroup(Int)
    }

    private let exclusions: ProjectionExclusions
    private var components: [Component] = []
    private var groups: [ConfigurationGroup] = []
    private(set) var fields: [FieldState] = []
    private var unitSlot: Int?
    private var fixedChecks: [(source: Source, values: Set<ExactString>)] = []

    private(set) var strings: [String] = [""]
    private var stringIDs: [ExactString: Int32] = [ExactString(""): 0]
    private(set) var rows: [[Int32]] = []
    private var rowIDs: [[Int32]: Int32] = [:]

    /// (name, configuration) → key, or the partial row of a `.unit` projection; -1 = excluded.
    private var resultCache: [UInt64: Int32] = [:]
    private var lastResult: (nameAndConfiguration: UInt64, base: Int32)?
    private var unitlessRows: [[Int32]] = []
    /// Per unitless row, the key for each unit id (-1 until seen).
    private var unitKeys: [[Int32]] = []
    private var flattenedCache: (fieldCount: Int, slots: [Int])?

    init(exclusions: ProjectionExclusions) {
        self.exclusions = exclusions
    }

    // MARK: - Building

    func addField(_ name: String, source: Source, ordering: Ordering) {
        let slot = appendField(name, source: source, ordering: ordering, recordsObservations: true)
        components.append(.field(slot))
        if case .fixed(let ranks) = ordering { fixedChecks.append((source, Set(ranks.keys))) }
    }

    func addConfigurationGroup(ordering: Ordering) {
        groups.append(ConfigurationGroup(ordering: ordering))
        components.append(.configurationGroup(groups.count - 1))
    }

    func addUnitField() {
        unitSlot = fields.count
        addField(".unit", source: .unit, ordering: .firstObserved)
    }

    private func appendField(_ name: String, source: Source, ordering: Ordering, recordsObservations: Bool) -> Int {
        fields.append(
            FieldState(name: name, source: source, ordering: ordering, recordsObservations: recordsObservations))
        return fields.count - 1
    }

    // MARK: - Keys

    /// Forgets what was cached about one set's indices (names, configurations, units), so
    /// that results of another set can be projected next. Keys, values and observation
    /// order are kept: equal tuples from both sets still share a key.
    package func forgetSetIndices() {
        resultCache.removeAll(keepingCapacity: true)
        lastResult = nil
        for index in unitKeys.indices { unitKeys[index].removeAll(keepingCapacity: true) }
    }

    /// The key of `result` (for a `.unit` projection, of its measurement at absolute index
    /// `measurement` in `set.measurements`); nil when a fixed `@(…)` order excludes it.
    package func key(for result: BenchmarkResult, measurement: Int, in set: BenchmarkSet) -> ProjectionKey? {
        let nameAndConfiguration =
            UInt64(UInt32(bitPattern: result.name)) << 32 | UInt64(UInt32(bitPattern: result.configuration))
        let base: Int32
        if let lastResult, lastResult.nameAndConfiguration == nameAndConfiguration {
            base = lastResult.base
        } else if let cached = resultCache[nameAndConfiguration] {
            base = cached
        } else {
            base = project(result, in: set)
            resultCache[nameAndConfiguration] = base
        }
        lastResult = (nameAndConfiguration, base)
        guard base >= 0 else { return nil }
        guard let unitSlot else { return ProjectionKey(id: base) }

        let unit = Int(set.measurements[measurement].unit)
        let row = Int(base)
        if unit < unitKeys[row].count, unitKeys[row][unit] >= 0 { return ProjectionKey(id: unitKeys[row][unit]) }
        var values = unitlessRows[row]
        if values.count <= unitSlot { values += repeatElement(0, count: unitSlot + 1 - values.count) }
        values[unitSlot] = intern(set.units[unit])
        let id = internRow(values)
        if unit >= unitKeys[row].count { unitKeys[row] += repeatElement(-1, count: unit + 1 - unitKeys[row].count) }
        unitKeys[row][unit] = id
        return ProjectionKey(id: id)
    }

    /// Extracts the fields of `result`: a key id, or for `.unit` projections the index of the
    /// row without its unit. May add `.config` members for newly seen keys.
    private func project(_ result: BenchmarkResult, in set: BenchmarkSet) -> Int32 {
        for check in fixedChecks where !check.values.contains(ExactString(rawValue(check.source, result, set))) {
            return -1
        }
        var row = [Int32](repeating: 0, count: fields.count)
        for component in components {
            switch component {
            case .field(let slot):
                switch fields[slot].source {
                case .field(let field): row[slot] = intern(field.value(of: result, in: set))
                case .fullName: row[slot] = intern(exclusions.fullName.apply(set.name(of: result)))
                case .configurationEntry, .unit: break
                }
            case .configurationGroup(let group):
                for entry in set.configuration(of: result).entries {
                    let key = ExactString(entry.key)
                    let slot: Int
                    if let known = groups[group].slotsByKey[key] {
                        slot = known
                    } else {
                        if exclusions.excludes(configurationKey: entry.key) { continue }
                        slot = appendField(
                            entry.key, source: .configurationEntry, ordering: groups[group].ordering,
                            recordsObservations: false)
                        groups[group].slotsByKey[key] = slot
                        groups[group].members.append(slot)
                        row.append(0)
                    }
                    row[slot] = intern(entry.value)
                }
            }
        }
        if unitSlot != nil {
            unitlessRows.append(row)
            unitKeys.append([])
            return Int32(unitlessRows.count - 1)
        }
        return internRow(row)
    }

    /// The unrewritten value a fixed order checks (benchproc filters on the full name even
    /// when parts of it are excluded from the key).
    private func rawValue(_ source: Source, _ result: BenchmarkResult, _ set: BenchmarkSet) -> String {
        switch source {
        case .field(let field): return field.value(of: result, in: set)
        case .fullName: return set.name(of: result).fullName
        case .configurationEntry, .unit: return ""
        }
    }

    private func intern(_ value: String) -> Int32 {
        let key = ExactString(value)
        if let id = stringIDs[key] { return id }
        let id = Int32(strings.count)
        strings.append(value)
        stringIDs[key] = id
        return id
    }

    /// The id of the tuple `row`. Trailing empty values are dropped first, so keys made before
    /// a `.config` member was added still equal keys made after it.
    private func internRow(_ row: [Int32]) -> Int32 {
        var row = row
        while row.last == 0 { row.removeLast() }
        if let id = rowIDs[row] { return id }
        for case .field(let slot) in components where fields[slot].recordsObservations {
            guard case .firstObserved = fields[slot].ordering else { continue }
            let value = slot < row.count ? row[slot] : 0
            if fields[slot].observations[value] == nil {
                fields[slot].observations[value] = fields[slot].observations.count
            }
        }
        let id = Int32(rows.count)
        rows.append(row)
        rowIDs[row] = id
        return id
    }

    // MARK: - Reading keys

    /// The fields in sort order, with each `.config` group expanded into its keys in the order
    /// they were first seen.
    package var flattenedFields: [ProjectionField] {
        flattenedSlots.map { ProjectionField(name: fields[$0].name, index: $0) }
    }

    /// The `.unit` field of a projection made by ``ProjectionParser/parseWithUnit(_:filter:)``.
    package var unitField: ProjectionField? {
        unitSlot.map { ProjectionField(name: ".unit", index: $0) }
    }

    var flattenedSlots: [Int] {
        if let flattenedCache, flattenedCache.fieldCount == fields.count { return flattenedCache.slots }
        var slots: [Int] = []
        for component in components {
            switch component {
            case .field(let slot): slots.append(slot)
            case .configurationGroup(let group): slots += groups[group].members
            }
        }
        flattenedCache = (fields.count, slots)
        return slots
    }

    func valueID(_ key: ProjectionKey, _ slot: Int) -> Int32 {
        let row = rows[Int(key.id)]
        return slot < row.count ? row[slot] : 0
    }

    package func value(of key: ProjectionKey, for field: ProjectionField) -> String {
        strings[Int(valueID(key, field.index))]
    }

    /// The non-empty values in field order, separated by spaces (benchproc's `StringValues`).
    package func label(of key: ProjectionKey) -> String {
        var label = ""
        for slot in flattenedSlots {
            let value = strings[Int(valueID(key, slot))]
            if value.isEmpty { continue }
            if !label.isEmpty { label += " " }
            label += value
        }
        return label
    }
}

/// A grouping key made by one ``Projection``; only meaningful with that projection.
package struct ProjectionKey: Hashable, Sendable {
    let id: Int32
}

/// One field of a projection, as a header row or table title shows it.
package struct ProjectionField: Hashable, Sendable {
    /// `goos`, `.fullname`, `/size`, `.unit`, …
    package var name: String
    /// The field's slot in the key tuples.
    let index: Int
}

/// One cell of a header level: `length` adjacent keys from `start` sharing `value` (and the
/// values of every level above).
package struct ProjectionHeaderNode: Sendable, Equatable {
    package var value: String
    package var start: Int
    package var length: Int

    package init(value: String, start: Int, length: Int) {
        self.value = value
        self.start = start
        self.length = length
    }
}
