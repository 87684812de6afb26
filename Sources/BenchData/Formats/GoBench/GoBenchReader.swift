#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads Go benchmark text (`go test -bench` output) into a ``BenchmarkSet``, exactly as
/// benchfmt reads it.
///
/// Each line is classified in benchfmt's order: a result line (`Benchmark…`), a `Unit`
/// metadata line, a `key: value` configuration line, or anything else (ignored). Malformed
/// result and metadata lines become warnings with `file:line` and reading goes on; a line
/// that is not UTF-8 stops the input. Lines may be of any length (benchfmt stops at 64 KiB).
///
/// One reader is used for all inputs of a load so that names and units are interned once.
package struct GoBenchReader {
    private var names = ByteInterner()
    private var nameIDs: [Int32] = []
    private var units = ByteInterner()
    /// Per original unit: the tidied unit's index, the original's index, and the factor.
    private var unitTidying: [(tidied: Int32, original: Int32, factor: Double)] = []
    /// The interner entries of the previous result line: its name, and its units by position.
    private var previousName: Int32 = -1
    private var previousUnits: [Int32] = []

    package init() {}

    /// Reads one input's bytes into `set`, appending malformed-line warnings to `warnings`.
    ///
    /// `path` is the name used in messages (benchfmt reports the path, not the label).
    package mutating func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: InputFile, into set: inout BenchmarkSet,
        warnings: inout [InputError]
    ) throws(LoadError) {
        var session = begin(file, into: &set)
        guard bytes.baseAddress != nil else { return }
        // Typical Go output has a result per ~60 bytes and a few measurements per result.
        set.results.reserveCapacity(set.results.count + bytes.count / 64)
        set.measurements.reserveCapacity(set.measurements.count + bytes.count / 24)
        try readLines(bytes, session: &session, into: &set, warnings: &warnings)
    }

    /// Starts an input: adds `file` to `set` and returns the state its lines are read with.
    mutating func begin(_ file: InputFile, into set: inout BenchmarkSet) -> Session {
        let fileIndex = Int32(set.files.count)
        set.files.append(file)
        return Session(path: file.path, configuration: Configuration(file: fileIndex), configurationID: nil)
    }

    /// Reads whole lines of one input (the last may lack its newline), continuing `session`:
    /// line numbers and the configuration carry over from the previous call, so an input
    /// can arrive in pieces (``GoBenchStream``).
    mutating func readLines(
        _ bytes: UnsafeBufferPointer<UInt8>, session: inout Session, into set: inout BenchmarkSet,
        warnings: inout [InputError]
    ) throws(LoadError) {
        guard let base = bytes.baseAddress else { return }
        var lineStart = 0
        let count = bytes.count
        // Most benchmark output is ASCII: then no line needs UTF-8 validation.
        let needsValidation = !GoBenchLine.isASCII(bytes)
        while lineStart < count {
            session.lineNumber += 1
            let lineNumber = session.lineNumber
            var lineEnd: Int
            if let newline = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            } else {
                lineEnd = count
            }
            let next = lineEnd + 1
            // Like bufio.ScanLines, drop one trailing carriage return.
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            guard !needsValidation || GoBenchLine.isValidUTF8(line) else {
                throw .invalidEncoding(path: session.path, line: lineNumber)
            }
            readLine(line, number: lineNumber, session: &session, set: &set)
            for message in session.messages {
                warnings.append(InputError(file: session.path, line: lineNumber, message: message))
            }
            session.messages.removeAll(keepingCapacity: true)
            lineStart = next
        }
    }

    /// Per-input state: benchfmt resets the configuration for every input.
    struct Session {
        var path: String
        var configuration: Configuration
        /// The index of `configuration` in the set, or nil when it changed since last stored.
        var configurationID: Int32?
        /// Warnings found on the current line (a `Unit` line can have several).
        var messages: [String] = []
        /// The 1-based number of the line last read.
        var lineNumber = 0
    }

    /// Handles one line, leaving warnings for a malformed line in `session.messages`.
    private mutating func readLine(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, session: inout Session, set: inout BenchmarkSet
    ) {
        if line.count >= 9, GoBenchLine.hasBenchmarkPrefix(line) {
            if let message = readResult(line, number: number, session: &session, set: &set) {
                session.messages.append(message)
            }
            return
        }
        if line.first == UInt8(ascii: "U") {
            let (field, next) = GoBenchLine.splitField(line, from: 0, to: line.count)
            if field.count == 4, line[field].elementsEqual("Unit".utf8) {
                readUnitMetadata(line, from: next, messages: &session.messages, set: &set)
                return
            }
        }
        if let (key, value) = GoBenchConfigLine.parse(line) {
            session.configuration.set(key, value)
            session.configurationID = nil
        }
    }

    private mutating func readResult(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, session: inout Session, set: inout BenchmarkSet
    ) -> String? {
        let end = line.count
        let (nameRange, afterName) = GoBenchLine.splitField(line, from: 9, to: end)
        // `go test -v` prints a bare `BenchmarkX` when a benchmark starts; benchfmt skips it.
        if nameRange.upperBound == end { return nil }
        let (iterationsRange, afterIterations) = GoBenchLine.splitField(line, from: afterName, to: end)
        if iterationsRange.isEmpty { return "missing iteration count" }
        let iterations: Int
        switch GoNumberSyntax.parseInt(UnsafeBufferPointer(rebasing: line[iterationsRange])) {
        case .success(let value): iterations = value
        case .failure(let failure): return "parsing iteration count: \(failure.rawValue)"
        }
        let measurementStart = set.measurements.count
        var cursor = afterIterations
        while true {
            let (valueRange, afterValue) = GoBenchLine.splitField(line, from: cursor, to: end)
            if valueRange.isEmpty {
                if set.measurements.count > measurementStart { break }
                return "missing measurements"
            }
            let value: Double
            switch GoNumberSyntax.parseDouble(UnsafeBufferPointer(rebasing: line[valueRange])) {
            case .success(let parsed): value = parsed
            case .failure(let failure):
                set.measurements.removeSubrange(measurementStart...)
                return "parsing measurement: \(failure.rawValue)"
            }
            let (unitRange, afterUnit) = GoBenchLine.splitField(line, from: afterValue, to: end)
            if unitRange.isEmpty {
                set.measurements.removeSubrange(measurementStart...)
                return "missing units"
            }
            let position = set.measurements.count - measurementStart
            let tidying = unitInfo(UnsafeBufferPointer(rebasing: line[unitRange]), position: position, set: &set)
            let tidiedValue = value * tidying.factor
            // benchfmt quirk: a value that tidying leaves unchanged (0, ±Inf) keeps its
            // original unit, so `0 ns/op` lands in an `ns/op` table, not `sec/op`.
            let unit = tidiedValue == value ? tidying.original : tidying.tidied
            set.measurements.append(
                Measurement(value: tidiedValue, unit: unit, originalValue: value, originalUnit: tidying.original))
            cursor = afterUnit
        }
        let configurationID: Int32
        if let id = session.configurationID {
            configurationID = id
        } else {
            configurationID = set.internConfiguration(session.configuration)
            session.configurationID = configurationID
        }
        let name = nameID(UnsafeBufferPointer(rebasing: line[nameRange]), set: &set)
        set.results.append(
            BenchmarkResult(
                name: name, configuration: configurationID, measurementStart: Int32(measurementStart),
                measurementEnd: Int32(set.measurements.count), iterations: iterations, line: Int32(number)))
        return nil
    }

    private mutating func nameID(_ bytes: UnsafeBufferPointer<UInt8>, set: inout BenchmarkSet) -> Int32 {
        let (index, isNew) = names.intern(bytes, guess: previousName)
        previousName = index
        if isNew { nameIDs.append(set.internName(String(decoding: bytes, as: UTF8.self))) }
        return nameIDs[Int(index)]
    }

    private mutating func unitInfo(
        _ bytes: UnsafeBufferPointer<UInt8>, position: Int, set: inout BenchmarkSet
    ) -> (tidied: Int32, original: Int32, factor: Double) {
        let guess = position < previousUnits.count ? previousUnits[position] : -1
        let (index, isNew) = units.intern(bytes, guess: guess)
        if position < previousUnits.count { previousUnits[position] = index } else { previousUnits.append(index) }
        if isNew {
            let original = String(decoding: bytes, as: UTF8.self)
            let (tidied, factor) = tidyUnit(original)
            unitTidying.append((set.internUnit(tidied), set.internUnit(original), factor))
        }
        return unitTidying[Int(index)]
    }

    /// `Unit <unit> key=value...`: metadata keyed by the tidied unit, first value wins.
    private func readUnitMetadata(
        _ line: UnsafeBufferPointer<UInt8>, from start: Int, messages: inout [String], set: inout BenchmarkSet
    ) {
        let end = line.count
        let (unitRange, afterUnit) = GoBenchLine.splitField(line, from: start, to: end)
        if unitRange.isEmpty {
            messages.append("missing unit")
            return
        }
        let unit = String(decoding: line[unitRange], as: UTF8.self)
        let tidied = tidyUnit(unit).unit
        var cursor = afterUnit
        while cursor < end {
            let (field, next) = GoBenchLine.splitField(line, from: cursor, to: end)
            cursor = next
            if field.isEmpty { break }
            guard let equals = line[field].firstIndex(of: UInt8(ascii: "=")), equals > field.lowerBound else {
                messages.append("expected key=value")
                continue
            }
            let key = String(decoding: line[field.lowerBound..<equals], as: UTF8.self)
            let value = String(decoding: line[(equals + 1)..<field.upperBound], as: UTF8.self)
            if let old = set.unitMetadata.set(key, value, unit: tidied) {
                messages.append("metadata \(key) of unit \(unit) already set to \(old)")
            }
        }
    }
}
