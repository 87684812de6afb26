import BenchProfile

/// The printed cells of one profile row, shared by the Markdown, CSV, JSON and HTML writers:
/// values in the table's unit and pprof's percentages (of the total; of the base total in a diff).
struct ProfileCells {
    var flat: String
    var flatPercent: String
    var sumPercent: String
    var cum: String
    var cumPercent: String

    /// The cells of every row, with the running flat sum pprof's `sum%` needs.
    static func rows(_ top: ProfileTop) -> [ProfileCells] {
        var running: Int64 = 0
        return top.rows.map { row in
            running &+= row.flat
            return ProfileCells(
                flat: top.format(row.flat), flatPercent: percent(row.flat, top), sumPercent: percent(running, top),
                cum: top.format(row.cum), cumPercent: percent(row.cum, top))
        }
    }

    static func percent(_ value: Int64, _ top: ProfileTop) -> String {
        var text = Substring(ProfileMeasurement.percentage(value, of: top.total))
        while text.first == " " { text.removeFirst() }
        return String(text)
    }

    /// The row's name with its inline mark, as the text report shows it.
    static func name(_ row: ProfileTop.Row) -> String {
        row.inlineMark.isEmpty ? row.name : row.name + " " + row.inlineMark
    }
}
