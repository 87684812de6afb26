/// A self-contained HTML page: one file, no network, no scripts, no external fonts.
///
/// Every report page shares this shell and its style sheet, so profiles, checks and history
/// look like one product. A Content-Security-Policy forbids scripts and every external load,
/// as a second line of defence behind ``HTMLText/escape(_:)``. Markup is also well-formed
/// XML (void elements closed with `/>`), so tests check every page with an XML parser.
package struct HTMLPage {
    package var title: String
    /// The page's body markup, appended to by the writers.
    package private(set) var body = ""

    package init(title: String) {
        self.title = title
    }

    /// Appends markup the caller built (with every piece of input text escaped).
    package mutating func append(_ html: String) {
        body += html
    }

    /// The whole document.
    package func render() -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\"/>\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        page += "<meta name=\"generator\" content=\"benchq\"/>\n"
        page += "<title>\(HTMLText.escape(title))</title>\n<style>\n\(Self.styleSheet)</style>\n</head>\n"
        page += "<body>\n<main>\n\(body)</main>\n</body>\n</html>\n"
        return page
    }

    /// Nothing may load or run: styles are inline, images are inline SVG.
    package static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The house style. Colours carry meaning only together with a text or mark, so a page
    /// still reads in grey scale.
    package static let styleSheet = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --panel: #f6f8fa;
          --bad: #cf222e; --good: #1a7f37; --base: #0969da; --new: #bc4c00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
          color: var(--ink); background: #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        p.meta { color: var(--muted); margin: 0 0 16px; }
        .verdict .badge { width: 12px; height: 12px; }
        .verdict { font-size: 16px; font-weight: 600; padding: 12px 16px; border-radius: 6px; margin: 16px 0;
          border: 1px solid var(--line); background: var(--panel); }
        .verdict.bad { border-color: var(--bad); background: #ffebe9; }
        .verdict.good { border-color: var(--good); background: #dafbe1; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-variant-numeric: tabular-nums; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
        th { background: var(--panel); font-weight: 600; }
        th:first-child, td:first-child, td.name { text-align: left; white-space: normal; word-break: break-all; }
        td.status, th.status { text-align: left; }
        .badge { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px;
          vertical-align: baseline; background: var(--muted); }
        .badge.regression { background: var(--bad); }
        .badge.improvement { background: var(--good); }
        .badge.ok { background: #8c959f; }
        .badge.missing { background: #bf8700; border-radius: 2px; }
        .badge.new { background: var(--base); border-radius: 2px; }
        .badge.inconclusive { background: #fff; border: 2px solid #8c959f; }
        tr.regression td { background: #fff5f5; }
        tr.improvement td { background: #f3fff5; }
        .bad { color: var(--bad); }
        .good { color: var(--good); }
        .muted { color: var(--muted); }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel);
          padding: 12px; overflow-x: auto; border-radius: 6px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
        figure { margin: 0; padding: 8px; border: 1px solid var(--line); border-radius: 6px; }
        figcaption { font-size: 12px; word-break: break-all; margin-bottom: 4px; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font: 11px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; fill: var(--muted); }
        svg .axis { stroke: var(--line); stroke-width: 1; }
        svg .base { fill: var(--base); stroke: var(--base); }
        svg .new { fill: var(--new); stroke: var(--new); }
        svg .increase { fill: var(--bad); }
        svg .decrease { fill: var(--good); }
        svg .series { fill: none; stroke: var(--base); stroke-width: 2; }
        svg .interval { stroke-width: 3; stroke-linecap: round; opacity: 0.45; }
        svg .median { stroke-width: 2; }
        svg .sample { opacity: 0.7; stroke: none; }
        .legend { font-size: 12px; color: var(--muted); }
        .legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 12px; }
        details { margin: 12px 0; }
        summary { cursor: pointer; font-weight: 600; }

        """
}
