import BenchCompare
import BenchData

extension Session {
    /// Evaluates a pipeline: its source, then each stage in turn.
    func evaluate(_ pipeline: Pipeline, in source: SourceFile) throws(EvaluationError) -> Value {
        var value = try evaluate(pipeline.source, in: source)
        for stage in pipeline.stages {
            if isInterrupted() { throw EvaluationError("interrupted", at: stage.span) }
            value = try apply(stage, to: value)
        }
        return value
    }

    func evaluate(_ operand: Operand, in source: SourceFile) throws(EvaluationError) -> Value {
        switch operand.kind {
        case .name(let name):
            guard let value = variables[name.text] else {
                throw EvaluationError(
                    "unknown name '\(name.text)'", at: name.span,
                    notes: SpellingSuggestion.note(for: name.text, among: Array(variables.keys)))
            }
            return value
        case .path(let path):
            return .set(try load([path]))
        case .group(let pipeline):
            return try evaluate(pipeline, in: source)
        case .pool(let operands):
            var pooled = BenchmarkSet()
            for operand in operands {
                pooled.append(contentsOf: try set(of: operand, in: source).set)
            }
            return .set(SetValue(set: pooled, name: operand.description))
        case .source(let kind):
            return try evaluate(kind, at: operand.span, in: source)
        }
    }

    /// The set an operand stands for (a name bound to a set, a path, a pipeline giving one).
    func set(of operand: Operand, in source: SourceFile) throws(EvaluationError) -> SetValue {
        let value = try evaluate(operand, in: source)
        guard case .set(var set) = value else {
            throw EvaluationError("expected a set here, but this is a \(value.typeName)", at: operand.span)
        }
        if case .name(let name) = operand.kind { set.name = name.text }
        if set.name.isEmpty { set.name = operand.description }
        return set
    }

    private func evaluate(_ source: Source, at span: SourceSpan, in file: SourceFile) throws(EvaluationError) -> Value {
        switch source {
        case .load(let load):
            return .set(try loadResults(load.paths, format: load.format))
        case .compare(let compare):
            return try self.compare(compare, in: file)
        case .scaling(let scaling):
            let set = try set(of: scaling.operand, in: file)
            var analysis = ScalingAnalysis()
            analysis.options = ComparisonOptions(alpha: options.alpha, confidence: options.confidence)
            if let columns = scaling.columns { analysis.key = columns.text.trimmingBlanks() }
            do {
                return .scaling(ScalingValue(key: analysis.key, tables: try analysis.analyze(set.set)))
            } catch {
                switch error {
                case .clause(let clause):
                    throw queryError(clause.error, in: scaling.columns, fallback: span)
                case .level(let level):
                    throw EvaluationError(
                        "scaling needs numbers as values of \(level.key), but found '\(level.value)'",
                        at: scaling.columns?.span ?? span)
                }
            }
        case .loadCommit, .record, .storeImport, .history:
            return try evaluateStoreSource(source, at: span)
        case .profile(let profile):
            return try self.profile(profile)
        case .profileDiff(let diff):
            return try profileDiff(diff)
        }
    }

    private func compare(_ compare: CompareSource, in file: SourceFile) throws(EvaluationError) -> Value {
        var sets: [(name: String, set: BenchmarkSet)] = []
        for operand in compare.operands {
            let value = try set(of: operand, in: file)
            sets.append((value.name, value.set))
        }
        var request = SetComparison()
        request.options = ComparisonOptions(alpha: options.alpha, confidence: options.confidence)
        if let rows = compare.rows { request.rows = rows.text }
        if let tables = compare.tables { request.tables = tables.text }
        if let ignored = compare.ignored { request.ignore = ignored.text }
        // The parser requires `across` when there is one set.
        if let columns = compare.columns { request.columns = columns.text }
        do {
            let result = try request.compare(sets)
            return .comparison(ComparisonValue(sets: sets, request: request, rowOperations: [], result: result))
        } catch {
            let clause: RawText? =
                switch error.clause {
                case .rows: compare.rows
                case .columns: compare.columns
                case .tables: compare.tables
                case .ignore: compare.ignored
                case .filter: nil
                }
            throw queryError(error.error, in: clause, fallback: compare.span)
        }
    }

    /// Loads results from the paths (globs expanded), detecting each file's format.
    func load(_ paths: [StringLiteral]) throws(EvaluationError) -> SetValue {
        try loadResults(paths, format: nil)
    }

    /// The text of a string literal with `$name` and `${name}` replaced: definitions from
    /// `-D` first, then the environment. An undefined name is an error, never "".
    func interpolate(_ literal: StringLiteral) throws(EvaluationError) -> String {
        var text = ""
        for part in literal.parts {
            switch part {
            case .literal(let literal): text += literal
            case .variable(let name, let span):
                guard let value = definitions[name] ?? environment[name] else {
                    throw EvaluationError(
                        "$\(name) is not defined", at: span,
                        notes: [.init("define it with -D \(name)=VALUE or in the environment")])
                }
                text += value
            }
        }
        return text
    }

    /// A filter or projection error, placed at its offset inside the clause when known.
    func queryError(_ error: QuerySyntaxError, in clause: RawText?, fallback: SourceSpan) -> EvaluationError {
        guard let clause else { return EvaluationError(error.message, at: fallback) }
        let start = min(clause.span.start + error.offset, clause.span.end)
        return EvaluationError(error.message, at: SourceSpan(start: start, end: start))
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
