/// Lays out a grid of text cells in a fixed-width font, the way benchstat's tables are laid
/// out: cells may span columns, each column has a left margin, "shrink" columns never
/// widen to fit a spanning cell, and empty trailing cells print nothing.
///
/// Widths count Unicode scalars, as Go counts runes.
struct TextGrid {
    enum Alignment {
        case left, center, right
    }

    private struct Cell {
        var row: Int
        var column: Int
        var span: Int
        var value: String
        var width: Int
        var margin: String
        var alignment: Alignment
    }

    private var cells: [Cell] = []
    private var columnCount = 0
    private var shrinkColumns: [Bool] = []
    private var row = 0
    private(set) var column = 0

    /// Starts a new row (the first call starts row 0).
    mutating func startRow() {
        if !cells.isEmpty { row += 1 }
        column = 0
    }

    /// Moves to a later column of the current row.
    mutating func move(to column: Int) {
        precondition(column >= self.column, "text grid columns only move right")
        self.column = column
    }

    /// Adds a cell spanning `span` columns at the current position. Without an explicit
    /// margin, a cell gets one space, except in column 0 or when it is empty.
    mutating func add(_ value: String, span: Int = 1, alignment: Alignment = .left, margin: String? = nil) {
        let defaultMargin = column == 0 || value.isEmpty ? "" : " "
        cells.append(
            Cell(
                row: row, column: column, span: span, value: value, width: value.unicodeScalars.count,
                margin: margin ?? defaultMargin, alignment: alignment))
        column += span
        columnCount = max(columnCount, column)
    }

    /// Marks a column as one that keeps its natural width.
    mutating func setShrink(_ column: Int) {
        if shrinkColumns.count <= column {
            shrinkColumns.append(contentsOf: repeatElement(false, count: column + 1 - shrinkColumns.count))
        }
        shrinkColumns[column] = true
    }

    private func isShrink(_ column: Int) -> Bool { column < shrinkColumns.count && shrinkColumns[column] }

    /// Renders the grid, one line per row.
    func render(into output: inout String) {
        var margins = [Int](repeating: 0, count: columnCount)
        for cell in cells { margins[cell.column] = max(margins[cell.column], cell.margin.unicodeScalars.count) }
        let widths = columnWidths(margins: margins)
        var offsets = [Int](repeating: 0, count: columnCount + 1)
        for index in 0..<columnCount { offsets[index + 1] = offsets[index] + widths[index] }

        let ordered = cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        var currentRow = 0
        var position = 0
        for cell in ordered {
            if isBlank(cell.value) && isBlank(cell.margin) { continue }
            while currentRow < cell.row {
                output.append("\n")
                currentRow += 1
                position = 0
            }
            // Go's `%*s` with a negative width pads by its magnitude, so a cell that follows
            // an overflowing one (a wide header over shrink columns) is pushed right, not left.
            appendSpaces(abs(offsets[cell.column] - position), to: &output)
            let marginWidth = margins[cell.column]
            appendSpaces(marginWidth - cell.margin.unicodeScalars.count, to: &output)
            output.append(cell.margin)
            position = offsets[cell.column] + marginWidth
            let available = offsets[cell.column + cell.span] - offsets[cell.column] - marginWidth
            let padding: Int
            switch cell.alignment {
            case .left: padding = 0
            // Go's `%*s` with a negative width still pads by its magnitude.
            case .center: padding = abs((available - cell.width) / 2)
            case .right: padding = max(0, available - cell.width)
            }
            appendSpaces(padding, to: &output)
            output.append(cell.value)
            position += padding + cell.width
        }
        if !cells.isEmpty { output.append("\n") }
    }

    /// Column widths (margins included): single cells first, then spanning cells in order of
    /// increasing span, each widening its non-shrink columns evenly, widest first.
    private func columnWidths(margins: [Int]) -> [Int] {
        var widths = [Int](repeating: 0, count: columnCount)
        let bySpan = cells.enumerated().sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }
        for (_, cell) in bySpan {
            var needed = cell.width + margins[cell.column]
            if cell.span == 1 {
                widths[cell.column] = max(widths[cell.column], needed)
                continue
            }
            let range = cell.column..<(cell.column + cell.span)
            if range.reduce(0, { $0 + widths[$1] }) >= needed { continue }
            var growable: [Int] = []
            for column in range {
                if isShrink(column) { needed -= widths[column] } else { growable.append(column) }
            }
            // Ties keep column order, as Go's (insertion-sorted) small slices do.
            growable.sort { (-widths[$0], $0) < (-widths[$1], $1) }
            var remaining = growable.count
            for column in growable {
                let average = (needed + remaining - 1) / remaining
                widths[column] = max(widths[column], average)
                needed -= widths[column]
                remaining -= 1
            }
        }
        return widths
    }

    private func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    private func appendSpaces(_ count: Int, to output: inout String) {
        guard count > 0 else { return }
        output.append(String(decoding: repeatElement(UInt8(ascii: " "), count: count), as: UTF8.self))
    }
}
