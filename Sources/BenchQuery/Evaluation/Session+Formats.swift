import BenchData

extension Session {
    /// Loads results from the paths (globs expanded), each in the format its content shows
    /// or in the one named after `format`. Malformed Go text lines are warnings (errors with
    /// `set strict on`); an aggregates-only file gets one warning.
    func loadResults(_ paths: [StringLiteral], format word: Word?) throws(EvaluationError) -> SetValue {
        var format: ResultFormat?
        if let word {
            guard let named = ResultFormat.named(word.text) else {
                let names = ResultFormat.allCases.map(\.rawValue)
                throw EvaluationError(
                    "unknown format '\(word.text)'", at: word.span,
                    notes: SpellingSuggestion.note(for: word.text, among: names)
                        + [.init("the formats are: \(names.joined(separator: ", "))")])
            }
            format = named
        }
        var inputs: [InputArgument] = []
        var spans: [SourceSpan] = []
        var patterns: [String] = []
        for literal in paths {
            let pattern = try interpolate(literal)
            patterns.append(pattern)
            let matches = pattern == "-" ? [pattern] : InputSource.expandGlob(pattern, relativeTo: currentDirectory)
            for path in matches {
                inputs.append(InputArgument(file: InputFile(label: path, path: path), isStandardInput: path == "-"))
                spans.append(literal.span)
            }
        }
        var warnings: [InputError] = []
        var notices: [String] = []
        let set: BenchmarkSet
        do {
            set = try ResultLoader.load(
                inputs, format: format, relativeTo: currentDirectory, warn: { warnings.append($0) },
                note: { notices.append($0) })
        } catch {
            let index = inputs.firstIndex { $0.file.path == error.path } ?? 0
            throw EvaluationError(
                "cannot load: \(error)", at: spans.isEmpty ? SourceSpan(start: 0, end: 0) : spans[index])
        }
        if let first = warnings.first, options.strict {
            let index = inputs.firstIndex { $0.file.path == first.file } ?? 0
            throw EvaluationError(
                "\(first)", at: spans[index], notes: [.init("malformed lines are errors with 'set strict on'")])
        }
        for warning in warnings { writeError("warning: \(warning)\n") }
        for notice in notices { writeError("warning: \(notice)\n") }
        let label = patterns.count == 1 ? patterns[0] : paths.map(\.description).joined(separator: " ")
        return SetValue(set: set, name: label)
    }
}
