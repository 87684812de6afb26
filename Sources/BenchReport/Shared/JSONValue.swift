/// A JSON document built in memory and printed by ``JSONWriter``.
///
/// Objects keep their keys in the order given, so a report's schema reads top-down the way
/// its documentation describes it and golden files stay stable.
package indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number; NaN and infinities have no JSON spelling and print as `null`.
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b || (a.isNaN && b.isNaN)
        case (.integer(let a), .integer(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// `.string(text)`, or `.null` when there is no text.
    package static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// `.number(value)`, or `.null` when there is no value.
    package static func optional(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}
