/// The members of one Google Benchmark row that ``GoogleBenchmarkScan`` reads, taken one
/// member at a time as the scanner reaches them; numbers are converted on the spot and user
/// counters appended to the scan's list.
struct GoogleBenchmarkScanFields {
    /// A row's `run_type`.
    struct RunType {
        var isAggregate: Bool
    }

    var name: JSONScanner.Span?
    var runName: JSONScanner.Span?
    var runType: RunType?
    var aggregateName: JSONScanner.Span?
    /// Nanoseconds per `time_unit`.
    var scale = 1.0
    var realTime = Double.nan
    var cpuTime = Double.nan
    var bytesPerSecond = Double.nan
    var itemsPerSecond = Double.nan
    var iterations: Int?
    /// `error_occurred: true`: the row is skipped.
    var failed = false
    /// The fields met so far: a field given twice is left to the general path.
    private var seen: UInt16 = 0

    private enum Field: UInt16 {
        case name, runName, runType, aggregateName, timeUnit, realTime, cpuTime, bytesPerSecond, itemsPerSecond
        case iterations, errorOccurred
        /// A number that describes the run (`threads`, `repetitions`, ...): not a counter.
        case described
        /// Anything else: a number is a user counter.
        case other
    }

    /// Reads the value of member `key` at the scanner's position; false to give up.
    mutating func read(
        _ key: JSONScanner.Span, with scanner: inout JSONScanner, counters: inout [GoogleBenchmarkScan.Counter]
    ) -> Bool {
        let field = Self.field(key, scanner)
        if field.rawValue < Field.described.rawValue {
            let bit: UInt16 = 1 << field.rawValue
            guard seen & bit == 0 else { return false }
            seen |= bit
        }
        switch field {
        case .name: return readString(&scanner, into: &name)
        case .runName: return readString(&scanner, into: &runName)
        case .aggregateName: return readString(&scanner, into: &aggregateName)
        case .runType:
            guard scanner.current == UInt8(ascii: "\""), let value = scanner.string(), !value.escaped else {
                return false
            }
            runType = RunType(isAggregate: scanner.equals(value.start, value.end, "aggregate"))
            return true
        case .timeUnit:
            guard scanner.current == UInt8(ascii: "\""), let value = scanner.string(), !value.escaped else {
                return false
            }
            switch value.end - value.start {
            case 1 where scanner.equals(value.start, value.end, "s"): scale = 1e9
            case 2 where scanner.equals(value.start, value.end, "ns"): scale = 1
            case 2 where scanner.equals(value.start, value.end, "us"): scale = 1e3
            case 2 where scanner.equals(value.start, value.end, "ms"): scale = 1e6
            default: return false
            }
            return true
        case .realTime: return readNumber(&scanner, into: &realTime)
        case .cpuTime: return readNumber(&scanner, into: &cpuTime)
        case .bytesPerSecond: return readNumber(&scanner, into: &bytesPerSecond)
        case .itemsPerSecond: return readNumber(&scanner, into: &itemsPerSecond)
        case .iterations:
            guard Self.startsNumber(scanner.current), let range = scanner.number(),
                case .success(let value) = GoNumberSyntax.parseInt(scanner.slice(range.lowerBound, range.upperBound))
            else { return false }
            iterations = value
            return true
        case .errorOccurred:
            let start = scanner.position
            guard scanner.literal() == .bool else { return false }
            failed = scanner.bytes[start] == UInt8(ascii: "t")
            return true
        case .described:
            return scanner.skipValue() != nil
        case .other:
            guard Self.startsNumber(scanner.current) else { return scanner.skipValue() != nil }
            var value = Double.nan
            guard readNumber(&scanner, into: &value) else { return false }
            counters.append(.init(keyStart: Int32(key.start), keyEnd: Int32(key.end), value: value))
            return true
        }
    }

    private func readString(_ scanner: inout JSONScanner, into slot: inout JSONScanner.Span?) -> Bool {
        guard scanner.current == UInt8(ascii: "\""), let value = scanner.string() else { return false }
        slot = value
        return true
    }

    /// A finite number, converted as the general path converts it.
    private func readNumber(_ scanner: inout JSONScanner, into slot: inout Double) -> Bool {
        guard Self.startsNumber(scanner.current), let range = scanner.number(),
            let value = JSONNumber.parse(scanner.slice(range.lowerBound, range.upperBound)), value.isFinite
        else { return false }
        slot = value
        return true
    }

    @inline(__always) private static func startsNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10
    }

    /// The first and last eight bytes of each field name of eight bytes or more.
    private static let words: [(length: Int, first: UInt64, last: UInt64, field: Field)] = [
        ("cpu_time", Field.cpuTime), ("run_name", .runName), ("run_type", .runType), ("real_time", .realTime),
        ("time_unit", .timeUnit), ("iterations", .iterations), ("repetitions", .described),
        ("family_index", .described), ("aggregate_name", .aggregateName), ("error_occurred", .errorOccurred),
        ("bytes_per_second", .bytesPerSecond), ("items_per_second", .itemsPerSecond),
        ("repetition_index", .described), ("per_family_instance_index", .described),
    ].map { (name: String, field: Field) in
        let bytes = Array(name.utf8)
        let word = { (start: Int) in bytes[start..<(start + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        return (bytes.count, word(0), word(bytes.count - 8), field)
    }

    private static func field(_ key: JSONScanner.Span, _ scanner: JSONScanner) -> Field {
        let length = key.end - key.start
        guard length >= 8 else {
            if scanner.equals(key.start, key.end, "name") { return .name }
            if scanner.equals(key.start, key.end, "threads") { return .described }
            return .other
        }
        // Two (possibly overlapping) words cover names of up to 16 bytes; longer ones are
        // checked whole.
        let first = scanner.word(at: key.start)
        let last = scanner.word(at: key.end - 8)
        for entry in words where entry.length == length && entry.first == first && entry.last == last {
            if length > 16, !scanner.equals(key.start, key.end, "per_family_instance_index") { continue }
            return entry.field
        }
        return .other
    }
}
