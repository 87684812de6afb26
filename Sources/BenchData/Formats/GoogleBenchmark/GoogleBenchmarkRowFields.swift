/// The members of one Google Benchmark row that the reader uses, found in one pass over the
/// row (indices of their values, -1 when absent).
struct GoogleBenchmarkRowFields {
    let row: Int32
    var runName: Int32 = -1
    var runType: Int32 = -1
    var aggregateName: Int32 = -1
    var timeUnit: Int32 = -1
    var realTime: Int32 = -1
    var cpuTime: Int32 = -1
    var bytesPerSecond: Int32 = -1
    var itemsPerSecond: Int32 = -1
    var iterations: Int32 = -1
    /// `error_occurred: true`: the run failed and has no valid time.
    var failed = false
    /// Some number is none of the known fields: a user counter.
    var hasCounters = false

    init(_ row: Int32, in document: JSONDocument) {
        self.row = row
        for value in document.children(row) {
            let field = Self.field(value - 1, in: document)
            switch field {
            case .runName: runName = value
            case .runType: runType = value
            case .aggregateName: aggregateName = value
            case .timeUnit: timeUnit = value
            case .realTime: realTime = value
            case .cpuTime: cpuTime = value
            case .bytesPerSecond: bytesPerSecond = value
            case .itemsPerSecond: itemsPerSecond = value
            case .iterations: iterations = value
            case .errorOccurred:
                failed = document.kind(value) == .bool && document.rawBytes(value).first == UInt8(ascii: "t")
            case .name, .described, .other:
                if !field.isKnownNumber, document.kind(value) == .number { hasCounters = true }
            }
        }
    }

    /// The field named by key node `key` (an escaped name decoded first).
    static func field(_ key: Int32, in document: JSONDocument) -> GoogleBenchmarkField {
        guard document.nodes[Int(key)].isEscaped else { return GoogleBenchmarkField(name: document.rawBytes(key)) }
        var name = document.string(key)
        return name.withUTF8 { GoogleBenchmarkField(name: $0) }
    }
}
