import BenchCompare

/// The short summary `notify` posts: Slack's incoming-webhook JSON (`{"text": ...}`), which
/// Mattermost, Rocket.Chat, Discord's Slack-compatible endpoint and others accept too.
///
/// Slack reads `<`, `>` and `&` as markup (links, `<!channel>`), so they are escaped as
/// Slack asks; a zero-width space after `@` keeps names like `@team` from pinging.
package enum WebhookMessage {
    /// How many regressions or changes are listed by name before "and N more".
    package static let listedRows = 10

    package static func body(for check: Check, title: String) -> String {
        var text = "\(CheckMarkdownWriter.headline(check)) — \(escape(title))\n\(check.summaryLine)"
        let notable =
            check.rows.filter { $0.status == .regression }
            + check.rows.filter { $0.status == .improvement }
        for row in notable.prefix(listedRows) {
            let cells = CheckCells(row)
            text += "\n\(row.status.mark) \(escape(row.identity.row)) \(escape(row.identity.unit)) \(cells.change)"
        }
        if notable.count > listedRows { text += "\n… and \(notable.count - listedRows) more" }
        return JSONWriter.render(.object([("text", .string(text))]))
    }

    package static func body(for comparison: ComparisonResult, title: String) -> String {
        var rows = 0
        var changes: [(name: String, unit: String, change: Double)] = []
        for table in comparison.tables {
            for row in table.rows.indices {
                rows += 1
                let metrics = comparison.metrics(ofRow: row, in: table)
                if let p = metrics.p, let delta = metrics.delta,
                    p <= (table.cell(row: row, column: 1)?.comparison?.alpha ?? 0)
                {
                    changes.append((metrics.name, table.unit, delta))
                }
            }
        }
        var text =
            "benchq: \(escape(title)) — \(rows) rows, \(changes.count) significant change\(changes.count == 1 ? "" : "s")"
        for change in changes.sorted(by: { abs($0.change) > abs($1.change) }).prefix(listedRows) {
            text += "\n• \(escape(change.name)) \(escape(change.unit)) \(CheckCells.percent(change.change))"
        }
        if changes.count > listedRows { text += "\n… and \(changes.count - listedRows) more" }
        return JSONWriter.render(.object([("text", .string(text))]))
    }

    /// Slack's three escapes, plus the mention guard.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "@": escaped += "@\u{200B}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
