import BenchProfile
import BenchReport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Markdown, CSV, JSON and HTML reports of profiles and diffs: the same numbers as the text
/// report, and names that cannot break out of their format.
@Suite struct ProfileReportTests {
    /// A diff where `<b>evil</b>|@team` got slower by 30, `fast, "quoted"` faster by 20.
    static func makeDiff() throws -> ProfileTop {
        let base = Array("main;<b>evil</b>|@team 10\nmain;fast, \"quoted\" 40\nmain 50\n".utf8)
        let new = Array("main;<b>evil</b>|@team 40\nmain;fast, \"quoted\" 20\nmain 50\n".utf8)
        let merged = try ProfileDiff.merge(
            base: try FoldedStacksReader.read(base, unit: "ms"), new: try FoldedStacksReader.read(new, unit: "ms"),
            normalize: false)
        return try ProfileTop(merged, query: ProfileQuery())
    }

    let diff: ProfileTop

    init() throws { diff = try Self.makeDiff() }

    @Test func theDiffHasTheExpectedRows() {
        #expect(diff.rows.map(\.name) == ["<b>evil</b>|@team", "fast, \"quoted\"", "main"])
        #expect(diff.rows.map(\.flat) == [30, -20, 0])
        #expect(diff.total == 100)
    }

    @Test func markdownEscapesNamesAndKeepsTheNumbers() {
        var text = ""
        ProfileMarkdownWriter.write(diff, title: "base → new", to: &text)
        #expect(text.contains("| 30ms | 30.00% | 30.00% | 30ms | 30.00% | &lt;b&gt;evil&lt;/b&gt;\\|@\u{200B}team |"))
        #expect(text.contains("| -20ms | 20.00% | 10.00% | -20ms | 20.00% | fast, \"quoted\" |"))
        #expect(!text.contains("<b>"))
    }

    @Test func csvQuotesNamesAndGivesRawValues() {
        var text = ""
        ProfileCSVWriter.write(diff, to: &text)
        #expect(
            text == """
                name,inline,flat (ms),flat%,sum%,cum (ms),cum%
                <b>evil</b>|@team,,30,30.00,30.00,30,30.00
                "fast, ""quoted\""",,-20,20.00,10.00,-20,20.00
                main,,0,0,10.00,10,10.00

                """)
    }

    @Test func jsonParsesAndCarriesSignedValues() throws {
        var text = ""
        ProfileJSONWriter.write(diff, title: "base → new", isDiff: true, to: &text)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["kind"] as? String == "profile diff")
        #expect(document["total"] as? Int == 100)
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.map { $0["flat"] as? Int } == [30, -20, 0])
        #expect(rows.first?["name"] as? String == "<b>evil</b>|@team")
    }

    @Test func htmlIsWellFormedEscapedAndChartsIncreasesAndDecreases() throws {
        var text = ""
        ProfileHTMLWriter.write(diff, title: "base → new", isDiff: true, to: &text)
        #expect(!text.contains("<b>evil"))
        #expect(text.contains("&lt;b&gt;evil&lt;/b&gt;|@team"))
        let increases = try #require(text.range(of: "Largest increases"))
        let decreases = try #require(text.range(of: "Largest decreases"))
        let table = try #require(text.range(of: "All nodes"))
        #expect(
            text[increases.upperBound..<decreases.lowerBound].components(separatedBy: "class=\"increase\"").count == 2)
        #expect(text[decreases.upperBound..<table.lowerBound].components(separatedBy: "class=\"decrease\"").count == 2)
        let parser = XMLParser(data: Data(text.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func htmlOfAProfileChartsTheLargestFlatValues() throws {
        let profile = try FoldedStacksReader.read(Array("a;b 5\na;c 3\n".utf8))
        let top = try ProfileTop(profile, query: ProfileQuery())
        var text = ""
        ProfileHTMLWriter.write(top, title: "cpu", isDiff: false, to: &text)
        #expect(text.components(separatedBy: "<rect class=\"base\"").count == 3)
    }
}
