import BenchCompare
import BenchData
import BenchReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    func apply(_ stage: Stage, to value: Value) throws(EvaluationError) -> Value {
        switch stage.kind {
        case .filter(let query):
            return try filter(value, query: query)
        case .sort(let key, let order):
            var comparison = try comparisonValue(value, for: "sort", at: stage.span)
            guard let rowOrder = ComparisonResult.RowOrder(rawValue: key.value.rawValue) else {
                throw EvaluationError(
                    "a comparison sorts by delta, p, name or base ('\(key.value.rawValue)' is for profiles)",
                    at: key.span)
            }
            let descending = order?.value == .desc
            comparison.rowOperations.append { $0.sortingRows(by: rowOrder, descending: descending) }
            comparison.result = comparison.result.sortingRows(by: rowOrder, descending: descending)
            return .comparison(comparison)
        case .top(let count):
            var comparison = try comparisonValue(value, for: "top", at: stage.span)
            guard count.value.isInteger, let rows = Int(exactly: count.value.value), rows >= 0 else {
                throw EvaluationError("top takes a whole number of rows", at: count.span)
            }
            comparison.rowOperations.append { $0.keepingFirstRows(rows) }
            comparison.result = comparison.result.keepingFirstRows(rows)
            return .comparison(comparison)
        case .report(let format, let path):
            let text = try render(value, format: format.value, at: format.span)
            if let path {
                try writeFile(try interpolate(path), text, at: path.span)
            } else {
                write(text)
            }
            return value
        case .save(let path):
            guard case .set(let set) = value else {
                throw EvaluationError("stage 'save' applies to a set, not to a \(value.typeName)", at: stage.span)
            }
            var text = ""
            GoBenchWriter.write(set.set, to: &text)
            try writeFile(try interpolate(path), text, at: path.span)
            return value
        case .focus, .ignore, .hide, .show:
            throw EvaluationError(
                "stage '\(stage.description.split(separator: " ").first ?? "")' applies to profiles, which are not available yet",
                at: stage.span)
        case .threshold:
            throw EvaluationError("stage 'threshold' is not available yet in this version of benchq", at: stage.span)
        case .notify:
            throw EvaluationError("stage 'notify' is not available yet in this version of benchq", at: stage.span)
        }
    }

    private func comparisonValue(_ value: Value, for stage: String, at span: SourceSpan) throws(EvaluationError)
        -> ComparisonValue
    {
        guard case .comparison(let comparison) = value else {
            throw EvaluationError(
                "stage '\(stage)' applies to a comparison, not to a \(value.typeName)", at: span,
                notes: [.init("compare sets first, e.g. compare old new | \(stage) ...")])
        }
        return comparison
    }

    /// `filter` on a set keeps matching results; on a comparison it also takes `.delta` and
    /// `.p` tests (joined to the rest by AND) and redoes the comparison on what is kept.
    private func filter(_ value: Value, query: RawText) throws(EvaluationError) -> Value {
        switch value {
        case .set(var set):
            set.set = set.set.filtered(by: try resultFilter(query.text, in: query))
            return .set(set)
        case .comparison(var comparison):
            let (tests, rest) = try ComparisonTest.split(query)
            if !rest.trimmingBlanks().isEmpty {
                _ = try resultFilter(rest, in: query)
                let existing = comparison.request.filter
                comparison.request.filter = existing == "*" ? rest : "(\(existing)) (\(rest))"
                do {
                    try comparison.recompute()
                } catch {
                    throw queryError(error.error, in: query, fallback: query.span)
                }
            }
            for test in tests {
                comparison.rowOperations.append { $0.filteringRows(test.accepts) }
                comparison.result = comparison.result.filteringRows(test.accepts)
            }
            return .comparison(comparison)
        case .scaling:
            throw EvaluationError(
                "stage 'filter' does not apply to a scaling comparison; filter the set before 'scaling'",
                at: query.span)
        case .history:
            throw EvaluationError(
                "stage 'filter' does not apply to a history; give the query to history itself (history .name:Encode)",
                at: query.span)
        }
    }

    private func resultFilter(_ text: String, in query: RawText) throws(EvaluationError) -> ResultFilter {
        do {
            return try ResultFilter(text.trimmingBlanks().isEmpty ? "*" : text)
        } catch {
            throw queryError(error, in: query, fallback: query.span)
        }
    }

    /// The value as a report: benchstat's text or CSV layouts.
    func render(_ value: Value, format: ReportFormat, at span: SourceSpan) throws(EvaluationError) -> String {
        if case .history(let history) = value { return renderHistory(history, format: format) }
        guard format == .text || format == .csv else {
            throw EvaluationError("report \(format.rawValue) is not available yet in this version of benchq", at: span)
        }
        let result: ComparisonResult
        switch value {
        case .set(let set):
            var request = SetComparison()
            request.options = ComparisonOptions(alpha: options.alpha, confidence: options.confidence)
            do {
                result = try request.compare([(set.name, set.set)])
            } catch {
                throw EvaluationError(error.error.message, at: span)
            }
        case .comparison(let comparison):
            result = comparison.result
        case .scaling(let scaling):
            guard format == .text else {
                throw EvaluationError("a scaling comparison can be reported as text only", at: span)
            }
            var text = ""
            ScalingTextWriter.write(scaling.tables, key: scaling.key, to: &text)
            return text
        case .history(let history):
            return renderHistory(history, format: format)
        }
        var text = ""
        if format == .csv {
            var warnings = ""
            BenchstatCSVWriter.write(result, to: &text, warnings: &warnings)
            writeError(warnings)
        } else {
            BenchstatTextWriter.write(result, to: &text)
        }
        return text
    }

    /// Writes `text` to `path`, replacing it.
    func writeFile(_ path: String, _ text: String, at span: SourceSpan) throws(EvaluationError) {
        var location = path
        if let currentDirectory, !path.hasPrefix("/") { location = currentDirectory + "/" + path }
        guard let file = fopen(location, "w") else {
            throw EvaluationError("cannot write \(path): \(InputSource.errnoDescription(errno))", at: span)
        }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let failed = written != text.utf8.count || fclose(file) != 0
        if failed { throw EvaluationError("cannot write \(path): \(InputSource.errnoDescription(errno))", at: span) }
    }
}
