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
            let key = value - 1
            switch document.rawBytes(key).count {
            case 8:
                if document.keyEquals(key, "cpu_time") {
                    cpuTime = value
                } else if document.keyEquals(key, "run_name") {
                    runName = value
                } else if document.keyEquals(key, "run_type") {
                    runType = value
                } else {
                    noteOther(value, in: document)
                }
            case 9:
                if document.keyEquals(key, "real_time") {
                    realTime = value
                } else if document.keyEquals(key, "time_unit") {
                    timeUnit = value
                } else {
                    noteOther(value, in: document)
                }
            case 10 where document.keyEquals(key, "iterations"):
                iterations = value
            case 14 where document.keyEquals(key, "aggregate_name"):
                aggregateName = value
            case 14 where document.keyEquals(key, "error_occurred"):
                failed = document.kind(value) == .bool && document.rawBytes(value).first == UInt8(ascii: "t")
            case 16:
                if document.keyEquals(key, "bytes_per_second") {
                    bytesPerSecond = value
                } else if document.keyEquals(key, "items_per_second") {
                    itemsPerSecond = value
                } else {
                    noteOther(value, in: document)
                }
            default:
                noteOther(value, in: document)
            }
        }
    }

    private mutating func noteOther(_ value: Int32, in document: JSONDocument) {
        if !hasCounters, document.kind(value) == .number, !Self.isKnownNumber(value - 1, in: document) {
            hasCounters = true
        }
    }

    /// Numbers that are not user counters: the measurements read by name, and the fields
    /// that describe the run rather than measure it.
    static func isKnownNumber(_ key: Int32, in document: JSONDocument) -> Bool {
        switch document.rawBytes(key).count {
        case 7: document.keyEquals(key, "threads")
        case 8: document.keyEquals(key, "cpu_time")
        case 9: document.keyEquals(key, "real_time")
        case 10: document.keyEquals(key, "iterations")
        case 11: document.keyEquals(key, "repetitions")
        case 12: document.keyEquals(key, "family_index")
        case 16:
            document.keyEquals(key, "repetition_index") || document.keyEquals(key, "bytes_per_second")
                || document.keyEquals(key, "items_per_second")
        case 25: document.keyEquals(key, "per_family_instance_index")
        default: false
        }
    }
}
