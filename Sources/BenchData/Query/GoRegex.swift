/// A regular expression written in Go's RE2 syntax, as `-filter` `key:/re/` terms use it.
///
/// Go and Swift disagree on details (`$` before a final newline, Unicode `\d`, `\v`, grapheme
/// matching), so the pattern is not handed to Swift as is: ``GoRegexTranslator`` checks it with
/// Go's rules, reporting Go's error wording, and rewrites it into an explicit Swift pattern.
/// Matching is unanchored (Go's `regexp.MatchString`).
package final class GoRegex {
    package let pattern: String
    private let regex: Regex<AnyRegexOutput>

    package init(_ pattern: String) throws(GoRegexSyntaxError) {
        self.pattern = pattern
        var translator = GoRegexTranslator(pattern)
        let swiftPattern = try translator.translate()
        do {
            regex = try Regex(swiftPattern)
                .matchingSemantics(.unicodeScalar)
                .wordBoundaryKind(.simple)
                .asciiOnlyWordCharacters()
        } catch {
            // The translator only emits syntax Swift understands; reaching this is our bug.
            throw GoRegexSyntaxError(code: "regexp/syntax: internal error", expression: pattern)
        }
    }

    package func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }
}

/// Go's `*syntax.Error`: an error code and the offending part of the expression.
package struct GoRegexSyntaxError: Error, Equatable {
    var code: String
    var expression: String

    package var message: String { "error parsing regexp: \(code): `\(expression)`" }

    static let missingParen = "missing closing )"
    static let unexpectedParen = "unexpected )"
    static let missingBracket = "missing closing ]"
    static let invalidEscape = "invalid escape sequence"
    static let invalidCharRange = "invalid character class range"
    static let invalidNamedCapture = "invalid named capture"
    static let invalidPerlOp = "invalid or unsupported Perl syntax"
    static let invalidRepeatOp = "invalid nested repetition operator"
    static let invalidRepeatSize = "invalid repeat count"
    static let missingRepeatArgument = "missing argument to repetition operator"
    static let trailingBackslash = "trailing backslash at end of expression"
}
