/// A `-filter` query compiled for evaluation (benchproc's `Filter`). `*` matches everything.
///
/// `.unit:` terms select individual measurements and match either the tidied or the original
/// unit (`.unit:ns/op` and `.unit:sec/op` both work); every other term keeps or drops a result
/// whole. Fixed orders in projections (`/size@(1k 4k)`) add terms here too.
package final class ResultFilter {
    private var root: Node

    indirect enum Node {
        case all
        case not(Node)
        case and([Node])
        case or([Node])
        /// A whole-result term on one field.
        case field(QueryField, FilterValueMatcher)
        /// A per-measurement `.unit:` term.
        case unit(FilterValueMatcher)
    }

    package init(_ query: String) throws(QuerySyntaxError) {
        let syntax = try FilterParser(query).parse()
        root = try Self.compile(syntax, query: query)
    }

    /// Which measurements of `result` pass.
    package func match(_ result: BenchmarkResult, in set: BenchmarkSet) -> MeasurementSelection {
        let count = Int(result.measurementEnd - result.measurementStart)
        return MeasurementSelection(count: count, outcome: evaluate(root, result, set))
    }

    /// Requires `field` to have one of `values`, ahead of the rest of the filter.
    func require(_ requirements: [(QueryField, Set<ExactString>)]) {
        guard !requirements.isEmpty else { return }
        root = .and(requirements.map { .field($0.0, FilterValueMatcher(oneOf: $0.1)) } + [root])
    }

    private static func compile(_ syntax: FilterSyntax, query: String) throws(QuerySyntaxError) -> Node {
        switch syntax {
        case .all:
            return .all
        case .not(let inner):
            return .not(try compile(inner, query: query))
        case .and(let terms):
            var nodes: [Node] = []
            for term in terms { nodes.append(try compile(term, query: query)) }
            return .and(nodes)
        case .or(let terms):
            var nodes: [Node] = []
            for term in terms { nodes.append(try compile(term, query: query)) }
            return .or(nodes)
        case .match(let key, let offset, let pattern):
            let matcher = FilterValueMatcher(pattern)
            if key == ".unit" { return .unit(matcher) }
            if key == ".config" {
                throw QuerySyntaxError(message: ".config is only allowed in projections", query: query, offset: offset)
            }
            if key.isEmpty {
                throw QuerySyntaxError(message: "key must not be empty", query: query, offset: offset)
            }
            return .field(QueryField(key: key), matcher)
        }
    }

    /// benchproc's rules: a false whole-result term ends a conjunction and a true one ends a
    /// disjunction; masks combine bitwise.
    private func evaluate(_ node: Node, _ result: BenchmarkResult, _ set: BenchmarkSet) -> FilterOutcome {
        switch node {
        case .all:
            return .whole(true)
        case .field(let field, let matcher):
            return .whole(matcher.matches(field.value(of: result, in: set)))
        case .unit(let matcher):
            let start = Int(result.measurementStart)
            var mask = MeasurementMask(count: Int(result.measurementEnd) - start)
            for index in start..<Int(result.measurementEnd) {
                let measurement = set.measurements[index]
                if matcher.matches(set.units[Int(measurement.unit)])
                    || matcher.matches(set.units[Int(measurement.originalUnit)])
                {
                    mask.insert(index - start)
                }
            }
            return .some(mask)
        case .not(let inner):
            switch evaluate(inner, result, set) {
            case .whole(let kept): return .whole(!kept)
            case .some(var mask):
                mask.invert()
                return .some(mask)
            }
        case .and(let terms):
            var combined: MeasurementMask?
            for term in terms {
                switch evaluate(term, result, set) {
                case .whole(false): return .whole(false)
                case .whole(true): continue
                case .some(let mask):
                    if combined == nil { combined = mask } else { combined!.formIntersection(mask) }
                }
            }
            return combined.map { .some($0) } ?? .whole(true)
        case .or(let terms):
            var combined: MeasurementMask?
            for term in terms {
                switch evaluate(term, result, set) {
                case .whole(true): return .whole(true)
                case .whole(false): continue
                case .some(let mask):
                    if combined == nil { combined = mask } else { combined!.formUnion(mask) }
                }
            }
            return combined.map { .some($0) } ?? .whole(false)
        }
    }
}

/// The value side of a filter term. Regexp verdicts are remembered per value: large inputs
/// repeat a few names and units many thousands of times.
final class FilterValueMatcher {
    private enum Kind {
        case literal(String)
        case regexp(GoRegex)
        case oneOf(Set<ExactString>)
    }

    private let kind: Kind
    private var verdicts: [ExactString: Bool] = [:]
    /// Consecutive results usually repeat a name (`-count=N`); checking the last value first
    /// skips hashing it.
    private var lastValue = ""
    private var lastVerdict: Bool?

    init(_ pattern: FilterSyntax.Pattern) {
        switch pattern {
        case .literal(let text): kind = .literal(text)
        case .regexp(let regex): kind = .regexp(regex)
        }
    }

    init(oneOf values: Set<ExactString>) {
        kind = .oneOf(values)
    }

    func matches(_ value: String) -> Bool {
        switch kind {
        case .literal(let text):
            return ExactString.bytesEqual(text, value)
        case .oneOf(let values):
            return values.contains(ExactString(value))
        case .regexp(let regex):
            if let lastVerdict, ExactString.bytesEqual(value, lastValue) { return lastVerdict }
            let key = ExactString(value)
            let verdict: Bool
            if let known = verdicts[key] {
                verdict = known
            } else {
                verdict = regex.matches(value)
                verdicts[key] = verdict
            }
            lastValue = value
            lastVerdict = verdict
            return verdict
        }
    }
}
