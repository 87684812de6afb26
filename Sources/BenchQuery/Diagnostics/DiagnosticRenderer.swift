/// Prints diagnostics compiler-style:
///
///     demo.benchq:3:8: error: unknown stage 'fliter'
///         3 | base | fliter .name:Foo
///           |        ^~~~~~
///           = note: did you mean 'filter'?
///
/// The first line is `FILE:LINE:COL: SEVERITY: MESSAGE`, which editors and CI logs already
/// know how to link. A note with a span of its own prints as a second block of the same
/// shape. Colour is a separate layer (``DiagnosticStyle``) chosen by the caller, who knows
/// whether the output is a terminal and whether `NO_COLOR` is set.
package enum DiagnosticRenderer {
    /// The diagnostic and its notes, every line ending in a newline.
    package static func render(_ diagnostic: Diagnostic, in source: SourceFile, color: Bool = false) -> String {
        let style = color ? DiagnosticStyle.ansi : DiagnosticStyle.plain
        var output = ""
        block(diagnostic.severity, diagnostic.message, diagnostic.span, in: source, style: style, into: &output)
        for note in diagnostic.notes {
            if let span = note.span {
                block(.note, note.message, span, in: source, style: style, into: &output)
            } else {
                output += "\(gutter("")) = \(style.severity(.note)) \(note.message)\n"
            }
        }
        return output
    }

    /// Several diagnostics, one after the other.
    package static func render(_ diagnostics: [Diagnostic], in source: SourceFile, color: Bool = false) -> String {
        diagnostics.map { render($0, in: source, color: color) }.joined()
    }

    private static func block(
        _ severity: Diagnostic.Severity, _ message: String, _ span: SourceSpan,
        in source: SourceFile, style: DiagnosticStyle, into output: inout String
    ) {
        let location = source.location(of: span.start)
        output += style.bold("\(source.name):\(location):") + " "
        output += style.severity(severity) + " " + style.bold(message) + "\n"

        let line = source.line(location.line)
        output += "\(gutter(String(location.line))) | \(line)\n"
        let (padding, marks) = underline(line, from: location.column, span: span, in: source)
        output += "\(gutter("")) | " + padding + style.caret(marks) + "\n"
    }

    /// Blanks up to the span (a tab where the line has one, so the caret lines up however
    /// tabs are shown), then `^` and a `~` for every further scalar of the span on this line.
    private static func underline(_ line: Substring, from column: Int, span: SourceSpan, in source: SourceFile)
        -> (padding: String, marks: String)
    {
        var padding = ""
        var scalars = line.unicodeScalars.makeIterator()
        for _ in 1..<column {
            padding += scalars.next() == "\t" ? "\t" : " "
        }
        let endLocation = source.location(of: span.end)
        let lineScalars = line.unicodeScalars.count
        let lastColumn =
            endLocation.line == source.location(of: span.start).line
            ? endLocation.column : lineScalars + 1
        let width = max(1, min(lastColumn, lineScalars + 1) - column)
        return (padding, "^" + String(repeating: "~", count: width - 1))
    }

    /// Line numbers right-aligned in five columns, enough for any script a person writes.
    private static func gutter(_ text: String) -> String {
        String(repeating: " ", count: max(0, 5 - text.count)) + text
    }
}
