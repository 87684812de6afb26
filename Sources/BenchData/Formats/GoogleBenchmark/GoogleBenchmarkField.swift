/// The members of a Google Benchmark row that the readers tell apart, named once for both
/// paths: ``GoogleBenchmarkRowFields`` (over a parsed document) and
/// ``GoogleBenchmarkScanFields`` (over the bytes), so the two cannot disagree on which
/// numbers are user counters.
enum GoogleBenchmarkField: UInt16 {
    case name, runName, runType, aggregateName, timeUnit, realTime, cpuTime, bytesPerSecond, itemsPerSecond
    case iterations, errorOccurred
    /// A number that describes the run (`threads`, `repetitions`, ...): not a counter.
    case described
    /// Anything else: a number is a user counter.
    case other

    /// Whether a number in this field is a measurement read by name or describes the run,
    /// rather than being a user counter.
    var isKnownNumber: Bool {
        switch self {
        case .realTime, .cpuTime, .bytesPerSecond, .itemsPerSecond, .iterations, .described: true
        case .name, .runName, .runType, .aggregateName, .timeUnit, .errorOccurred, .other: false
        }
    }

    /// The field a member name (its decoded bytes) stands for.
    init(name: UnsafeBufferPointer<UInt8>) {
        guard name.count >= 8, let base = name.baseAddress else {
            if Self.spells(name, "name") {
                self = .name
            } else if Self.spells(name, "threads") {
                self = .described
            } else {
                self = .other
            }
            return
        }
        // Two (possibly overlapping) words cover names of up to 16 bytes; longer ones are
        // checked whole.
        let raw = UnsafeRawPointer(base)
        let first = raw.loadUnaligned(as: UInt64.self)
        let last = raw.loadUnaligned(fromByteOffset: name.count - 8, as: UInt64.self)
        for entry in Self.words where entry.length == name.count && entry.first == first && entry.last == last {
            if name.count > 16, !Self.spells(name, "per_family_instance_index") { continue }
            self = entry.field
            return
        }
        self = .other
    }

    /// Nanoseconds per `time_unit` (its decoded bytes); nil for a unit Google Benchmark
    /// does not write.
    static func nanoseconds(perTimeUnit unit: UnsafeBufferPointer<UInt8>) -> Double? {
        if spells(unit, "ns") { return 1 }
        if spells(unit, "us") { return 1e3 }
        if spells(unit, "ms") { return 1e6 }
        if spells(unit, "s") { return 1e9 }
        return nil
    }

    /// The first and last eight bytes of each field name of eight bytes or more.
    private static let words: [(length: Int, first: UInt64, last: UInt64, field: GoogleBenchmarkField)] = [
        ("cpu_time", GoogleBenchmarkField.cpuTime), ("run_name", .runName), ("run_type", .runType),
        ("real_time", .realTime), ("time_unit", .timeUnit), ("iterations", .iterations),
        ("repetitions", .described), ("family_index", .described), ("aggregate_name", .aggregateName),
        ("error_occurred", .errorOccurred), ("bytes_per_second", .bytesPerSecond),
        ("items_per_second", .itemsPerSecond), ("repetition_index", .described),
        ("per_family_instance_index", .described),
    ].map { (name: String, field: GoogleBenchmarkField) in
        let bytes = Array(name.utf8)
        let word = { (start: Int) in bytes[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        return (bytes.count, word(0), word(bytes.count - 8), field)
    }

    @inline(__always) private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        let other = text.utf8Start
        for offset in 0..<count where bytes[offset] != other[offset] { return false }
        return true
    }
}
