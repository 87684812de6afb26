/// A protobuf wire-format reader over borrowed bytes: varints, length-delimited fields and
/// skipping of unknown fields. Just enough for `profile.proto`.
///
/// Why not swift-protobuf: profile.proto has eight messages and uses only varints and
/// length-delimited fields; a generated decoder would add a dependency costing about 90 s of
/// CPU per clean build, a committed generated file, and a plugin build for regeneration, while
/// this reader is short, allocation-free and skips unknown fields, which keeps it
/// forward-compatible. pprof's own Go package decodes the same way, by hand.
struct ProtobufReader {
    /// Protobuf wire types (fixed32/fixed64 only occur as unknown fields in profiles).
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read, relative to the start of the whole input.
    private(set) var position: Int
    let end: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes = buffer
        position = 0
        end = buffer.count
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int) {
        self.bytes = bytes
        self.position = position
        self.end = end
    }

    var isAtEnd: Bool { position >= end }

    /// A reader limited to `range` of the same input (a nested message or a packed field).
    func sub(_ range: Range<Int>) -> ProtobufReader {
        ProtobufReader(bytes: bytes, position: range.lowerBound, end: range.upperBound)
    }

    /// The next field's number and wire type.
    mutating func readTag() throws(ProfileFormatError) -> (field: UInt64, wireType: WireType) {
        let start = position
        let key = try readVarint()
        guard let wireType = WireType(rawValue: key & 7) else {
            throw ProfileFormatError("corrupt protobuf: unsupported wire type \(key & 7) at byte \(start)")
        }
        let field = key >> 3
        if field == 0 { throw ProfileFormatError("corrupt protobuf: field number 0 at byte \(start)") }
        return (field, wireType)
    }

    @inline(__always)
    mutating func readVarint() throws(ProfileFormatError) -> UInt64 {
        if position < end {
            let byte = bytes[position]
            if byte < 0x80 {
                position += 1
                return UInt64(byte)
            }
        }
        return try readLongVarint()
    }

    private mutating func readLongVarint() throws(ProfileFormatError) -> UInt64 {
        let start = position
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else {
                throw ProfileFormatError("truncated protobuf: varint at byte \(start) runs past the end")
            }
            let byte = bytes[position]
            position += 1
            if shift == 63 && byte > 1 {
                throw ProfileFormatError("corrupt protobuf: varint at byte \(start) overflows 64 bits")
            }
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// The byte range of a length-delimited field's contents; the reader moves past it.
    mutating func readLengthDelimited() throws(ProfileFormatError) -> Range<Int> {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw ProfileFormatError(
                "truncated protobuf: field at byte \(start) needs \(length) bytes, \(end - position) are left")
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }

    /// The bytes of `range` as a UTF-8 string (invalid sequences are repaired, as Go keeps them).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Skips a field of an unknown number.
    mutating func skip(_ wireType: WireType) throws(ProfileFormatError) {
        switch wireType {
        case .varint: _ = try readVarint()
        case .lengthDelimited: _ = try readLengthDelimited()
        case .fixed64: try advance(8)
        case .fixed32: try advance(4)
        }
    }

    private mutating func advance(_ count: Int) throws(ProfileFormatError) {
        guard end - position >= count else {
            throw ProfileFormatError("truncated protobuf: fixed-size field at byte \(position) runs past the end")
        }
        position += count
    }

    /// A scalar varint field; anything else for this field number is corrupt.
    mutating func readVarint(_ wireType: WireType, field: String) throws(ProfileFormatError) -> UInt64 {
        guard wireType == .varint else { throw wrongType(wireType, field: field) }
        return try readVarint()
    }

    /// A repeated varint field, packed (one length-delimited run) or unpacked (one per tag);
    /// Go's encoders pack only runs of more than two.
    mutating func readRepeatedVarints(
        _ wireType: WireType, field: String, into values: inout [UInt64]
    ) throws(ProfileFormatError) {
        switch wireType {
        case .varint:
            values.append(try readVarint())
        case .lengthDelimited:
            var packed = sub(try readLengthDelimited())
            while !packed.isAtEnd { values.append(try packed.readVarint()) }
        default:
            throw wrongType(wireType, field: field)
        }
    }

    /// The contents of an embedded message field.
    mutating func readMessage(_ wireType: WireType, field: String) throws(ProfileFormatError) -> ProtobufReader {
        guard wireType == .lengthDelimited else { throw wrongType(wireType, field: field) }
        return sub(try readLengthDelimited())
    }

    func wrongType(_ wireType: WireType, field: String) -> ProfileFormatError {
        ProfileFormatError("corrupt protobuf: \(field) has wire type \(wireType.rawValue) near byte \(position)")
    }
}
