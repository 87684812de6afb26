import Foundation
import Testing

@testable import BenchReport

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a&b \"q\" 'r'", "a&amp;b &quot;q&quot; &#39;r&#39;"),
        ("µs/op <", "µs/op &lt;"),
    ])
    func escapesMarkup(input: String, expected: String) {
        #expect(HTMLText.escape(input) == expected)
    }

    @Test func pageForbidsScriptsAndExternalLoads() {
        var page = HTMLPage(title: "<b>t</b>")
        page.append("<p>body</p>\n")
        let html = page.render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>&lt;b&gt;t&lt;/b&gt;</title>"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("<p>body</p>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }
}

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("BenchmarkEncode/size=1K-8", "BenchmarkEncode/size=1K-8"),
        ("a|b", "a\\|b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("`code`", "\\`code\\`"),
        ("ping @team now", "ping @\u{200B}team now"),
        ("[x](http://e)", "\\[x\\](http://e)"),
        ("line\nbreak", "line break"),
        ("#12 *b* _i_ ~s~ \\", "\\#12 \\*b\\* \\_i\\_ \\~s\\~ \\\\"),
    ])
    func escapesMarkdown(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }
}

@Suite struct JSONWriterTests {
    @Test func printsNestedValuesInOrder() {
        let value = JSONValue.object([
            ("schema", .string("x/1")),
            ("n", .integer(3)),
            ("values", .array([.number(1.5), .number(2), .number(.nan)])),
            ("empty", .object([])),
            ("rows", .array([.object([("ok", .bool(true)), ("p", .null)])])),
        ])
        #expect(
            JSONWriter.render(value) == """
                {
                  "schema": "x/1",
                  "n": 3,
                  "values": [1.5, 2, null],
                  "empty": {},
                  "rows": [
                    {
                      "ok": true,
                      "p": null
                    }
                  ]
                }

                """)
    }

    @Test(arguments: ["plain", "q\"b\\s", "tab\tnl\nctl\u{1}", "µ✓ \u{2028}\u{2029}", "<script>", "€\u{E000}"])
    func stringsReadBackUnchanged(text: String) throws {
        let json = JSONWriter.render(.array([.string(text)]))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [text])
        #expect(!json.contains("\u{2028}"))
    }

    @Test(arguments: [0.1, 1e-9, 123456789.125, -3, 1e300, .leastNonzeroMagnitude])
    func numbersReadBackExactly(number: Double) throws {
        let json = JSONWriter.render(.array([.number(number)]))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Double]
        #expect(parsed == [number])
    }
}

@Suite struct ChartScaleTests {
    @Test func widensToRoundTicks() {
        let scale = ChartScale(covering: [3.2, 9.7], start: 0, end: 100)
        #expect(scale.lower == 2 && scale.upper == 10)
        #expect(scale.ticks == [2, 4, 6, 8, 10])
        #expect(scale.position(2) == 0 && scale.position(10) == 100)
    }

    @Test func includesZeroAndSurvivesDegenerateInput() {
        #expect(ChartScale(covering: [5, 5], includeZero: true, start: 0, end: 1).lower == 0)
        let empty = ChartScale(covering: [Double.nan], start: 10, end: 20)
        #expect(empty.lower == 0 && empty.upper == 1)
        #expect(ChartScale(covering: [0.3, 0.7], start: 0, end: 1).ticks.contains(0.3) == false)
    }

    @Test(arguments: [(0.0, "0"), (1.005, "1"), (12.345, "12.35"), (-0.5, "-0.5"), (-7.1, "-7.1"), (3.1, "3.1")])
    func svgNumbers(value: Double, expected: String) {
        #expect(SVGNumber.text(value) == expected)
    }
}
