import BenchCompare

/// A check as GitHub-flavoured Markdown for a pull-request comment: the verdict first, then
/// the regressions and improvements, then every row folded in `<details>`.
///
/// Every name and label goes through ``MarkdownText/escape(_:)``: benchmark names come from
/// the pull request's own code and must not break the table, inject HTML or ping anyone.
package enum CheckMarkdownWriter {
    package static func write(_ check: Check, to text: inout String) {
        text += "### \(headline(check))\n\n"
        let sets = CheckCells.comparedPairs(check.rows)
        text += "**\(check.summaryLine)**"
        if !sets.isEmpty { text += " · " + sets.map(MarkdownText.escape).joined(separator: ", ") }
        let captions = check.comparison.tableCaptions()
        if !captions.common.isEmpty { text += " · " + MarkdownText.escape(captions.common) }
        text += "\n\n"
        let notable = check.rows.filter { $0.status == .regression || $0.status == .improvement }
        if notable.isEmpty {
            text += "No significant change beyond the thresholds.\n\n"
        } else {
            table(notable, check, to: &text)
            text += "\n"
        }
        text += "<details>\n<summary>All \(check.rows.count) rows</summary>\n\n"
        table(check.rows, check, to: &text)
        text += "\n</details>\n\n"
        text += "<sub>Policy: \(MarkdownText.escape(CheckCells.policy(check.settings))) · "
        text += "\(CheckCells.statistics(check.settings)). Change is the difference of the medians; "
        text += "the estimate is the Hodges-Lehmann shift with its confidence interval. Made by benchq.</sub>\n"
    }

    /// The first line: what a reviewer needs to know at a glance.
    /// With `marked`, it starts with the verdict's mark (🔴, 🟢, ✅).
    package static func headline(_ check: Check, marked: Bool = true) -> String {
        let counts = check.counts
        if check.hasRegression {
            return (marked ? "🔴 " : "")
                + "Performance regression: \(CheckStatus.regression.counted(check.regressionCount))"
        }
        if let improvements = counts[.improvement] {
            return (marked ? "🟢 " : "") + "No performance regression, \(CheckStatus.improvement.counted(improvements))"
        }
        return (marked ? "✅ " : "") + "No performance regression"
    }

    private static func table(_ rows: [CheckRow], _ check: Check, to text: inout String) {
        let captions = check.comparison.tableCaptions().perTable
        let showTable = rows.contains { !captions[$0.table].isEmpty }
        let showColumn = CheckCells.comparesSeveralSets(rows)
        var header = ["", "Benchmark"]
        var alignment = [":-:", ":--"]
        if showTable {
            header.append("Table")
            alignment.append(":--")
        }
        if showColumn {
            header.append("Set")
            alignment.append(":--")
        }
        header += ["Unit", "Baseline", "New", "Change", CheckCells.estimateHeader(check.settings), "p", "Limit"]
        alignment += [":--", "--:", "--:", "--:", "--:", "--:", "--:"]
        text += "| " + header.joined(separator: " | ") + " |\n"
        text += "|" + alignment.joined(separator: "|") + "|\n"
        for row in rows {
            let cells = CheckCells(row)
            var line = [row.status.mark, MarkdownText.escape(cells.benchmark)]
            if showTable { line.append(MarkdownText.escape(captions[row.table])) }
            if showColumn { line.append(MarkdownText.escape(row.columnLabel)) }
            line += [
                MarkdownText.escape(cells.unit), cells.baseline, cells.new, cells.change, cells.estimate, cells.p,
                cells.limit,
            ]
            text += "| " + line.joined(separator: " | ") + " |\n"
        }
    }
}
