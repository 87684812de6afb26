/// A loaded collection of benchmark results, stored column-wise for speed.
///
/// Strings that repeat across results (full names, units, configurations) are interned once;
/// a ``BenchmarkResult`` only holds small indices into the tables kept here. This keeps the
/// reader allocation-free per result line and lets projections cache their work per distinct
/// name or configuration instead of per result.
package struct BenchmarkSet: Sendable {
    /// The input files, in the order they were read; `.file` labels come from here.
    package var files: [InputFile] = []
    /// Every distinct configuration snapshot (file plus `key: value` lines in force).
    package var configurations: [Configuration] = []
    /// Interned full benchmark names (without the `Benchmark` prefix).
    package var names: [BenchmarkName] = []
    /// Interned unit strings (tidied and original units share this table).
    package var units: [String] = []
    /// All measurements of all results, contiguous; results refer to slices of it.
    package var measurements: [Measurement] = []
    /// The results in input order.
    package var results: [BenchmarkResult] = []
    /// `Unit` metadata lines, keyed by tidied unit; global across files as in benchfmt.
    package var unitMetadata = UnitMetadataTable()

    private var nameIndex: [String: Int32] = [:]
    private var configurationIndex: [ConfigurationIdentity: Int32] = [:]
    private var unitIndex: [String: Int32] = [:]

    package init() {}

    /// Returns the index of `name`, adding it if it is new.
    package mutating func internName(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(BenchmarkName(fullName: name))
        nameIndex[name] = index
        return index
    }

    /// Returns the index of `unit`, adding it if it is new.
    package mutating func internUnit(_ unit: String) -> Int32 {
        if let index = unitIndex[unit] { return index }
        let index = Int32(units.count)
        units.append(unit)
        unitIndex[unit] = index
        return index
    }

    /// Returns the index of `configuration`, adding it if no equal one exists. Sharing
    /// indices lets later stages cache their work per distinct configuration.
    package mutating func internConfiguration(_ configuration: Configuration) -> Int32 {
        let identity = ConfigurationIdentity(configuration)
        if let index = configurationIndex[identity] { return index }
        let index = Int32(configurations.count)
        configurations.append(configuration)
        configurationIndex[identity] = index
        return index
    }

    /// The measurements of one result.
    package func measurements(of result: BenchmarkResult) -> ArraySlice<Measurement> {
        measurements[Int(result.measurementStart)..<Int(result.measurementEnd)]
    }

    /// The full name of one result.
    package func name(of result: BenchmarkResult) -> BenchmarkName { names[Int(result.name)] }

    /// The configuration in force for one result.
    package func configuration(of result: BenchmarkResult) -> Configuration {
        configurations[Int(result.configuration)]
    }

    /// The label of the file a result came from (benchfmt's `.file`).
    package func fileLabel(of result: BenchmarkResult) -> String {
        files[Int(configurations[Int(result.configuration)].file)].label
    }

    /// Appends every result of `other`, re-interning its tables. Unit metadata merges with
    /// first-value-wins, the same rule the reader applies within one input.
    package mutating func append(contentsOf other: BenchmarkSet) {
        let fileOffset = Int32(files.count)
        files.append(contentsOf: other.files)
        let configurationMap = other.configurations.map { configuration in
            var configuration = configuration
            configuration.file += fileOffset
            return internConfiguration(configuration)
        }
        let nameMap = other.names.map { internName($0.fullName) }
        let unitMap = other.units.map { internUnit($0) }
        let measurementOffset = Int32(measurements.count)
        if unitMap.enumerated().allSatisfy({ $0.offset == Int($0.element) }) {
            // Same unit table (sets read from similar files): copy the measurements whole.
            measurements.append(contentsOf: other.measurements)
        } else {
            measurements.reserveCapacity(measurements.count + other.measurements.count)
            for measurement in other.measurements {
                measurements.append(
                    Measurement(
                        value: measurement.value, unit: unitMap[Int(measurement.unit)],
                        originalValue: measurement.originalValue, originalUnit: unitMap[Int(measurement.originalUnit)]))
            }
        }
        results.reserveCapacity(results.count + other.results.count)
        for var result in other.results {
            result.name = nameMap[Int(result.name)]
            result.configuration = configurationMap[Int(result.configuration)]
            result.measurementStart += measurementOffset
            result.measurementEnd += measurementOffset
            results.append(result)
        }
        unitMetadata.merge(other.unitMetadata)
    }
}

/// One input of a set: where it came from and how tables label it.
package struct InputFile: Sendable, Equatable {
    /// The label shown in column headers: the path as given, `label` of `label=path`, or `path#N`.
    package var label: String
    /// The path read (`-` for standard input).
    package var path: String
    /// The name of the set this input was loaded into (`.set`), empty outside the language.
    package var setName: String
    /// The input carries one summary value per benchmark (a mean or median, as Bencher's
    /// format or pytest-benchmark without saved data do) instead of one value per run, so no
    /// statistical test is possible on its results; checks mark them inconclusive.
    package var aggregatesOnly: Bool

    package init(label: String, path: String, setName: String = "", aggregatesOnly: Bool = false) {
        self.label = label
        self.path = path
        self.setName = setName
        self.aggregatesOnly = aggregatesOnly
    }
}

/// One benchmark result line: a name, an iteration count and one or more measurements.
package struct BenchmarkResult: Sendable, Equatable {
    /// Index into ``BenchmarkSet/names``.
    package var name: Int32
    /// Index into ``BenchmarkSet/configurations``.
    package var configuration: Int32
    /// Start of this result's measurements in ``BenchmarkSet/measurements``.
    package var measurementStart: Int32
    /// End (exclusive) of this result's measurements.
    package var measurementEnd: Int32
    /// The iteration count.
    package var iterations: Int
    /// The 1-based line number in its file.
    package var line: Int32

    package init(
        name: Int32, configuration: Int32, measurementStart: Int32, measurementEnd: Int32,
        iterations: Int, line: Int32
    ) {
        self.name = name
        self.configuration = configuration
        self.measurementStart = measurementStart
        self.measurementEnd = measurementEnd
        self.iterations = iterations
        self.line = line
    }
}

/// One value of a result, in its tidied unit (`sec/op`, `B/s`) and as written.
package struct Measurement: Sendable, Equatable {
    package var value: Double
    /// Index into ``BenchmarkSet/units`` of the tidied unit.
    package var unit: Int32
    package var originalValue: Double
    /// Index into ``BenchmarkSet/units`` of the unit as written.
    package var originalUnit: Int32

    package init(value: Double, unit: Int32, originalValue: Double, originalUnit: Int32) {
        self.value = value
        self.unit = unit
        self.originalValue = originalValue
        self.originalUnit = originalUnit
    }
}
