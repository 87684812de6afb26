import BenchData
import BenchqTestSupport
import Foundation

/// Loads files of `../shared/testdata/formats` through the real loader, and reads the same
/// files independently (with Foundation's JSON) for the expected values.
enum FormatFiles {
    static let directory = SharedTestData.url("formats").path

    /// What a load gives: the set, or the error text; and the notices printed.
    struct Load {
        var set: BenchmarkSet?
        var error: String?
        var notes: [String]
        var warnings: [InputError]
    }

    static func load(
        _ paths: [String], format: ResultFormat? = nil, in directory: String = directory, fastPaths: Bool = true
    ) -> Load {
        var notes: [String] = []
        var warnings: [InputError] = []
        let inputs = paths.map { InputArgument(file: InputFile(label: $0, path: $0), isStandardInput: false) }
        do {
            let set = try ResultLoader.load(
                inputs, format: format, relativeTo: directory, fastPaths: fastPaths, warn: { warnings.append($0) },
                note: { notes.append($0) })
            return Load(set: set, error: nil, notes: notes, warnings: warnings)
        } catch {
            return Load(set: nil, error: error.description, notes: notes, warnings: warnings)
        }
    }

    /// Loads bytes written to a temporary file (for malformed inputs).
    static func load(bytes: [UInt8], name: String, format: ResultFormat? = nil, fastPaths: Bool = true) -> Load {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "benchq-formats-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try? Data(bytes).write(to: directory.appendingPathComponent(name))
        return load([name], format: format, in: directory.path, fastPaths: fastPaths)
    }

    /// The file parsed by Foundation.
    static func json(_ relativePath: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(SharedTestData.bytes("formats/" + relativePath)))
    }
}

extension BenchmarkSet {
    /// Distinct full names in first-seen order.
    var nameList: [String] {
        var seen: Set<String> = []
        return results.map { name(of: $0).fullName }.filter { seen.insert($0).inserted }
    }

    /// The number of results of each name.
    var countsByName: [String: Int] {
        var counts: [String: Int] = [:]
        for result in results { counts[name(of: result).fullName, default: 0] += 1 }
        return counts
    }

    /// The tidied units used by any measurement.
    var unitSet: Set<String> { Set(measurements.map { units[Int($0.unit)] }) }

    /// The values of one tidied unit, in order.
    func values(of unit: String) -> [Double] {
        measurements.filter { units[Int($0.unit)] == unit }.map(\.value)
    }

    /// Which way is better for a tidied unit.
    func direction(of unit: String) -> UnitDirection { UnitDirection(unit: unit, metadata: unitMetadata) }
}
