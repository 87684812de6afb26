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

    /// Reads the value of member `key` at the scanner's position; false to give up.
    mutating func read(
        _ key: JSONScanner.Span, with scanner: inout JSONScanner, counters: inout [GoogleBenchmarkScan.Counter]
    ) -> Bool {
        let field = GoogleBenchmarkField(name: scanner.slice(key.start, key.end))
        if field.rawValue < GoogleBenchmarkField.described.rawValue {
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
            guard let nanoseconds = GoogleBenchmarkField.nanoseconds(perTimeUnit: scanner.slice(value.start, value.end))
            else { return false }
            scale = nanoseconds
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
}
