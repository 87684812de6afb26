import BenchProfile

/// A profile or profile diff as JSON: the sample type, totals, pprof's header lines and the
/// rows with raw values (in the sample unit, signed in a diff) beside their printed forms.
package enum ProfileJSONWriter {
    package static func write(_ top: ProfileTop, title: String, isDiff: Bool, to text: inout String) {
        let rows: [JSONValue] = zip(top.rows, ProfileCells.rows(top)).map { row, cells in
            .object([
                ("name", .string(row.name)),
                ("inline", row.inlineMark.isEmpty ? .null : .string(row.inlineMark.trimmingParentheses())),
                ("flat", .integer(Int(row.flat))),
                ("cum", .integer(Int(row.cum))),
                ("flatText", .string(cells.flat)),
                ("cumText", .string(cells.cum)),
                ("flatPercent", .string(cells.flatPercent)),
                ("sumPercent", .string(cells.sumPercent)),
                ("cumPercent", .string(cells.cumPercent)),
            ])
        }
        let document = JSONValue.object([
            ("kind", .string(isDiff ? "profile diff" : "profile")),
            ("title", .string(title)),
            ("sampleType", .string(top.sampleType.type)),
            ("unit", .string(top.sampleType.unit)),
            ("total", .integer(Int(top.total))),
            ("shownTotal", .integer(Int(top.shownTotal))),
            ("droppedNodes", .integer(top.droppedNodes)),
            ("nodes", .integer(top.nodesBeforeCount)),
            ("header", .array(ProfileTextWriter.headerLines(top).map(JSONValue.string))),
            ("rows", .array(rows)),
        ])
        text += JSONWriter.render(document)
    }
}

extension String {
    fileprivate func trimmingParentheses() -> String {
        var text = Substring(self)
        if text.first == "(" { text.removeFirst() }
        if text.last == ")" { text.removeLast() }
        return String(text)
    }
}
