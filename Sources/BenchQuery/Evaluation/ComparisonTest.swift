import BenchCompare

/// A numeric test on a comparison row: `.delta>5%`, `.delta<-10%`, `.p<0.01`, `.p<=0.05`.
///
/// These terms are benchq's addition to benchstat's filter language. They are taken out of
/// the query (at its top level, where terms are joined by AND) and the rest goes to
/// benchstat's filter.
struct ComparisonTest {
    enum Field: String { case delta, p }
    enum Relation: String {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    var field: Field
    var relation: Relation
    /// As a fraction for `.delta` (5% is 0.05).
    var limit: Double

    func accepts(_ row: ComparisonResult.RowMetrics) -> Bool {
        guard let value = field == .delta ? row.delta : row.p else { return false }
        switch relation {
        case .less: return value < limit
        case .lessOrEqual: return value <= limit
        case .greater: return value > limit
        case .greaterOrEqual: return value >= limit
        }
    }

    /// Splits a query into its numeric tests and the remaining benchstat query, of the same
    /// length with the tests blanked out.
    static func split(_ query: RawText) throws(EvaluationError) -> (tests: [ComparisonTest], rest: String) {
        var tests: [ComparisonTest] = []
        var rest: [Substring] = []
        var offset = 0
        for word in query.text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += word.utf8.count + 1 }
            guard word.hasPrefix(".delta") || word.hasPrefix(".p<") || word.hasPrefix(".p>") else {
                rest.append(word)
                continue
            }
            let start = query.span.start + offset
            let span = SourceSpan(start: start, end: start + word.utf8.count)
            guard let test = parse(word) else {
                throw EvaluationError(
                    "expected a test like .delta>5%, .delta<-10% or .p<0.01", at: span,
                    notes: [.init("numeric tests are joined to the rest of the query by AND")])
            }
            tests.append(test)
            // Blanked rather than removed, so that offsets in the rest still match the query
            // (a syntax error in it is placed under the right character).
            rest.append(Substring(String(repeating: " ", count: word.utf8.count)))
        }
        return (tests, rest.joined(separator: " "))
    }

    private static func parse(_ word: Substring) -> ComparisonTest? {
        let field: Field = word.hasPrefix(".delta") ? .delta : .p
        var rest = word.dropFirst(field == .delta ? 6 : 2)
        let relation: Relation
        if rest.hasPrefix("<=") {
            relation = .lessOrEqual
        } else if rest.hasPrefix(">=") {
            relation = .greaterOrEqual
        } else if rest.hasPrefix("<") {
            relation = .less
        } else if rest.hasPrefix(">") {
            relation = .greater
        } else {
            return nil
        }
        rest = rest.dropFirst(relation.rawValue.count)
        var scale = 1.0
        if rest.hasSuffix("%") {
            rest = rest.dropLast()
            scale = 0.01
        } else if field == .delta {
            return nil  // a change is always a percentage
        }
        guard let number = Double(rest) else { return nil }
        return ComparisonTest(field: field, relation: relation, limit: number * scale)
    }
}
