import BenchCompare
import BenchData
import BenchReport
import BenchStats

extension Session {
    /// `threshold [POLICY...]`: judges a comparison against the default policy changed by the
    /// clauses, in order. A regression found here decides the exit status even if later
    /// stages filter it out of what is shown.
    func threshold(_ clauses: [ThresholdClause], on value: Value, at span: SourceSpan) throws(EvaluationError)
        -> Value
    {
        guard case .comparison(let comparison) = value else {
            throw EvaluationError(
                "stage 'threshold' applies to a comparison, not to a \(value.typeName)", at: span,
                notes: [.init("compare sets first, e.g. compare base head | threshold")])
        }
        var adjustments: [PolicyAdjustment] = []
        for clause in clauses {
            var adjustment = try policyAdjustment(clause)
            if let query = clause.query {
                adjustment.rows = try rowIdentities(of: comparison, matching: query)
            }
            adjustments.append(adjustment)
        }
        let settings = Check.Settings(
            alpha: options.alpha, confidence: options.confidence, correction: options.correction,
            adjustments: adjustments)
        var metadata = UnitMetadataTable()
        var aggregateColumns: Set<String> = []
        for (name, set) in comparison.sets {
            metadata.merge(set.unitMetadata)
            if set.files.contains(where: \.aggregatesOnly) { aggregateColumns.insert(name) }
        }
        if !aggregateColumns.isEmpty && comparison.request.columns.trimmingBlanks() != ".set" {
            // Columns are not the sets: any column may hold aggregated values.
            for table in comparison.result.tables {
                for column in table.columns {
                    aggregateColumns.insert(comparison.result.columnProjection.label(of: column))
                }
            }
        }
        let check = Check(
            judging: comparison.result, settings: settings, unitMetadata: metadata,
            aggregateColumns: aggregateColumns)
        if check.hasRegression { regressionsFound += check.regressionCount }
        if !check.rows.contains(where: { $0.baseline != nil && $0.new != nil }) {
            let keys = ConfigurationDifference.keysSeparating(comparison.sets.map(\.set))
            var message = "warning: threshold: no benchmark was measured in both the baseline and another set"
            let names = comparison.names
            if let repeated = names.first(where: { name in names.count(where: { $0 == name }) > 1 }) {
                message += "; two sets are named \(repeated), so they form one column: "
                message += "bind them to different names (a = load ...) and compare those"
            } else if !keys.isEmpty {
                message += "; the sets differ in \(keys.joined(separator: ", ")), which splits their tables: "
                message += "add 'ignore \(keys.joined(separator: ","))' to compare"
            }
            writeError(message + "\n")
        }
        return .check(CheckValue(comparison: comparison, check: check))
    }

    private func policyAdjustment(_ clause: ThresholdClause) throws(EvaluationError) -> PolicyAdjustment {
        var adjustment = PolicyAdjustment(text: clause.description)
        for policy in clause.policies {
            switch policy.kind {
            case .metric(let kind, let limit):
                adjustment.kindLimits[kind.value] = try fraction(limit, for: kind.value)
            case .unit(let unit, let limit):
                adjustment.unitLimits[tidyUnit(unit.text).unit] = try fraction(limit, for: nil)
            case .improvement(let limit):
                adjustment.improvement = try fraction(limit, for: nil)
            case .assumeExact:
                adjustment.assumeExact = true
            }
        }
        return adjustment
    }

    /// A limit as a positive fraction. The sign may be written to say which way is worse, but
    /// it must then agree with the kind: throughput regresses downwards, the others upwards.
    private func fraction(_ limit: NumberLiteral, for kind: MetricKind?) throws(EvaluationError) -> Double {
        let value = limit.value.value
        guard value.isFinite else { throw EvaluationError("a limit must be a finite percentage", at: limit.span) }
        if let kind, value != 0 {
            let worseIsDown = kind == .throughput
            let written = limit.value.text.hasPrefix("-") ? -1.0 : limit.value.text.hasPrefix("+") ? 1 : 0
            if written != 0 && (written < 0) != worseIsDown {
                let magnitude = limit.value.text.drop { $0 == "+" || $0 == "-" }
                throw EvaluationError(
                    "\(kind.rawValue) regresses when it \(worseIsDown ? "falls" : "rises"); the limit's sign says otherwise",
                    at: limit.span,
                    notes: [.init("write \(kind.rawValue) \(worseIsDown ? "-" : "+")\(magnitude) or just \(magnitude)")]
                )
            }
        }
        return value.magnitude / 100
    }

    /// The rows of `comparison` that results matching `query` fall into: the comparison is
    /// redone on the matching results and its rows named as the check names them.
    func rowIdentities(of comparison: ComparisonValue, matching query: RawText) throws(EvaluationError)
        -> Set<RowIdentity>
    {
        var request = comparison.request
        request.narrow(to: query.text)
        let result: ComparisonResult
        do {
            result = try request.compare(comparison.sets)
        } catch {
            throw queryError(error.error, in: query, fallback: query.span)
        }
        var identities: Set<RowIdentity> = []
        for (index, table) in result.tables.enumerated() {
            let label = result.tableLabel(index)
            for row in table.rows {
                identities.insert(RowIdentity(table: label, unit: table.unit, row: result.rowProjection.label(of: row)))
            }
        }
        return identities
    }
}

/// A check, with the comparison it judged.
package struct CheckValue {
    package var comparison: ComparisonValue
    package var check: Check
}

extension Session {
    /// `filter` on a check: status terms, `.delta`/`.p` tests, and benchstat's filter for the
    /// rest. It narrows the rows shown; the verdicts stay as judged.
    func filter(_ value: CheckValue, query: RawText) throws(EvaluationError) -> Check {
        let (statusTests, withoutStatus) = try StatusTest.split(query)
        let (tests, rest) = try ComparisonTest.split(withoutStatus)
        var identities: Set<RowIdentity>?
        if !rest.trimmingBlanks().isEmpty {
            identities = try rowIdentities(of: value.comparison, matching: RawText(rest, span: query.span))
        }
        let check = value.check
        return check.filteringRows { row in
            statusTests.allSatisfy { $0.accepts(row) }
                && tests.allSatisfy { $0.accepts(check.metrics(of: row)) }
                && (identities?.contains(row.identity) ?? true)
        }
    }
}

extension Session {
    /// `notify "URL"`: posts a summary of a check or comparison. A failed post (or an empty
    /// URL, as when a CI secret is not set) is a warning; it never stops the script or changes
    /// its verdict.
    func notify(_ value: Value, url: StringLiteral, at span: SourceSpan) throws(EvaluationError) {
        let body: String
        switch value {
        case .check(let check):
            body = WebhookMessage.body(for: check.check, title: check.comparison.names.joined(separator: " vs "))
        case .comparison(let comparison):
            body = WebhookMessage.body(for: comparison.result, title: comparison.names.joined(separator: " vs "))
        default:
            throw EvaluationError(
                "stage 'notify' applies to a check or a comparison, not to a \(value.typeName)", at: span)
        }
        let address = try interpolate(url).trimmingBlanks()
        guard !address.isEmpty else {
            writeError("warning: notify: the webhook URL is empty; nothing was posted\n")
            return
        }
        guard let webhookPoster else {
            writeError("warning: notify: this session cannot post webhooks; nothing was posted\n")
            return
        }
        do {
            try webhookPoster.post(body, to: address)
        } catch {
            writeError("warning: notify: the post failed: \(error)\n")
        }
    }
}
