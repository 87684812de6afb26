/// Appends results of any format to a ``BenchmarkSet`` the way the Go text reader would
/// have read the same results written as Go benchmark text.
///
/// Names, units and configuration keys are made writable as Go text (no blanks in names
/// or units, configuration keys in benchfmt's lower-case form), and units are tidied with
/// the same rule and factor, so `save` followed by `load` gives back the same set.
package struct ResultBuilder {
    /// The set being built; take it back with ``finish()``.
    private var target: BenchmarkSet
    private let fileIndex: Int32
    private var configuration: Configuration
    private var configurationID: Int32?
    private var unitHandles: [String: Int] = [:]
    private var unitTidying: [(tidied: Int32, original: Int32, factor: Double)] = []
    private var nameIDs: [String: Int32] = [:]
    private var measurementStart: Int

    /// Starts reading `file` into `set`.
    package init(set: consuming BenchmarkSet, file: InputFile) {
        self.target = set
        fileIndex = Int32(self.target.files.count)
        self.target.files.append(file)
        configuration = Configuration(file: fileIndex)
        measurementStart = self.target.measurements.count
    }

    /// Makes room for about `results` more results of `measurements` measurements each, so
    /// that large inputs do not grow the arrays step by step.
    package mutating func reserve(results: Int, measurements: Int = 1) {
        target.results.reserveCapacity(target.results.count + results)
        target.measurements.reserveCapacity(target.measurements.count + results * measurements)
    }

    /// Ends reading and gives the set back.
    package consuming func finish() -> BenchmarkSet { target }

    /// Whether anything has been read from this file.
    package var resultCount: Int { target.results.count }

    /// Sets a configuration key for the results that follow (a blank value is ignored, as it
    /// would delete the key in Go text).
    package mutating func setConfiguration(_ key: String, _ value: String) {
        let key = Self.configurationKey(key)
        let value = Self.configurationValue(value)
        guard !key.isEmpty, !value.isEmpty, configuration.value(of: key) != value else { return }
        configuration.set(key, value)
        configurationID = nil
    }

    /// Removes a configuration key for the results that follow.
    package mutating func removeConfiguration(_ key: String) {
        let key = Self.configurationKey(key)
        guard configuration.value(of: key) != nil else { return }
        configuration.set(key, "")
        configurationID = nil
    }

    /// The handle of a unit as written (`ns/op`, `sec/op`, `B/s`), for ``add(_:unit:)``.
    package mutating func unit(_ original: String) -> Int {
        if let handle = unitHandles[original] { return handle }
        let written = Self.unitText(original)
        let (tidied, factor) = tidyUnit(written)
        let handle = unitTidying.count
        unitTidying.append((target.internUnit(tidied), target.internUnit(written), factor))
        unitHandles[original] = handle
        return handle
    }

    /// Records which way is better for a unit when its name alone does not say it (benchfmt's
    /// `Unit <unit> better=higher`); the first direction given for a unit wins.
    package mutating func declare(_ unit: String, direction: UnitDirection) {
        let tidied = tidyUnit(Self.unitText(unit)).unit
        guard UnitDirection(unit: tidied, metadata: target.unitMetadata) != direction else { return }
        _ = target.unitMetadata.set("better", direction == .higherIsBetter ? "higher" : "lower", unit: tidied)
    }

    /// Adds one measurement to the result being built.
    package mutating func add(_ value: Double, unit handle: Int) {
        let tidying = unitTidying[handle]
        let tidiedValue = value * tidying.factor
        // The Go reader's quirk: a value tidying leaves unchanged keeps its original unit.
        let unit = tidiedValue == value ? tidying.original : tidying.tidied
        target.measurements.append(
            Measurement(value: tidiedValue, unit: unit, originalValue: value, originalUnit: tidying.original))
    }

    /// The interned index of a benchmark name (blanks become `_`, as Go's sub-benchmarks do).
    package mutating func name(_ name: String) -> Int32 {
        if let id = nameIDs[name] { return id }
        let id = target.internName(Self.replacingBlanks(in: name, with: "_"))
        nameIDs[name] = id
        return id
    }

    /// The index of a name already given to ``name(_:)``, without adding it.
    package func knownName(_ name: String) -> Int32? { nameIDs[name] }

    /// Ends the result being built; a result without measurements is dropped.
    package mutating func endResult(name: Int32, iterations: Int, line: Int = 0) {
        let end = target.measurements.count
        defer { measurementStart = target.measurements.count }
        guard end > measurementStart else { return }
        let id: Int32
        if let configurationID {
            id = configurationID
        } else {
            id = target.internConfiguration(configuration)
            configurationID = id
        }
        target.results.append(
            BenchmarkResult(
                name: name, configuration: id, measurementStart: Int32(measurementStart),
                measurementEnd: Int32(end), iterations: iterations, line: Int32(clamping: line)))
    }

    /// Marks the file as holding one summary value per benchmark (no per-run samples).
    package mutating func markAggregatesOnly() { target.files[Int(fileIndex)].aggregatesOnly = true }

    /// A benchfmt configuration key: lower case, no blanks or colons, starting with a letter.
    static func configurationKey(_ key: String) -> String {
        var text = key.lowercased()
        text = String(
            decoding: text.utf8.map { byte in
                byte == UInt8(ascii: ":") || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                    ? UInt8(ascii: "-") : byte
            }, as: UTF8.self)
        if let first = text.unicodeScalars.first, first.properties.generalCategory != .lowercaseLetter {
            text = "x" + text
        }
        return text
    }

    /// A value on one line, without surrounding blanks.
    static func configurationValue(_ value: String) -> String {
        let bytes = value.utf8.map { $0 == 0x0A || $0 == 0x0D ? UInt8(ascii: " ") : $0 }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A unit as one Go text field: `# / s` → `#/s`, `Time (wall clock)` → `Time-(wall-clock)`.
    static func unitText(_ unit: String) -> String {
        let bytes = Array(unit.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            // A blank next to a slash goes; other blanks become dashes below.
            if byte == 0x20,
                kept.last == UInt8(ascii: "/")
                    || bytes[(index + 1)...].first(where: { $0 != 0x20 }) == UInt8(ascii: "/")
            {
                continue
            }
            kept.append(byte)
        }
        return replacingBlanks(in: String(decoding: kept, as: UTF8.self), with: "-")
    }

    /// `text` with every ASCII blank (space, tab, line break) replaced.
    static func replacingBlanks(in text: String, with replacement: Character) -> String {
        let isBlank: (UInt8) -> Bool = {
            $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C
        }
        guard text.utf8.contains(where: isBlank), let byte = replacement.asciiValue else { return text }
        return String(decoding: text.utf8.map { isBlank($0) ? byte : $0 }, as: UTF8.self)
    }
}
