/// Decodes an uncompressed `profile.proto` message into a ``Profile``.
///
/// Field order is arbitrary (runtime/pprof writes the string table last), so messages are
/// first read with raw ids and string indices, then resolved and validated in
/// ``ProfileResolver``: `string_table[0] == ""`, every string, mapping, function and location
/// reference in range, ids nonzero and unique, one value per sample type.
package enum ProfileDecoder {
    package static func decode(_ bytes: [UInt8]) throws(ProfileFormatError) -> Profile {
        guard !bytes.isEmpty else { throw ProfileFormatError("empty profile: the file has no data") }
        let result: Result<Profile, ProfileFormatError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = ProtobufReader(buffer)
            do throws(ProfileFormatError) {
                var raw = RawProfile()
                try raw.read(&reader)
                return .success(try ProfileResolver(raw).resolve(samplesFrom: ProtobufReader(buffer)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// A profile message as read, before references are resolved.
struct RawProfile {
    struct ValueType { var type: Int64 = 0, unit: Int64 = 0 }
    struct Mapping { var id: UInt64 = 0, file: Int64 = 0, buildID: Int64 = 0 }
    struct Line { var function: UInt64 = 0, line: Int64 = 0, column: Int64 = 0 }
    struct Location {
        var id: UInt64 = 0, mapping: UInt64 = 0, address: UInt64 = 0
        var lines: [Line] = []
    }
    struct Function {
        var id: UInt64 = 0, name: Int64 = 0, systemName: Int64 = 0, file: Int64 = 0, startLine: Int64 = 0
    }

    var sampleTypes: [ValueType] = []
    /// Where each sample message is; samples are decoded once locations are known
    /// (``SampleDecoder``), straight into location indices.
    var sampleRanges: [Range<Int>] = []
    var mappings: [Mapping] = []
    var locations: [Location] = []
    var functions: [Function] = []
    var strings: [String] = []
    var dropFrames: Int64 = 0
    var keepFrames: Int64 = 0
    var timeNanos: Int64 = 0
    var hasTime = false
    var durationNanos: Int64 = 0
    var periodType: ValueType?
    var period: Int64 = 0
    var comments: [Int64] = []
    var defaultSampleType: Int64 = 0
    var docURL: Int64 = 0

    mutating func read(_ reader: inout ProtobufReader) throws(ProfileFormatError) {
        var scratch: [UInt64] = []
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: sampleTypes.append(try Self.valueType(reader.readMessage(wireType, field: "Profile.sample_type")))
            case 2:
                guard wireType == .lengthDelimited else { throw reader.wrongType(wireType, field: "Profile.sample") }
                sampleRanges.append(try reader.readLengthDelimited())
            case 3: mappings.append(try Self.mapping(reader.readMessage(wireType, field: "Profile.mapping")))
            case 4: locations.append(try Self.location(reader.readMessage(wireType, field: "Profile.location")))
            case 5: functions.append(try Self.function(reader.readMessage(wireType, field: "Profile.function")))
            case 6:
                guard wireType == .lengthDelimited else {
                    throw reader.wrongType(wireType, field: "Profile.string_table")
                }
                strings.append(reader.string(try reader.readLengthDelimited()))
            case 7: dropFrames = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.drop_frames"))
            case 8: keepFrames = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.keep_frames"))
            case 9:
                // As pprof does: a second time_nanos means two profiles were concatenated.
                if hasTime { throw ProfileFormatError("concatenated profiles detected (time_nanos appears twice)") }
                hasTime = true
                timeNanos = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.time_nanos"))
            case 10: durationNanos = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.duration_nanos"))
            case 11: periodType = try Self.valueType(reader.readMessage(wireType, field: "Profile.period_type"))
            case 12: period = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.period"))
            case 13:
                scratch.removeAll(keepingCapacity: true)
                try reader.readRepeatedVarints(wireType, field: "Profile.comment", into: &scratch)
                comments += scratch.map { Int64(bitPattern: $0) }
            case 14:
                defaultSampleType = Int64(
                    bitPattern: try reader.readVarint(wireType, field: "Profile.default_sample_type"))
            case 15: docURL = Int64(bitPattern: try reader.readVarint(wireType, field: "Profile.doc_url"))
            default: try reader.skip(wireType)
            }
        }
    }

    private static func valueType(_ message: ProtobufReader) throws(ProfileFormatError) -> ValueType {
        var reader = message
        var result = ValueType()
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: result.type = Int64(bitPattern: try reader.readVarint(wireType, field: "ValueType.type"))
            case 2: result.unit = Int64(bitPattern: try reader.readVarint(wireType, field: "ValueType.unit"))
            default: try reader.skip(wireType)
            }
        }
        return result
    }

    private static func mapping(_ message: ProtobufReader) throws(ProfileFormatError) -> Mapping {
        var reader = message
        var result = Mapping()
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: result.id = try reader.readVarint(wireType, field: "Mapping.id")
            case 5: result.file = Int64(bitPattern: try reader.readVarint(wireType, field: "Mapping.filename"))
            case 6: result.buildID = Int64(bitPattern: try reader.readVarint(wireType, field: "Mapping.build_id"))
            default: try reader.skip(wireType)
            }
        }
        return result
    }

    private static func location(_ message: ProtobufReader) throws(ProfileFormatError) -> Location {
        var reader = message
        var result = Location()
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: result.id = try reader.readVarint(wireType, field: "Location.id")
            case 2: result.mapping = try reader.readVarint(wireType, field: "Location.mapping_id")
            case 3: result.address = try reader.readVarint(wireType, field: "Location.address")
            case 4: result.lines.append(try line(reader.readMessage(wireType, field: "Location.line")))
            default: try reader.skip(wireType)
            }
        }
        return result
    }

    private static func line(_ message: ProtobufReader) throws(ProfileFormatError) -> Line {
        var reader = message
        var result = Line()
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: result.function = try reader.readVarint(wireType, field: "Line.function_id")
            case 2: result.line = Int64(bitPattern: try reader.readVarint(wireType, field: "Line.line"))
            case 3: result.column = Int64(bitPattern: try reader.readVarint(wireType, field: "Line.column"))
            default: try reader.skip(wireType)
            }
        }
        return result
    }

    private static func function(_ message: ProtobufReader) throws(ProfileFormatError) -> Function {
        var reader = message
        var result = Function()
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1: result.id = try reader.readVarint(wireType, field: "Function.id")
            case 2: result.name = Int64(bitPattern: try reader.readVarint(wireType, field: "Function.name"))
            case 3:
                result.systemName = Int64(bitPattern: try reader.readVarint(wireType, field: "Function.system_name"))
            case 4: result.file = Int64(bitPattern: try reader.readVarint(wireType, field: "Function.filename"))
            case 5: result.startLine = Int64(bitPattern: try reader.readVarint(wireType, field: "Function.start_line"))
            default: try reader.skip(wireType)
            }
        }
        return result
    }
}
