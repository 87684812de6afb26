import BenchCompare
import BenchData

/// A check in the terminal: the policy, one line per judged row, and the verdict.
package enum CheckTextWriter {
    package static func write(_ check: Check, to text: inout String) {
        text += "policy: \(CheckCells.policy(check.settings))\n"
        text += "        \(CheckCells.statistics(check.settings))\n"
        let captions = check.comparison.tableCaptions()
        if !captions.common.isEmpty { text += "config: \(captions.common)\n" }
        text += "\n"
        let showColumn = CheckCells.comparesSeveralSets(check.rows)
        var alignments: [AlignedColumns.Alignment] = [.left, .left]
        if showColumn { alignments.append(.left) }
        alignments += [.right, .right, .right, .right, .right, .right, .left]
        var grid = AlignedColumns(alignments)
        var header = ["unit", "benchmark"]
        if showColumn { header.append("vs") }
        header += ["baseline", "new", "change", CheckCells.estimateHeader(check.settings), "p", "limit", "status"]
        grid.append(header)
        var table: String?
        for row in check.rows {
            let caption = captions.perTable[row.table]
            if caption != table {
                table = caption
                if !caption.isEmpty { grid.appendText(caption) }
            }
            let cells = CheckCells(row)
            var line = [cells.unit, cells.benchmark]
            if showColumn { line.append(row.columnLabel) }
            line += [cells.baseline, cells.new, cells.change, cells.estimate, cells.p, cells.limit, cells.status]
            grid.append(line)
        }
        grid.render(to: &text)
        text += "\n\(check.hasRegression ? "FAIL" : "PASS"): \(check.summaryLine)\n"
        if check.rows.count != check.judgedRowCount {
            text += "(showing \(check.rows.count) of \(check.judgedRowCount) rows)\n"
        }
    }
}
