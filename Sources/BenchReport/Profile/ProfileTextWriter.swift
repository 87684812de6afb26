import BenchProfile

/// Writes a ``ProfileTop`` exactly as `go tool pprof -top` prints it: the header lines, then
/// `flat flat% sum% cum cum%` rows with the node name and its inline mark.
package enum ProfileTextWriter {
    package static func write(_ top: ProfileTop, to out: inout String) {
        for line in headerLines(top) { out += line + "\n" }
        out += "      flat  flat%   sum%        cum   cum%\n"
        // The shared cells with pprof's `%10s %6s %6s %10s %6s` widths put back.
        for (row, cells) in zip(top.rows, ProfileCells.rows(top)) {
            out += ProfileMeasurement.leftPadded(cells.flat, to: 10)
            out += " " + ProfileMeasurement.leftPadded(cells.flatPercent, to: 6)
            out += " " + ProfileMeasurement.leftPadded(cells.sumPercent, to: 6)
            out += " " + ProfileMeasurement.leftPadded(cells.cum, to: 10)
            out += " " + ProfileMeasurement.leftPadded(cells.cumPercent, to: 6)
            out += "  " + ProfileCells.name(row) + "\n"
        }
    }

    /// pprof's report labels: the profile's, the active filters, then what the table shows.
    package static func headerLines(_ top: ProfileTop) -> [String] {
        var lines = top.profileLabels
        if !top.activeFilters.isEmpty {
            lines.append("Active filters:")
            for filter in top.activeFilters {
                // pprof cuts long filters at 80 bytes.
                let bytes = Array(filter.utf8)
                lines.append(
                    "   " + (bytes.count > 80 ? String(decoding: bytes.prefix(80), as: UTF8.self) + "…" : filter))
            }
        }
        let shown = top.shownTotal
        let percent = ProfileCells.percent(shown, top)
        lines.append(
            "Showing nodes accounting for \(top.format(shown)), \(percent) of \(top.format(top.total)) total")
        if top.total != 0 {
            if top.droppedNodes > 0 {
                let value = Int64(saturating: Double(top.total) * top.nodeFraction).magnitude
                let nodes = top.droppedNodes > 1 ? "nodes" : "node"
                // pprof's quirk: the label shows total × fraction, not the cutoff it used.
                lines.append("Dropped \(top.droppedNodes) \(nodes) (cum <= \(top.format(Int64(clamping: value))))")
            }
            if !top.rows.isEmpty && top.rows.count < top.nodesBeforeCount {
                lines.append("Showing top \(top.rows.count) nodes out of \(top.nodesBeforeCount)")
            }
        }
        return lines
    }
}
