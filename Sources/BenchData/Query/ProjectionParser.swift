/// Parses the related projections of one report (`-table`, `-row`, `-col`, `-ignore`) so they
/// exclude one another's keys: a key named specifically in any of them is removed from the
/// group keys `.config` and `.fullname` of all of them, and of the residue.
///
/// The exclusions apply to every projection of the parser whatever the parse order, so parse
/// all of them before computing any key.
package final class ProjectionParser {
    private let exclusions = ProjectionExclusions()
    private var projectsConfiguration = false
    private var projectsFullName = false

    package init() {}

    /// Parses `text`. Fixed orders such as `/size@(1k 4k)` also filter: results with other
    /// values are dropped by `filter` (and get no key).
    package func parse(_ text: String, filter: ResultFilter) throws(QuerySyntaxError) -> Projection {
        let terms = try ProjectionSyntaxParser(text).parse()
        let projection = Projection(exclusions: exclusions)
        var requirements: [(QueryField, Set<ExactString>)] = []
        for term in terms {
            if let requirement = try add(term, to: projection, query: text) {
                requirements.append(requirement)
            }
        }
        filter.require(requirements)
        return projection
    }

    /// Like ``parse(_:filter:)``, with a last `.unit` field taking each measurement's unit
    /// (benchstat's `-table`).
    package func parseWithUnit(_ text: String, filter: ResultFilter) throws(QuerySyntaxError) -> Projection {
        let projection = try parse(text, filter: filter)
        projection.addUnitField()
        return projection
    }

    /// Whatever no projection covers: `.config` and/or `.fullname`, minus excluded keys. Two
    /// results with different residues were grouped although they differ in something.
    package func residue() -> Projection {
        let projection = Projection(exclusions: exclusions)
        if !projectsConfiguration { projection.addConfigurationGroup(ordering: .firstObserved) }
        if !projectsFullName { projection.addField(".fullname", source: .fullName, ordering: .firstObserved) }
        return projection
    }

    private func add(
        _ term: ProjectionTerm, to projection: Projection, query: String
    ) throws(QuerySyntaxError) -> (QueryField, Set<ExactString>)? {
        let ordering: Projection.Ordering
        switch term.order {
        case "first": ordering = .firstObserved
        case "alpha": ordering = .alphabetical
        case "num": ordering = .numeric
        case "fixed":
            var ranks: [ExactString: Int] = [:]
            for (rank, value) in term.fixedValues.enumerated() { ranks[ExactString(value)] = rank }
            ordering = .fixed(ranks)
        default:
            throw QuerySyntaxError(
                message: "unknown order \(QueryLexer.goQuoted(term.order))", query: query, offset: term.orderOffset)
        }
        let fixedValues: Set<ExactString>? =
            if case .fixed(let ranks) = ordering { Set(ranks.keys) } else { nil }

        switch term.key {
        case ".config":
            if fixedValues != nil {
                throw QuerySyntaxError(
                    message: "fixed order not allowed for .config", query: query, offset: term.orderOffset)
            }
            projectsConfiguration = true
            projection.addConfigurationGroup(ordering: ordering)
            return nil
        case ".fullname":
            projectsFullName = true
            projection.addField(".fullname", source: .fullName, ordering: ordering)
            return fixedValues.map { (.fullName, $0) }
        case ".unit":
            throw QuerySyntaxError(message: ".unit is only allowed in filters", query: query, offset: term.keyOffset)
        default:
            let field = QueryField(key: term.key)
            exclusions.exclude(field, key: term.key)
            if term.key.isEmpty {
                throw QuerySyntaxError(message: "key must not be empty", query: query, offset: term.keyOffset)
            }
            projection.addField(term.key, source: .field(field), ordering: ordering)
            return fixedValues.map { (field, $0) }
        }
    }
}
