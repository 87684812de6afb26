/// Supplies Tab completions to a `LineEditor`.
///
/// `cursor` counts the line's Unicode scalars before the cursor (libedit edits wide characters, so
/// that is its unit). The answer is a list of whole replacement words for the word under the cursor,
/// as `CompletionWord` delimits it: `["compare"]` for `comp`, not `["are"]`.
package protocol CompletionProvider {
    func completions(for line: String, cursor: Int) -> [String]
}

/// The word a completion replaces: from just after the last word-break character before the
/// cursor, up to the cursor.
package struct CompletionWord: Equatable, Sendable {
    /// Blanks and the language's punctuation. `:` is not among them, so `.name:Bench` is one word
    /// (a filter key and the start of its value); `"` is, so a path inside a string is a word.
    package static let breakCharacters: Set<Unicode.Scalar> = [
        " ", "\t", "\n", "\"", "(", ")", "|", ",", "=", "<", ">", ";",
    ]

    /// Where the word starts, in Unicode scalars from the start of the line.
    package let start: Int
    /// The word's text up to the cursor.
    package let text: String

    package init(line: String, cursor: Int) {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        var start = end
        while start > 0 && !Self.breakCharacters.contains(scalars[start - 1]) {
            start -= 1
        }
        self.start = start
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        self.text = String(text)
    }
}
