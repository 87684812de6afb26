/// Decodes the sample messages, the bulk of a large profile, straight into the flat arrays of
/// ``Profile``: location ids become indices as they are read, values are checked against the
/// number of sample types, and label string indices against the string table.
struct SampleDecoder {
    private let message: ProtobufReader
    private let typeCount: Int
    private let locations: IDTable
    private let stringCount: Int

    init(message: ProtobufReader, typeCount: Int, locations: IDTable, stringCount: Int) {
        self.message = message
        self.typeCount = typeCount
        self.locations = locations
        self.stringCount = stringCount
    }

    mutating func decode(_ ranges: [Range<Int>], into profile: inout Profile) throws(ProfileFormatError) {
        var byteCount = 0
        for range in ranges { byteCount += range.count }
        // Local arrays with capacity up front: appends stay cheap (no regrowth, no copies).
        var stack: [Int32] = []
        stack.reserveCapacity(byteCount / 2)
        var starts: [Int] = []
        starts.reserveCapacity(ranges.count + 1)
        starts.append(0)
        var values: [Int64] = []
        values.reserveCapacity(ranges.count * typeCount)
        for (sample, range) in ranges.enumerated() {
            var reader = message.sub(range)
            let valuesBefore = values.count
            while !reader.isAtEnd {
                let (field, wireType) = try reader.readTag()
                switch (field, wireType) {
                case (1, .lengthDelimited):
                    var packed = reader.sub(try reader.readLengthDelimited())
                    while !packed.isAtEnd { stack.append(try location(packed.readVarint())) }
                case (1, .varint):
                    stack.append(try location(reader.readVarint()))
                case (2, .lengthDelimited):
                    var packed = reader.sub(try reader.readLengthDelimited())
                    while !packed.isAtEnd { values.append(Int64(bitPattern: try packed.readVarint())) }
                case (2, .varint):
                    values.append(Int64(bitPattern: try reader.readVarint()))
                case (3, _):
                    try checkLabel(reader.readMessage(wireType, field: "Sample.label"))
                case (1, _), (2, _):
                    throw reader.wrongType(wireType, field: field == 1 ? "Sample.location_id" : "Sample.value")
                default:
                    try reader.skip(wireType)
                }
            }
            if values.count - valuesBefore != typeCount {
                throw ProfileFormatError(
                    "malformed profile: sample \(sample) has \(values.count - valuesBefore) values but there are \(typeCount) sample types"
                )
            }
            starts.append(stack.count)
        }
        profile.stackLocations = stack
        profile.stackStarts = starts
        profile.values = values
        profile.isBaseSample = [Bool](repeating: false, count: ranges.count)
    }

    @inline(__always)
    private func location(_ id: UInt64) throws(ProfileFormatError) -> Int32 {
        guard let index = locations[id] else {
            throw ProfileFormatError("malformed profile: a sample refers to location \(id), which does not exist")
        }
        return Int32(truncatingIfNeeded: index)
    }

    /// Labels are not used by benchq's reports, but their string indices must be valid.
    private func checkLabel(_ message: ProtobufReader) throws(ProfileFormatError) {
        var reader = message
        while !reader.isAtEnd {
            let (field, wireType) = try reader.readTag()
            switch field {
            case 1, 2, 4:
                let index = Int64(bitPattern: try reader.readVarint(wireType, field: "Label"))
                guard index >= 0 && index < stringCount else {
                    throw ProfileFormatError(
                        "malformed profile: string index \(index) of a sample label is out of range (the string table has \(stringCount) entries)"
                    )
                }
            default:
                try reader.skip(wireType)
            }
        }
    }
}
