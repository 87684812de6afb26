/// Escaping for text that goes into GitHub-flavoured Markdown, in a table cell or a line.
///
/// Benchmark names are untrusted (a pull request chooses them), and a PR comment is rendered
/// by GitHub: a name must not break the table (`|`), open HTML (`<`), start code spans
/// (backticks), format text, link, or ping people and teams (`@team`).
package enum MarkdownText {
    /// `text` as literal Markdown: punctuation that Markdown would interpret is
    /// backslash-escaped, `<` and `>` become character references, line breaks become spaces,
    /// and a zero-width space after each `@` keeps mentions from resolving.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "@": escaped += "@\u{200B}"
            case "\n", "\r", "\t": escaped += " "
            case "\\", "|", "`", "*", "_", "[", "]", "#", "~":
                escaped += "\\"
                escaped.unicodeScalars.append(scalar)
            default:
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
