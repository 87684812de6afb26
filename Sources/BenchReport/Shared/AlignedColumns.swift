/// A plain-text table: columns padded to their widest cell, two spaces apart, with no
/// trailing blanks. Widths count Unicode scalars, so `µ` is one column; put cells with
/// emoji (two columns wide on a terminal) last.
package struct AlignedColumns {
    package enum Alignment { case left, right }

    private var alignments: [Alignment]
    private var lines: [Line] = []

    private enum Line {
        case cells([String])
        /// A line printed as it is, outside the columns (a section title).
        case text(String)
    }

    package init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    package mutating func append(_ cells: [String]) {
        lines.append(.cells(cells))
    }

    package mutating func appendText(_ text: String) {
        lines.append(.text(text))
    }

    package func render(to text: inout String) {
        var widths = [Int](repeating: 0, count: alignments.count)
        for case .cells(let cells) in lines {
            for (index, cell) in cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.unicodeScalars.count)
            }
        }
        for line in lines {
            switch line {
            case .text(let line):
                text += line + "\n"
            case .cells(let cells):
                var out = ""
                for (index, cell) in cells.enumerated() {
                    let padding = String(
                        repeating: " ", count: max(0, widths[min(index, widths.count - 1)] - cell.unicodeScalars.count))
                    if index > 0 { out += "  " }
                    out += alignments[min(index, alignments.count - 1)] == .right ? padding + cell : cell + padding
                }
                while out.hasSuffix(" ") { out.removeLast() }
                text += out + "\n"
            }
        }
    }
}
