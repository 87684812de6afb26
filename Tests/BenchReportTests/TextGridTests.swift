import Testing

@testable import BenchReport

@Suite struct TextGridTests {
    private func render(_ build: (inout TextGrid) -> Void) -> String {
        var grid = TextGrid()
        build(&grid)
        var output = ""
        grid.render(into: &output)
        return output
    }

    @Test func alignsColumnsAndDropsTrailingEmptyCells() {
        let text = render { grid in
            grid.startRow()
            grid.add("name")
            grid.add("1.5", alignment: .right)
            grid.add("")
            grid.startRow()
            grid.add("longer name")
            grid.add("10.25", alignment: .right)
        }
        #expect(text == "name          1.5\nlonger name 10.25\n")
    }

    @Test func spanningCellWidensOnlyStretchColumns() {
        let text = render { grid in
            grid.startRow()
            grid.move(to: 1)
            grid.add("a wide header", span: 2, alignment: .center, margin: " │ ")
            grid.startRow()
            grid.move(to: 1)
            grid.add("x", alignment: .right)
            grid.add("y", alignment: .right)
            grid.setShrink(2)
        }
        #expect(text == " │ a wide header\n             x y\n")
    }

    @Test func countsUnicodeScalarsNotBytes() {
        let text = render { grid in
            grid.startRow()
            grid.add("ɐɐ")
            grid.add("1", alignment: .right)
            grid.startRow()
            grid.add("abc")
            grid.add("2", alignment: .right)
        }
        #expect(text == "ɐɐ  1\nabc 2\n")
    }
}

@Suite struct CSVTests {
    @Test(arguments: [
        (["a", "b"], "a,b\n"),
        (["", ""], ",\n"),
        (["x,y"], "\"x,y\"\n"),
        (["say \"hi\""], "\"say \"\"hi\"\"\"\n"),
        ([" lead"], "\" lead\"\n"),
        (["\\."], "\"\\.\"\n"),
    ])
    func quotesLikeGoEncodingCSV(_ record: [String], _ expected: String) {
        var output = ""
        CSVRecordWriter().write(record, to: &output)
        #expect(output == expected)
    }

    @Test(arguments: [(0, "A"), (1, "B"), (5, "F"), (25, "Z"), (26, "BA"), (27, "BB")])
    func spreadsheetColumnsFollowBenchstat(_ index: Int, _ expected: String) {
        #expect(BenchstatCSVWriter.spreadsheetColumn(index) == expected)
    }
}
