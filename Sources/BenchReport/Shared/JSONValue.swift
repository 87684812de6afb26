/// A JSON document built in memory and printed by ``JSONWriter``.
///
/// Objects keep their keys in the order given, so a report's schema reads top-down the way
/// its documentation describes it and golden files stay stable.
package indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number; NaN and infinities have no JSON spelling and print as `null`.
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    /// `.string(text)`, or `.null` when there is no text.
    package static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// `.number(value)`, or `.null` when there is no value.
    package static func optional(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }
}
