/// A parsed script: the statements that parsed, in order.
///
/// Every syntax node carries the span it came from and prints back as canonical source
/// (`description`): one statement per line, single blanks, clauses in a fixed order. Tests
/// compare that text, and the shell can echo what it understood.
package struct Script: Hashable, Sendable, CustomStringConvertible {
    package var statements: [Statement]
    package var span: SourceSpan

    package init(_ statements: [Statement], span: SourceSpan) {
        self.statements = statements
        self.span = span
    }

    package var description: String {
        statements.map(\.description).joined(separator: "\n")
    }
}

/// One statement of a script.
package struct Statement: Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// `NAME = pipeline`
        case assignment(name: Word, value: Pipeline)
        /// A pipeline evaluated and printed.
        case expression(Pipeline)
        /// `set NAME VALUE`
        case set(SetOption)
        /// `sets`: list the options and their values.
        case sets
        /// `help [WORD]`
        case help(topic: Word?)
        /// `source "path"`: run another script here.
        case source(StringLiteral)
        /// `exit [N]`
        case exit(code: NumberLiteral?)
    }

    package var kind: Kind
    package var span: SourceSpan

    package init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    package var description: String {
        switch kind {
        case .assignment(let name, let value): return "\(name) = \(value)"
        case .expression(let pipeline): return pipeline.description
        case .set(let option): return "set \(option)"
        case .sets: return "sets"
        case .help(let topic): return topic.map { "help \($0)" } ?? "help"
        case .source(let path): return "source \(path)"
        case .exit(let code): return code.map { "exit \($0)" } ?? "exit"
        }
    }
}

/// The options of `set`, each with the kind of value it takes. Checked while parsing, so a
/// misspelt option or value is a syntax error with a suggestion.
package enum SetOption: Hashable, Sendable, CustomStringConvertible {
    /// Significance level of the tests (benchstat's `-alpha`).
    case alpha(NumberLiteral)
    /// Confidence level of the intervals (benchstat's `-confidence`).
    case confidence(NumberLiteral)
    /// Whether a malformed input line is an error rather than a warning.
    case strict(Keyword<OnOff>)
    case color(Keyword<ColorChoice>)
    /// Multiple-comparison correction of p-values.
    case correction(Keyword<CorrectionMethod>)
    /// Where `record` and `load commit` keep results.
    case store(StringLiteral)

    /// The option names, in the order `sets` lists them.
    package static let names = ["alpha", "confidence", "strict", "color", "correction", "store"]

    package var description: String {
        switch self {
        case .alpha(let value): return "alpha \(value)"
        case .confidence(let value): return "confidence \(value)"
        case .strict(let value): return "strict \(value)"
        case .color(let value): return "color \(value)"
        case .correction(let value): return "correction \(value)"
        case .store(let path): return "store \(path)"
        }
    }
}

package enum OnOff: String, CaseIterable, Hashable, Sendable {
    case on, off
}

package enum ColorChoice: String, CaseIterable, Hashable, Sendable {
    case auto, on, off
}

package enum CorrectionMethod: String, CaseIterable, Hashable, Sendable {
    /// No correction: benchstat's numbers.
    case none
    /// Holm–Bonferroni.
    case holm
    /// Benjamini–Hochberg.
    case bh
}
