/// A bare word with its span: a bound name, a ref, a sample type, a help topic.
package struct Word: Hashable, Sendable, CustomStringConvertible {
    package var text: String
    package var span: SourceSpan

    package init(_ text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    package var description: String { text }
}

/// A keyword chosen from a fixed set (`desc`, `markdown`, `lines` ...), with its span so
/// the evaluator can point at it.
package struct Keyword<Value>: Hashable, Sendable, CustomStringConvertible
where Value: RawRepresentable & Hashable & Sendable, Value.RawValue == String {
    package var value: Value
    package var span: SourceSpan

    package init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }

    package var description: String { value.rawValue }
}

/// `"..."`: text and `$name` parts, substituted only when evaluated.
package struct StringLiteral: Hashable, Sendable, CustomStringConvertible {
    package var parts: [StringPart]
    package var span: SourceSpan

    package init(_ parts: [StringPart], span: SourceSpan) {
        self.parts = parts
        self.span = span
    }

    /// The text when it has no interpolation, else `nil`.
    package var constant: String? {
        var text = ""
        for part in parts {
            guard case .literal(let literal) = part else { return nil }
            text += literal
        }
        return text
    }

    /// Quoted and escaped again; `${name}` keeps its braces only where a name byte follows.
    package var description: String {
        var result = "\""
        for (index, part) in parts.enumerated() {
            switch part {
            case .literal(let text):
                for scalar in text.unicodeScalars {
                    switch scalar {
                    case "\"": result += "\\\""
                    case "\\": result += "\\\\"
                    case "$": result += "\\$"
                    case "\n": result += "\\n"
                    case "\t": result += "\\t"
                    default: result.unicodeScalars.append(scalar)
                    }
                }
            case .variable(let name, _):
                var needsBraces = false
                if index + 1 < parts.count, case .literal(let next) = parts[index + 1], let first = next.utf8.first {
                    needsBraces = ByteClass.isNameByte(first)
                }
                result += needsBraces ? "${\(name)}" : "$\(name)"
            }
        }
        return result + "\""
    }
}

/// `/.../`. The pattern is the regexp itself: `\/` in the source is `/` here.
package struct RegexpLiteral: Hashable, Sendable, CustomStringConvertible {
    package var pattern: String
    package var span: SourceSpan

    package init(_ pattern: String, span: SourceSpan) {
        self.pattern = pattern
        self.span = span
    }

    package var description: String {
        "/" + pattern.replacingSlashes() + "/"
    }
}

extension String {
    /// Escapes each `/` not already escaped, so the pattern can stand between slashes.
    fileprivate func replacingSlashes() -> String {
        var result = ""
        var escaped = false
        for scalar in unicodeScalars {
            if scalar == "/", !escaped { result += "\\" }
            escaped = scalar == "\\" && !escaped
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

/// A number as written (`10`, `0.01`, `-5%`, `1.5ms`).
package struct NumberLiteral: Hashable, Sendable, CustomStringConvertible {
    package var value: NumberValue
    package var span: SourceSpan

    package init(_ value: NumberValue, span: SourceSpan) {
        self.value = value
        self.span = span
    }

    package var description: String { value.text }
}

/// Query or projection text in benchstat's own syntax, taken verbatim for BenchData to parse.
///
/// Byte `i` of `text` is byte `span.start + i` of the source, so an error offset reported by
/// the query parser maps straight back onto the script.
package struct RawText: Hashable, Sendable, CustomStringConvertible {
    package var text: String
    package var span: SourceSpan

    package init(_ text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    package var isEmpty: Bool { text.isEmpty }

    /// On one line: a query continued over lines prints with blanks for its line breaks.
    package var description: String {
        String(text.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}

/// What `focus`, `ignore`, `hide` and `show` take: a regexp, or a string holding one.
package enum PatternLiteral: Hashable, Sendable, CustomStringConvertible {
    case regexp(RegexpLiteral)
    case string(StringLiteral)

    package var span: SourceSpan {
        switch self {
        case .regexp(let regexp): return regexp.span
        case .string(let string): return string.span
        }
    }

    package var description: String {
        switch self {
        case .regexp(let regexp): return regexp.description
        case .string(let string): return string.description
        }
    }
}

/// A commit as `record`, `load commit` and `store import` name it: a bare ref (`HEAD~3`,
/// `v1.2.0`) or a string (`"$sha"`).
package enum CommitReference: Hashable, Sendable, CustomStringConvertible {
    case word(Word)
    case string(StringLiteral)

    package var span: SourceSpan {
        switch self {
        case .word(let word): return word.span
        case .string(let string): return string.span
        }
    }

    package var description: String {
        switch self {
        case .word(let word): return word.description
        case .string(let string): return string.description
        }
    }
}
