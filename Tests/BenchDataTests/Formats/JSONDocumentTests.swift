import BenchData
import Testing

/// The JSON parser: valid documents navigate as written; invalid ones fail with a message
/// naming the line and column.
@Suite struct JSONDocumentTests {
    private func parse(_ text: String) throws(FormatError) -> [String] {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(FormatError) in
            let document = try JSONDocument(parsing: UnsafeBufferPointer(buffer), path: "t.json")
            return document.children(document.root).map { "\(document.key(of: $0))=\(document.scalarText($0) ?? "-")" }
        }
    }

    private func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsMembersInOrderWithEscapesDecoded() throws {
        let members = try parse(#"{"a": 1.5e3, "b\u00e9": "x\ty\"\ud83d\ude00", "c": [1, {"d": null}], "e": true}"#)
        #expect(members == ["a=1.5e3", "bé=x\ty\"😀", "c=-", "e=true"])
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "t.json:1:9: invalid JSON: expected a member name in double quotes, found '}'"),
        ("{\"a\": [1, 2}", "t.json:1:12: invalid JSON in a: expected ',' or ']' after an array element"),
        ("{\"a\":\n  01}", "t.json:2:3: invalid JSON in a: invalid number (leading zero)"),
        ("{\"x\": [{\"y\": 1}, {\"y\": [1, }]}", "t.json:1:28: invalid JSON in x[1].y: expected a value, found '}'"),
        (
            "{\"a\": \"x",
            "t.json:1:7: invalid JSON in a: unterminated string: the file ends inside it (is it truncated?)"
        ),
        ("{\"a\": [1, 2", "t.json:1:12: invalid JSON in a: unexpected end of file (is it truncated?)"),
        ("{} {}", "t.json:1:4: invalid JSON: unexpected text after the end of the value"),
        ("", "t.json:1:1: invalid JSON: the file is empty"),
        ("{\"a\": tru}", "t.json:1:7: invalid JSON in a: expected a value, found 't'"),
        ("{\"a\": \"\\x\"}", "t.json:1:8: invalid JSON in a: invalid escape \\'x'"),
    ])
    func reportsSyntaxErrorsWithLineAndColumn(_ text: String, _ message: String) {
        #expect(error(text) == message)
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try parse("\u{FEFF}{\"a\": 1}") == ["a=1"])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        #expect(error(text)?.contains("nesting deeper than 10000 levels") == true)
    }

    @Test func typedAccessNamesTheFieldByItsPath() throws {
        var bytes = Array(#"{"rows": [{"t": 1}, {"t": "slow", "n": 1e999, "i": 2.5}]}"#.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            let document = try JSONDocument(parsing: UnsafeBufferPointer(buffer), path: "t.json")
            let rows = try #require(document.member(document.root, "rows"))
            let second = try #require(Array(document.children(rows)).last)
            let t = try #require(document.member(second, "t"))
            #expect(
                throws: FormatError(
                    path: "t.json", line: 1, column: 27, message: "rows[1].t: expected a number, found a string")
            ) {
                try document.number(t)
            }
            let n = try #require(document.member(second, "n"))
            #expect(
                throws: FormatError(
                    path: "t.json", line: 1, column: 40, message: "rows[1].n: number 1e999 is out of range")
            ) {
                try document.number(n)
            }
            let i = try #require(document.member(second, "i"))
            #expect(
                throws: FormatError(
                    path: "t.json", line: 1, column: 52, message: "rows[1].i: expected a whole number, found 2.5")
            ) {
                try document.integer(i)
            }
            #expect(throws: FormatError(path: "t.json", line: 1, column: 21, message: "missing field rows[1].x")) {
                try document.required(second, "x")
            }
        }
    }
}
