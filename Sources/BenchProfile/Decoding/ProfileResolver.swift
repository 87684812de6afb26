/// Turns a ``RawProfile`` into a ``Profile``: strings looked up, ids mapped to indices, and
/// every reference checked (pprof's `postDecode` and `CheckValid`).
struct ProfileResolver {
    private let raw: RawProfile

    init(_ raw: RawProfile) { self.raw = raw }

    /// The resolved profile; `message` reads the sample messages whose ranges `raw` recorded.
    func resolve(samplesFrom message: ProtobufReader) throws(ProfileFormatError) -> Profile {
        guard raw.strings.first == "" else {
            throw ProfileFormatError(
                raw.strings.isEmpty
                    ? "malformed profile: the string table is empty (string_table[0] must be \"\")"
                    : "malformed profile: string_table[0] must be \"\", found \"\(raw.strings[0].prefix(40))\"")
        }
        var profile = Profile()
        for (index, type) in raw.sampleTypes.enumerated() {
            profile.sampleTypes.append(
                .init(
                    type: try string(type.type, "sample_type[\(index)].type"),
                    unit: try string(type.unit, "sample_type[\(index)].unit")))
        }
        profile.defaultSampleType = try string(raw.defaultSampleType, "default_sample_type")
        profile.dropFrames = try string(raw.dropFrames, "drop_frames")
        profile.keepFrames = try string(raw.keepFrames, "keep_frames")
        profile.docURL = try string(raw.docURL, "doc_url")
        profile.timeNanos = raw.timeNanos
        profile.durationNanos = raw.durationNanos
        profile.period = raw.period
        if let period = raw.periodType {
            profile.periodType = .init(
                type: try string(period.type, "period_type.type"), unit: try string(period.unit, "period_type.unit"))
        }
        for (index, comment) in raw.comments.enumerated() {
            profile.comments.append(try string(comment, "comment[\(index)]"))
        }

        let mappingIndex = try IDTable(raw.mappings.map(\.id), kind: "mapping")
        for mapping in raw.mappings {
            profile.mappings.append(
                .init(
                    file: try string(mapping.file, "mapping \(mapping.id) filename"),
                    buildID: try string(mapping.buildID, "mapping \(mapping.id) build_id")))
        }
        let functionIndex = try IDTable(raw.functions.map(\.id), kind: "function")
        for function in raw.functions {
            profile.functions.append(
                .init(
                    name: try string(function.name, "function \(function.id) name"),
                    systemName: try string(function.systemName, "function \(function.id) system_name"),
                    file: try string(function.file, "function \(function.id) filename"),
                    startLine: function.startLine))
        }
        let locationIndex = try IDTable(raw.locations.map(\.id), kind: "location")
        for location in raw.locations {
            var resolved = Profile.Location(mapping: nil, address: location.address, lines: [])
            if location.mapping != 0 {
                guard let index = mappingIndex[location.mapping] else {
                    throw ProfileFormatError(
                        "malformed profile: location \(location.id) refers to mapping \(location.mapping), which does not exist"
                    )
                }
                resolved.mapping = index
            }
            for line in location.lines {
                var function: Int?
                if line.function != 0 {
                    guard let index = functionIndex[line.function] else {
                        throw ProfileFormatError(
                            "malformed profile: location \(location.id) refers to function \(line.function), which does not exist"
                        )
                    }
                    function = index
                }
                resolved.lines.append(.init(function: function, line: line.line, column: line.column))
            }
            profile.locations.append(resolved)
        }
        if !raw.sampleRanges.isEmpty && raw.sampleTypes.isEmpty {
            throw ProfileFormatError("malformed profile: it has samples but no sample types")
        }
        var samples = SampleDecoder(
            message: message, typeCount: raw.sampleTypes.count, locations: locationIndex, stringCount: raw.strings.count
        )
        try samples.decode(raw.sampleRanges, into: &profile)
        return profile
    }

    private func string(_ index: Int64, _ what: String) throws(ProfileFormatError) -> String {
        guard index >= 0 && index < raw.strings.count else { throw outOfRange(index, what) }
        return raw.strings[Int(index)]
    }

    private func outOfRange(_ index: Int64, _ what: String) -> ProfileFormatError {
        ProfileFormatError(
            "malformed profile: string index \(index) of \(what) is out of range (the string table has \(raw.strings.count) entries)"
        )
    }
}

/// Maps message ids to array indices: a dense table when ids are small (the usual 1...n),
/// a dictionary otherwise. Rejects zero and duplicate ids as pprof's `CheckValid` does.
struct IDTable {
    private var dense: [Int32] = []
    private var sparse: [UInt64: Int] = [:]
    private var isDense = true

    init(_ ids: [UInt64], kind: String) throws(ProfileFormatError) {
        let largest = ids.max() ?? 0
        isDense = largest <= UInt64(ids.count) * 4 + 1024
        if isDense { dense = [Int32](repeating: -1, count: Int(largest) + 1) }
        for (index, id) in ids.enumerated() {
            guard id != 0 else { throw ProfileFormatError("malformed profile: \(kind) \(index) has id 0") }
            let isDuplicate: Bool
            if isDense {
                isDuplicate = dense[Int(id)] >= 0
                dense[Int(id)] = Int32(index)
            } else {
                isDuplicate = sparse.updateValue(index, forKey: id) != nil
            }
            if isDuplicate { throw ProfileFormatError("malformed profile: \(kind) id \(id) appears twice") }
        }
    }

    @inline(__always)
    subscript(id: UInt64) -> Int? {
        if isDense {
            guard id < UInt64(dense.count) else { return nil }
            let index = dense[Int(id)]
            return index >= 0 ? Int(index) : nil
        }
        return sparse[id]
    }
}
