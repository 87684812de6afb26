/// Writes protobuf wire format for hand-made test profiles.
struct ProtoBuilder {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ field: UInt64, _ value: UInt64) {
        appendVarint(field << 3)
        appendVarint(value)
    }

    mutating func int(_ field: UInt64, _ value: Int64) { varint(field, UInt64(bitPattern: value)) }

    mutating func bytes(_ field: UInt64, _ contents: [UInt8]) {
        appendVarint(field << 3 | 2)
        appendVarint(UInt64(contents.count))
        bytes += contents
    }

    mutating func string(_ field: UInt64, _ text: String) { bytes(field, Array(text.utf8)) }

    mutating func message(_ field: UInt64, _ build: (inout ProtoBuilder) -> Void) {
        var inner = ProtoBuilder()
        build(&inner)
        bytes(field, inner.bytes)
    }

    /// A fixed-size field (wire type 1 with 8 bytes, or 5 with 4).
    mutating func fixed(_ field: UInt64, bytes count: Int) {
        appendVarint(field << 3 | (count == 8 ? 1 : 5))
        bytes += [UInt8](repeating: 0xab, count: count)
    }

    /// A repeated varint field in packed form.
    mutating func packed(_ field: UInt64, _ values: [UInt64]) {
        var inner = ProtoBuilder()
        for value in values { inner.appendVarint(value) }
        bytes(field, inner.bytes)
    }

    private mutating func appendVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A small valid CPU profile: strings, two functions and locations, `samples` and `cpu`.
    /// `edit` may add or replace fields (later fields win or append, as protobuf merges).
    static func smallProfile(_ edit: (inout ProtoBuilder) -> Void = { _ in }) -> [UInt8] {
        var profile = ProtoBuilder()
        for text in ["", "samples", "count", "cpu", "nanoseconds", "main", "work", "main.go"] {
            profile.string(6, text)
        }
        profile.message(1) {
            $0.int(1, 1)
            $0.int(2, 2)
        }
        profile.message(1) {
            $0.int(1, 3)
            $0.int(2, 4)
        }
        profile.message(5) {
            $0.varint(1, 1)
            $0.int(2, 5)
            $0.int(4, 7)
        }
        profile.message(5) {
            $0.varint(1, 2)
            $0.int(2, 6)
            $0.int(4, 7)
        }
        profile.message(4) { location in
            location.varint(1, 1)
            location.message(4) {
                $0.varint(1, 1)
                $0.int(2, 10)
            }
        }
        profile.message(4) { location in
            location.varint(1, 2)
            location.message(4) {
                $0.varint(1, 2)
                $0.int(2, 20)
            }
        }
        // Unpacked values (two of them, as Go writes), packed locations.
        profile.message(2) { sample in
            sample.packed(1, [2, 1])
            sample.int(2, 3)
            sample.int(2, 30_000_000)
        }
        profile.message(2) { sample in
            sample.varint(1, 1)
            sample.int(2, 1)
            sample.int(2, 10_000_000)
        }
        profile.int(10, 1_000_000_000)
        edit(&profile)
        return profile.bytes
    }
}
