import BenchCompare

/// A status term of a filter on a check: `.status:regression`, `-.status:ok`,
/// `.status:(regression OR improvement)`. Like the numeric tests it is taken out of the query
/// and joined to the rest by AND.
struct StatusTest {
    var statuses: Set<CheckStatus>
    var negated: Bool

    func accepts(_ row: CheckRow) -> Bool {
        statuses.contains(row.status) != negated
    }

    /// Splits the status terms out of `query`; the rest keeps its length (terms blanked) so
    /// that error offsets in it still point into the query.
    static func split(_ query: RawText) throws(EvaluationError) -> (tests: [StatusTest], rest: RawText) {
        var bytes = Array(query.text.utf8)
        var tests: [StatusTest] = []
        let key = Array(".status:".utf8)
        var index = 0
        while index + key.count <= bytes.count {
            let atWordStart = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2D
            guard atWordStart, Array(bytes[index..<index + key.count]) == key else {
                index += 1
                continue
            }
            let negated = index > 0 && bytes[index - 1] == 0x2D
            let start = negated ? index - 1 : index
            var end = index + key.count
            var words: [String] = []
            if end < bytes.count, bytes[end] == 0x28 {
                guard let close = bytes[end...].firstIndex(of: 0x29) else {
                    throw error("unclosed '(' in a status test", query, start, bytes.count)
                }
                words = String(decoding: bytes[(end + 1)..<close], as: UTF8.self).split(separator: " ")
                    .map(String.init).filter { $0 != "OR" }
                end = close + 1
            } else {
                let stop = bytes[end...].firstIndex(of: 0x20) ?? bytes.count
                words = [String(decoding: bytes[end..<stop], as: UTF8.self)]
                end = stop
            }
            var statuses: Set<CheckStatus> = []
            for word in words {
                guard let status = CheckStatus(rawValue: word) else {
                    throw error(
                        "unknown status '\(word)'; a status is one of "
                            + CheckStatus.allCases.map(\.rawValue).joined(separator: ", "), query, start, end)
                }
                statuses.insert(status)
            }
            tests.append(StatusTest(statuses: statuses, negated: negated))
            for blank in start..<end { bytes[blank] = 0x20 }
            index = end
        }
        return (tests, RawText(String(decoding: bytes, as: UTF8.self), span: query.span))
    }

    private static func error(_ message: String, _ query: RawText, _ start: Int, _ end: Int) -> EvaluationError {
        EvaluationError(message, at: SourceSpan(start: query.span.start + start, end: query.span.start + end))
    }
}
