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
        if let profile = try applyProfileStage(stage, to: value) { return profile }
        switch stage.kind {
        case .filter(let query):
            return try filter(value, query: query)
        case .sort(let key, let order):
            guard let rowOrder = ComparisonResult.RowOrder(rawValue: key.value.rawValue) else {
                throw EvaluationError(
                    "a \(value.typeName) sorts by delta, p, name or base ('\(key.value.rawValue)' is for profiles)",
                    at: key.span)
            }
            let descending = order?.value == .desc
            if case .check(var check) = value {
                check.check = check.check.sortingRows(by: rowOrder, descending: descending)
                return .check(check)
            }
            var comparison = try comparisonValue(value, for: "sort", at: stage.span)
            comparison.rowOperations.append { $0.sortingRows(by: rowOrder, descending: descending) }
            comparison.result = comparison.result.sortingRows(by: rowOrder, descending: descending)
            return .comparison(comparison)
        case .top(let count):
            guard count.value.isInteger, let rows = Int(exactly: count.value.value), rows >= 0 else {
                throw EvaluationError("top takes a whole number of rows", at: count.span)
            }
            if case .check(var check) = value {
                check.check = check.check.keepingFirstRows(rows)
                return .check(check)
            }
            var comparison = try comparisonValue(value, for: "top", at: stage.span)
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
                "stage '\(stage.description.split(separator: " ").first ?? "")' applies to profiles, not to a \(value.typeName)",
                at: stage.span)
        case .threshold(let clauses):
            return try threshold(clauses, on: value, at: stage.span)
        case .notify(let url):
            try notify(value, url: url, at: stage.span)
            return value
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
                comparison.request.narrow(to: rest)
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
        case .check(var check):
            check.check = try filter(check, query: query)
            return .check(check)
        case .profile, .profileDiff:
            throw EvaluationError(
                "stage 'filter' does not apply to a \(value.typeName); use focus, ignore, hide or show", at: query.span)
        case .history:
            throw EvaluationError(
                "stage 'filter' does not apply to a history; give the query to history itself (history .name:Encode)",
                at: query.span)
        }
    }

    func resultFilter(_ text: String, in query: RawText) throws(EvaluationError) -> ResultFilter {
        do {
            return try ResultFilter(text.trimmingBlanks().isEmpty ? "*" : text)
        } catch {
            throw queryError(error, in: query, fallback: query.span)
        }
    }

    /// Writes `text` to `path`, replacing it; missing parent folders are created, so
    /// `report html "benchmark_results/report.html"` works in a fresh checkout.
    func writeFile(_ path: String, _ text: String, at span: SourceSpan) throws(EvaluationError) {
        var location = path
        if let currentDirectory, !path.hasPrefix("/") { location = currentDirectory + "/" + path }
        createParentFolders(of: location)
        guard let file = fopen(location, "w") else {
            throw EvaluationError("cannot write \(path): \(InputSource.errnoDescription(errno))", at: span)
        }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let failed = written != text.utf8.count || fclose(file) != 0
        if failed { throw EvaluationError("cannot write \(path): \(InputSource.errnoDescription(errno))", at: span) }
    }

    /// `mkdir -p` of the folder holding `path`; failures surface when the file is opened.
    private func createParentFolders(of path: String) {
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, part) in parts.enumerated() {
            prefix += (index == 0 ? "" : "/") + part
            if !prefix.isEmpty { mkdir(prefix, 0o755) }
        }
    }
}
