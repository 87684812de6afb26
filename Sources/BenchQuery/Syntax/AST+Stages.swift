import BenchData

/// One stage after a `|` (LANGUAGE.md §3).
package struct Stage: Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// benchstat's filter language, kept raw.
        case filter(RawText)
        case sort(key: Keyword<SortKey>, order: Keyword<SortOrder>?)
        case top(NumberLiteral)
        /// pprof's `-focus`, `-ignore`, `-hide`, `-show`.
        case focus(PatternLiteral)
        case ignore(PatternLiteral)
        case hide(PatternLiteral)
        case show(PatternLiteral)
        case threshold([ThresholdClause])
        case report(format: Keyword<ReportFormat>, path: StringLiteral?)
        case save(StringLiteral)
        case notify(StringLiteral)
    }

    package var kind: Kind
    package var span: SourceSpan

    package init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    package static let keywords = [
        "filter", "sort", "top", "focus", "ignore", "hide", "show", "threshold", "report", "save", "notify",
    ]

    package var description: String {
        switch kind {
        case .filter(let query): return "filter \(query)"
        case .sort(let key, let order): return "sort \(key)" + (order.map { " \($0)" } ?? "")
        case .top(let count): return "top \(count)"
        case .focus(let pattern): return "focus \(pattern)"
        case .ignore(let pattern): return "ignore \(pattern)"
        case .hide(let pattern): return "hide \(pattern)"
        case .show(let pattern): return "show \(pattern)"
        case .threshold(let clauses): return (["threshold"] + clauses.map(\.description)).joined(separator: " ")
        case .report(let format, let path): return "report \(format)" + (path.map { " \($0)" } ?? "")
        case .save(let path): return "save \(path)"
        case .notify(let url): return "notify \(url)"
        }
    }
}

package enum SortKey: String, CaseIterable, Hashable, Sendable {
    case delta, p, name, base, flat, cum
}

package enum SortOrder: String, CaseIterable, Hashable, Sendable {
    case asc, desc
}

package enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    case text, markdown, html, json, csv
}

/// Policy words, optionally limited to the benchmarks a query matches:
/// `latency 2% for .name:/^Critical/`. Without `for` they apply to every benchmark.
package struct ThresholdClause: Hashable, Sendable, CustomStringConvertible {
    package var policies: [ThresholdPolicy]
    package var query: RawText?
    package var span: SourceSpan

    package init(policies: [ThresholdPolicy], query: RawText?, span: SourceSpan) {
        self.policies = policies
        self.query = query
        self.span = span
    }

    package var description: String {
        (policies.map(\.description) + (query.map { ["for", $0.description] } ?? [])).joined(separator: " ")
    }
}

/// One policy word of `threshold` with its argument.
package struct ThresholdPolicy: Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// `throughput 10%`: the limit for a whole kind of metric.
        case metric(Keyword<MetricKind>, NumberLiteral)
        /// `sec/op 3%`: the limit for one unit.
        case unit(Word, NumberLiteral)
        /// `improvement 5%`: how much better counts as an improvement.
        case improvement(NumberLiteral)
        /// `assume exact`: skip the test, as for units with `assume=exact` metadata.
        case assumeExact
    }

    package var kind: Kind
    package var span: SourceSpan

    package init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    package static let keywords = ["throughput", "latency", "memory", "other", "improvement", "assume", "for"]

    package var description: String {
        switch kind {
        case .metric(let metric, let limit): return "\(metric) \(limit)"
        case .unit(let unit, let limit): return "\(unit) \(limit)"
        case .improvement(let limit): return "improvement \(limit)"
        case .assumeExact: return "assume exact"
        }
    }
}
