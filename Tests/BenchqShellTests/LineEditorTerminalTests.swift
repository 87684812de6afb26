import Foundation
import Testing

/// The line editor driven through a real pseudo-terminal, by way of `benchq-line-editor-probe`,
/// which prints `got: <line>` for each entered line. Assertions look at those printed lines, not
/// at libedit's redrawn edit line. One at a time: each test owns a terminal and a child process.
@Suite(.serialized)
struct LineEditorTerminalTests {
    private static let enter = "\r"
    private static let tab = "\t"
    private static let controlA = "\u{1}"
    private static let controlC = "\u{3}"
    private static let controlD = "\u{4}"
    private static let controlZ = "\u{1A}"
    private static let backspace = "\u{7F}"
    private static let upArrow = "\u{1B}[A"

    @Test func typedLineComesBack() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("hello world" + Self.enter)
        try terminal.expectLine("got: hello world")
    }

    /// Without any locale in the environment the editor still takes UTF-8 (it falls back to C.UTF-8).
    @Test(arguments: [nil, "C.UTF-8"])
    func utf8InputComesBack(locale: String?) throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe(extra: locale.map { ["LANG": $0] } ?? [:])
        try terminal.expectPrompt("benchq> ")
        terminal.type("ɐɐɐ" + Self.enter)
        try terminal.expectLine("got: ɐɐɐ")
        try terminal.expectPrompt("benchq> ")
        // Backspace removes a whole character, not one of its bytes.
        terminal.type("ɐɐɐɐ" + Self.backspace + Self.enter)
        try terminal.expectLine("got: ɐɐɐ")
    }

    @Test func tabCompletesAWord() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("comp" + Self.tab + Self.enter)
        try terminal.expectLine("got: compare ")
        try terminal.expectPrompt("benchq> ")
        // After non-ASCII text, the cursor position still finds the word.
        terminal.type("ɐɐ fil" + Self.tab + Self.enter)
        try terminal.expectLine("got: ɐɐ filter ")
        try terminal.expectPrompt("benchq> ")
        // The word is the one before the cursor, not at the end of the line.
        terminal.type(" base" + Self.controlA + "comp" + Self.tab + Self.enter)
        try terminal.expectLine("got: compare  base")
    }

    @Test func secondTabListsTheAlternatives() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("s" + Self.tab + Self.tab)
        try terminal.expectOutput("scaling")
        try terminal.expectOutput("sets")
        try terminal.expectPrompt("benchq> ")
        terminal.type("e" + Self.tab + Self.enter)
        try terminal.expectLine("got: sets ")
    }

    @Test func tabCompletesAPathAfterLoad() throws {
        let home = try ProbeHome()
        let data = home.path + "/data"
        try FileManager.default.createDirectory(atPath: data + "/subdir", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: data + "/results-old.txt", contents: Data())
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        // A file closes the string; a directory ends with `/` so completion can go on into it.
        terminal.type("load \"\(data)/res" + Self.tab + Self.enter)
        try terminal.expectLine("got: load \"\(data)/results-old.txt\" ")
        try terminal.expectPrompt("benchq> ")
        terminal.type("load \"\(data)/sub" + Self.tab + Self.enter)
        try terminal.expectLine("got: load \"\(data)/subdir/")
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let home = try ProbeHome()
        do {
            let first = try home.startProbe()
            try first.expectPrompt("benchq> ")
            first.type("compare base head" + Self.enter)
            try first.expectLine("got: compare base head")
            try first.expectPrompt("benchq> ")
            first.type(Self.controlD)
            #expect(try first.expectExit() == 0)
        }
        let second = try home.startProbe()
        try second.expectPrompt("benchq> ")
        second.type(Self.upArrow + Self.enter)
        try second.expectLine("got: compare base head")
    }

    @Test func controlCCancelsThePartialLine() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("partial")
        try terminal.expectOutput("partial")  // libedit has read the keys
        terminal.type(Self.controlC)
        try terminal.expectLine("interrupted")
        try terminal.expectPrompt("benchq> ")
        terminal.type("after" + Self.enter)
        try terminal.expectLine("got: after")
        #expect(!String(decoding: terminal.output, as: UTF8.self).contains("got: partial"))
    }

    @Test func controlCCancelsARunningStatement() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("busy" + Self.enter)
        try terminal.expectLine("busy: press Ctrl-C")
        terminal.type(Self.controlC)
        try terminal.expectOutput("statement cancelled")
        try terminal.expectPrompt("benchq> ")
        terminal.type("next" + Self.enter)
        try terminal.expectLine("got: next")
    }

    @Test func resizingTheWindowKeepsTheLine() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("before")
        try terminal.expectOutput("before")
        terminal.resize(columns: 100, rows: 30)
        terminal.type(" after" + Self.enter)
        try terminal.expectLine("got: before after")
    }

    /// Here, as for a container's first process, nothing can stop the shell (its process group is
    /// orphaned, so the kernel discards the stop): the editor must neither end nor lose the line.
    @Test func controlZThatCannotStopTheShellKeepsTheLine() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("before")
        try terminal.expectOutput("before")
        terminal.type(Self.controlZ)
        try terminal.expectRawMode()
        terminal.type(" after" + Self.enter)
        try terminal.expectLine("got: before after")
    }

    /// The plain editor on a terminal (the shell's output redirected): the terminal edits the line
    /// and echoes it; the prompt goes to standard error; Ctrl-C still cancels the line.
    @Test func plainEditorOnATerminalCancelsTheLineOnControlC() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe(extra: ["BENCHQ_PROBE_PLAIN": "1"])
        try terminal.expectOutput("benchq> ")
        terminal.type("partial")
        try terminal.expectOutput("partial")
        terminal.type(Self.controlC)
        try terminal.expectLine("interrupted")
        try terminal.expectOutput("benchq> ")
        terminal.type("after" + Self.enter)
        try terminal.expectLine("got: after")
        #expect(!String(decoding: terminal.output, as: UTF8.self).contains("got: partial"))
    }

    @Test func controlDOnAnEmptyLineExitsWithStatusZero() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    @Test func aTrailingBackslashContinuesOnTheContinuationPrompt() throws {
        let home = try ProbeHome()
        let terminal = try home.startProbe()
        try terminal.expectPrompt("benchq> ")
        terminal.type("load \"a.txt\" \\" + Self.enter)
        try terminal.expectLine("got: load \"a.txt\" \\")
        try terminal.expectPrompt("...> ")
        terminal.type("| filter .name:Encode" + Self.enter)
        try terminal.expectLine("got: | filter .name:Encode")
        try terminal.expectPrompt("benchq> ")
    }
}
