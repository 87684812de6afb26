import BenchProfile

/// A profile or profile diff as GitHub-flavoured Markdown: pprof's header lines as a list,
/// then the `-top` table. Names are escaped (a profile's function names are untrusted text).
package enum ProfileMarkdownWriter {
    package static func write(_ top: ProfileTop, title: String, to text: inout String) {
        text += "### \(MarkdownText.escape(title))\n\n"
        for line in ProfileTextWriter.headerLines(top) where !line.hasPrefix("   ") {
            let filters = line == "Active filters:" ? " " + top.activeFilters.joined(separator: ", ") : ""
            text += "- \(MarkdownText.escape(line + filters))\n"
        }
        text += "\n| flat | flat% | sum% | cum | cum% | name |\n|---:|---:|---:|---:|---:|:---|\n"
        for (row, cells) in zip(top.rows, ProfileCells.rows(top)) {
            let values = [cells.flat, cells.flatPercent, cells.sumPercent, cells.cum, cells.cumPercent]
            text += "| " + values.map(MarkdownText.escape).joined(separator: " | ")
            text += " | \(MarkdownText.escape(ProfileCells.name(row))) |\n"
        }
    }
}
