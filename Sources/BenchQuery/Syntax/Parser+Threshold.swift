import BenchData

/// threshold = "threshold" { clause }
/// clause    = policy { policy } [ "for" RAW ]
/// policy    = metricKind PERCENT | UNIT PERCENT | "improvement" PERCENT | "assume" "exact"
///
/// A `for` query applies the policies written since the previous `for` to the benchmarks it
/// matches (the last match wins); it ends at the next policy word or `unit N%`, so several
/// can follow one another: `threshold latency 5% for .name:/A/ latency 2% for .name:/B/`.
extension Parser {
    mutating func thresholdClauses() throws(Failure) -> [ThresholdClause] {
        var clauses: [ThresholdClause] = []
        var policies: [ThresholdPolicy] = []
        while let word = current.word {
            if word == "for" {
                guard let first = policies.first else {
                    throw fail(
                        "'for' must follow the policies it limits", at: current.span,
                        notes: [Diagnostic.Note("for example: threshold latency 2% for .name:/^Critical/")])
                }
                let query = try rawClause(after: "for", stoppingAt: Keywords.thresholdStops, what: "a query")
                clauses.append(ThresholdClause(policies: policies, query: query, span: span(from: first.span.start)))
                policies = []
            } else {
                policies.append(try thresholdPolicy(word))
            }
        }
        if let first = policies.first {
            clauses.append(ThresholdClause(policies: policies, query: nil, span: span(from: first.span.start)))
        }
        return clauses
    }

    private mutating func thresholdPolicy(_ word: String) throws(Failure) -> ThresholdPolicy {
        let wordSpan = current.span
        advance()
        let kind: ThresholdPolicy.Kind
        if let metric = MetricKind(rawValue: word) {
            kind = .metric(Keyword(metric, span: wordSpan), try percentage(after: word))
        } else if word == "improvement" {
            kind = .improvement(try percentage(after: word))
        } else if word == "assume" {
            guard isWord("exact") else { throw unexpected("expected 'exact' after 'assume'") }
            advance()
            kind = .assumeExact
        } else if let suggestion = Self.misspeltPolicyWord(word) {
            throw fail(
                "unknown threshold policy '\(word)'", at: wordSpan,
                notes: [Diagnostic.Note("did you mean '\(suggestion)'?")])
        } else if case .number = current.kind {
            kind = .unit(Word(word, span: wordSpan), try percentage(after: word))
        } else {
            throw fail(
                "unknown threshold policy '\(word)'", at: wordSpan,
                notes: [
                    Diagnostic.Note(
                        "a policy is a metric kind (throughput, latency, memory, other) or a unit, then a percentage")
                ])
        }
        return ThresholdPolicy(kind, span: SourceSpan(start: wordSpan.start, end: previousEnd))
    }

    /// Any word followed by a percentage is a unit, but `latncy 5%` is far likelier a typo
    /// than a unit: units of more than one word part have a `/` (`sec/op`, `B/s`).
    private static func misspeltPolicyWord(_ word: String) -> String? {
        if word.contains("/") { return nil }
        return SpellingSuggestion.closest(to: word, among: ThresholdPolicy.keywords)
    }
}
