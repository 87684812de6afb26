import BenchCompare

extension JSONValue {
    /// A cell's statistics and values as the JSON reports write them (`benchq.check/1`,
    /// `benchq.comparison/1`); null where the benchmark is missing or new.
    static func cell(_ cell: TableCell?, display: String) -> JSONValue {
        guard let cell else { return .null }
        return .object([
            ("center", .number(cell.summary.center)),
            ("lower", .number(cell.summary.lower)),
            ("upper", .number(cell.summary.upper)),
            ("confidence", .number(cell.summary.confidence)),
            ("n", .integer(cell.values.count)),
            ("values", .array(cell.values.map(JSONValue.number))),
            ("display", .string(display)),
        ])
    }
}
