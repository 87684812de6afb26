/// A single-valued key of a result, as filters and projections name it (benchproc's extractors).
///
/// `.config` and `.unit` are not here: `.config` is a group of fields and `.unit` belongs to
/// individual measurements, so each is handled by the one syntax that allows it.
enum QueryField: Hashable {
    /// `.name`: the base name, without sub-benchmark parts or `-N`.
    case name
    /// `.fullname`: the name as written after `Benchmark`.
    case fullName
    /// `/key`: the value of a `/key=value` part (`/gomaxprocs` also reads the `-N` suffix).
    case nameKey(String)
    /// `.file`: the input's label. benchfmt keeps it as an internal configuration key.
    case fileLabel
    /// `.set`: the name of the set a result was loaded into (benchq's language; benchstat
    /// has no such key, and its inputs leave it empty, as an unknown key reads there).
    case setName
    /// Any other key: a file configuration value. Keys starting with `.` never match one.
    case configuration(String)

    /// The field a non-empty key names.
    init(key: String) {
        switch key {
        case ".name": self = .name
        case ".fullname": self = .fullName
        case ".file": self = .fileLabel
        case ".set": self = .setName
        default:
            self = key.hasPrefix("/") ? .nameKey(String(key.dropFirst())) : .configuration(key)
        }
    }

    /// The field's value for `result`; a missing key is the empty string.
    func value(of result: BenchmarkResult, in set: BenchmarkSet) -> String {
        switch self {
        case .name: return set.name(of: result).base
        case .fullName: return set.name(of: result).fullName
        case .nameKey(let key): return set.name(of: result).value(ofKey: key) ?? ""
        case .fileLabel: return set.fileLabel(of: result)
        case .setName: return set.files[Int(set.configuration(of: result).file)].setName
        case .configuration(let key): return set.configuration(of: result).value(of: key) ?? ""
        }
    }

    /// Whether projecting this field removes something from `.fullname` (rather than `.config`).
    var isNamePart: Bool {
        switch self {
        case .name, .nameKey: return true
        case .fullName, .fileLabel, .setName, .configuration: return false
        }
    }
}
