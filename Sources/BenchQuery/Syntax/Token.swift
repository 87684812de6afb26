/// One token of benchq source, with the span it came from.
///
/// Literal tokens carry their decoded value, so the parser never looks at bytes again.
package struct Token: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        /// The end of a statement. Line breaks inside parentheses, after `|`, before a line
        /// that starts with `|`, or after a trailing `\` produce none.
        case newline
        case pipe
        case plus
        case equals
        case leftParenthesis
        case rightParenthesis
        case comma
        /// `"..."`, unescaped, with its `$name` interpolations kept apart.
        case string([StringPart])
        /// `/.../`; the pattern with `\/` turned into `/`.
        case regexp(String)
        case number(NumberValue)
        case word(String)
        /// Text that could not be lexed; the lexer has already reported why.
        case error
        case end
    }

    package var kind: Kind
    package var span: SourceSpan

    package init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The text of a word token, else `nil`.
    package var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    package var endsStatement: Bool {
        kind == .newline || kind == .end
    }
}

/// A piece of a string literal: text, or a variable substituted when the string is used.
///
/// The lexer does not substitute: `$name` comes from `-D` or the environment, which only the
/// evaluator knows, and an undefined name must be an error that points at the `$name`.
package enum StringPart: Hashable, Sendable {
    case literal(String)
    /// `$name` or `${name}`; the span covers the whole reference, `$` and braces included.
    case variable(name: String, span: SourceSpan)
}

/// A number as written, with its unit or percent sign.
package struct NumberValue: Hashable, Sendable, CustomStringConvertible {
    package enum Suffix: Hashable, Sendable {
        case none
        case percent
        /// A unit such as `ms`, `MB/s` or `KiB`, exactly as written.
        case unit(String)
    }

    /// The source text, kept so the number prints back as the user wrote it.
    package var text: String
    /// The number before any suffix: `10%` has value 10, `1.5ms` has value 1.5.
    package var value: Double
    package var suffix: Suffix

    package init(text: String, value: Double, suffix: Suffix) {
        self.text = text
        self.value = value
        self.suffix = suffix
    }

    /// Whether it is a plain whole number (`3`, not `3.0`, `3%` or `3ms`).
    package var isInteger: Bool {
        suffix == .none && !text.contains(".") && !text.contains("e") && !text.contains("E")
    }

    package var description: String { text }
}
