import BenchCompare
import BenchData
import BenchStats

extension Session {
    /// Runs one statement; returns an outcome when it ends the run (`exit`, a failed `source`).
    func execute(_ statement: Statement, in source: SourceFile) throws(EvaluationError) -> Outcome? {
        switch statement.kind {
        case .assignment(let name, let pipeline):
            var value = try evaluate(pipeline, in: source)
            if case .set(var set) = value {
                set.name = name.text
                value = .set(set)
            }
            bind(name.text, value)
        case .expression(let pipeline):
            let value = try evaluate(pipeline, in: source)
            // A pipeline that ends in `report` or `save` has already written what it made.
            if let last = pipeline.stages.last, case .report = last.kind { return nil }
            if let last = pipeline.stages.last, case .save = last.kind { return nil }
            let text = try render(value, format: .text, at: pipeline.span)
            // Printed values are separated by a blank line, as benchstat separates tables.
            write(hasPrinted ? "\n" + text : text)
            hasPrinted = true
        case .set(let option):
            try apply(option)
        case .sets:
            write(listing())
        case .help(let topic):
            try help(topic)
        case .source(let path):
            return try runSourced(path, in: source)
        case .exit(let code):
            guard let code else { return .exit(0) }
            guard code.value.isInteger, let status = Int32(exactly: code.value.value), (0...255).contains(status)
            else {
                throw EvaluationError("exit takes a status from 0 to 255", at: code.span)
            }
            return .exit(status)
        }
        return nil
    }

    private func apply(_ option: SetOption) throws(EvaluationError) {
        switch option {
        case .alpha(let number):
            options.alpha = try probability(number, "alpha")
        case .confidence(let number):
            options.confidence = try probability(number, "confidence")
        case .strict(let choice):
            options.strict = choice.value == .on
        case .color(let choice):
            options.color = choice.value
        case .correction(let method):
            options.correction = PValueCorrection(rawValue: method.value.rawValue) ?? .none
        case .store(let path):
            options.storePath = try interpolate(path)
        }
    }

    private func probability(_ number: NumberLiteral, _ name: String) throws(EvaluationError) -> Double {
        var value = number.value.value
        if case .percent = number.value.suffix { value /= 100 }
        guard case .none = number.value.suffix, (0...1).contains(value) else {
            if case .percent = number.value.suffix, (0...1).contains(value) { return value }
            throw EvaluationError("\(name) must be a number from 0 to 1", at: number.span)
        }
        return value
    }

    private func listing() -> String {
        guard !variables.isEmpty else { return "no names are bound yet; try: old = load \"old.txt\"\n" }
        let width = variables.keys.map(\.count).max() ?? 0
        return variables.keys.sorted().map { name in
            let padding = String(repeating: " ", count: width - name.count)
            return "\(name)\(padding)  \(variables[name]?.summary ?? "")\n"
        }.joined()
    }

    private func help(_ topic: Word?) throws(EvaluationError) {
        guard let topic else {
            write(HelpTopics.overview)
            return
        }
        guard let text = HelpTopics.text(for: topic.text) else {
            throw EvaluationError(
                "no help on '\(topic.text)'", at: topic.span,
                notes: SpellingSuggestion.note(for: topic.text, among: HelpTopics.all.map(\.name)))
        }
        write(text)
    }

    private func runSourced(_ path: StringLiteral, in source: SourceFile) throws(EvaluationError) -> Outcome? {
        let file = try interpolate(path)
        let bytes: [UInt8]
        do {
            bytes = try InputSource.readAll(path: file, relativeTo: currentDirectory)
        } catch {
            throw EvaluationError("cannot run \(file): \(error)", at: path.span)
        }
        let sourced = SourceFile(name: file, text: String(decoding: bytes, as: UTF8.self))
        switch run(sourced) {
        case .completed: return nil
        case let outcome: return outcome
        }
    }
}
