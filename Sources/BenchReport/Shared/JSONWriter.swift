/// Prints a ``JSONValue`` as JSON text (RFC 8259), indented two spaces per level.
///
/// Strings are escaped by bytes: `"` and `\`, the C0 controls (as `\n`, `\t` ... or
/// `\u00XX`), and U+2028/U+2029, which some JavaScript consumers mistake for line ends.
/// Numbers print in the shortest form that reads back as the same double.
package enum JSONWriter {
    /// The document, ending with a newline.
    package static func render(_ value: JSONValue) -> String {
        var text = ""
        write(value, indent: 0, to: &text)
        text += "\n"
        return text
    }

    private static func write(_ value: JSONValue, indent: Int, to text: inout String) {
        switch value {
        case .object(let members):
            if members.isEmpty {
                text += "{}"
                return
            }
            text += "{\n"
            for (index, (key, member)) in members.enumerated() {
                pad(indent + 1, &text)
                appendString(key, to: &text)
                text += ": "
                write(member, indent: indent + 1, to: &text)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &text)
            text += "}"
        case .array(let elements):
            if elements.isEmpty {
                text += "[]"
                return
            }
            if elements.allSatisfy(\.isScalar) {
                text += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += ", " }
                    write(element, indent: indent, to: &text)
                }
                text += "]"
                return
            }
            text += "[\n"
            for (index, element) in elements.enumerated() {
                pad(indent + 1, &text)
                write(element, indent: indent + 1, to: &text)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            pad(indent, &text)
            text += "]"
        case .string(let string):
            appendString(string, to: &text)
        case .number(let number):
            text += number.isFinite ? numberText(number) : "null"
        case .integer(let integer):
            text += String(integer)
        case .bool(let bool):
            text += bool ? "true" : "false"
        case .null:
            text += "null"
        }
    }

    /// Swift's shortest round-trip spelling, minus the `.0` it adds to whole numbers.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), number.magnitude < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static func pad(_ level: Int, _ text: inout String) {
        for _ in 0..<level { text += "  " }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendString(_ string: String, to text: inout String) {
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(string.utf8.count + 2)
        var utf8 = string.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20:
                bytes += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                pending = [byte]
                if let second = utf8.next() { pending.append(second) }
                if let third = utf8.next() { pending.append(third) }
                if pending.count == 3, pending[1] == 0x80, pending[2] == 0xA8 || pending[2] == 0xA9 {
                    bytes += Array("\\u202".utf8) + [pending[2] == 0xA8 ? 0x38 : 0x39]
                } else {
                    bytes += pending
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        text += String(decoding: bytes, as: UTF8.self)
    }
}

extension JSONValue {
    fileprivate var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}
