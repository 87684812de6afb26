import BenchqShell
import Foundation
import Testing

/// libedit's history list is process-wide, so these run one at a time.
@Suite(.serialized)
struct HistoryFileTests {
    @Test func benchqHistoryVariableWins() {
        let environment = ["BENCHQ_HISTORY": "/data/h", "HOME": "/home/u"]
        #expect(HistoryFile.standard(environment: { environment[$0] })?.path == "/data/h")
    }

    @Test func defaultsToAFileInHome() {
        let environment = ["BENCHQ_HISTORY": "", "HOME": "/home/u"]
        #expect(HistoryFile.standard(environment: { environment[$0] })?.path == "/home/u/.benchq_history")
    }

    @Test func noHomeMeansNoHistoryFile() {
        #expect(HistoryFile.standard(environment: { _ in nil }) == nil)
    }

    @Test func entriesSurviveASaveAndALoad() throws {
        let home = try ProbeHome()
        let file = HistoryFile(path: home.historyPath)
        let lines = [
            "load \"base.txt\" | filter .name:Encode",
            "a  double  space\tand a tab",
            #"back\slash \\ and "quotes""#,
            "ɐɐɐ ünïcödé ✓",
            "load \"a.txt\" \\\n| filter .name:Encode",  // an entry continued over two lines
        ]
        LibEditHistory.load(file)
        for line in lines {
            #expect(LibEditHistory.add(line, savingTo: file))
        }
        LibEditHistory.clear()
        #expect(LibEditHistory.entries.isEmpty)

        LibEditHistory.load(file)
        #expect(LibEditHistory.entries == lines)
        // libedit's own format, not plain text: a cookie line, then escaped entries.
        let saved = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(saved.contains(#"load\040"#))
    }

    @Test func onlyTheNewestEntriesAreKept() throws {
        let home = try ProbeHome()
        let file = HistoryFile(path: home.historyPath, capacity: 5)
        LibEditHistory.load(file)
        for number in 1...8 {
            LibEditHistory.add("line \(number)", savingTo: file)
        }
        LibEditHistory.clear()
        LibEditHistory.load(file)
        #expect(LibEditHistory.entries == (4...8).map { "line \($0)" })
    }

    @Test func aMissingFileIsAnEmptyHistory() throws {
        let home = try ProbeHome()
        LibEditHistory.add("left over", savingTo: nil)
        LibEditHistory.load(HistoryFile(path: home.path + "/none"))
        #expect(LibEditHistory.entries.isEmpty)
    }
}
