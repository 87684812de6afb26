import Foundation
import Testing

/// The real `benchq` shell through a pseudo-terminal: completion from the language, errors
/// that leave the shell running, continuation prompts, history across restarts, Ctrl-C and
/// Ctrl-D. Assertions look at lines the shell printed, not at redrawn edit lines.
@Suite(.serialized)
struct BenchqShellTerminalTests {
    private static let enter = "\r"
    private static let tab = "\t"
    private static let controlC = "\u{3}"
    private static let controlD = "\u{4}"
    private static let upArrow = "\u{1B}[A"

    /// A real benchmark file, by absolute path (the shell starts in the test's directory).
    private static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/data/regexp-cpu1-2.txt").path

    @Test func statementsRunAndErrorsLeaveTheShellRunning() throws {
        let home = try ProbeHome()
        let terminal = try home.startShell()
        try terminal.expectPrompt("benchq> ")
        terminal.type("nosuch" + Self.enter)
        try terminal.expectOutput("unknown name 'nosuch'")
        try terminal.expectPrompt("benchq> ")
        terminal.type("sets" + Self.enter)
        try terminal.expectLine("no names are bound yet; try: old = load \"old.txt\"")
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    /// On a terminal diagnostics are coloured, unless NO_COLOR is set.
    @Test func noColorTurnsOffColouredDiagnostics() throws {
        let home = try ProbeHome()
        let terminal = try home.startShell(extra: ["NO_COLOR": "1"])
        try terminal.expectPrompt("benchq> ")
        terminal.type("nosuch" + Self.enter)
        try terminal.expectLine("<input:1>:1:1: error: unknown name 'nosuch'")
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    @Test func tabCompletesStatementWordsNamesAndFilterKeys() throws {
        let home = try ProbeHome()
        let terminal = try home.startShell()
        try terminal.expectPrompt("benchq> ")
        terminal.type("cpu = load \"\(Self.data)\"" + Self.enter)
        try terminal.expectPrompt("benchq> ")
        // `se` + Tab offers set/sets; `sets` is unique once typed far enough.
        terminal.type("sets" + Self.tab + Self.enter)
        try terminal.expectLine("cpu  set, 60 results from 1 file")
        try terminal.expectPrompt("benchq> ")
        // A bound name, then a filter value from the loaded benchmark names.
        terminal.type("cp" + Self.tab + "| filter .name:Lit" + Self.tab + Self.enter)
        try terminal.expectOutput("\nLiteral ")  // a row of the printed table, not the echoed line
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    @Test func tabCompletesPathsAndStageWords() throws {
        let home = try ProbeHome()
        let terminal = try home.startShell()
        try terminal.expectPrompt("benchq> ")
        // The path inside the string after `load` completes, closing the string.
        terminal.type("y = load \"\(Self.data.dropLast(8))" + Self.tab + Self.enter)
        try terminal.expectPrompt("benchq> ")
        // A stage word after `|`.
        terminal.type("y | fil" + Self.tab + ".name:Literal .unit:sec/op" + Self.enter)
        try terminal.expectOutput("\nLiteral ")
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    @Test func unfinishedStatementContinuesOnTheContinuationPrompt() throws {
        let home = try ProbeHome()
        let terminal = try home.startShell()
        try terminal.expectPrompt("benchq> ")
        terminal.type("x = load \"\(Self.data)\" |" + Self.enter)
        try terminal.expectPrompt("...> ")
        terminal.type("filter .name:Literal" + Self.enter)
        try terminal.expectPrompt("benchq> ")
        terminal.type("sets" + Self.enter)
        try terminal.expectLine("x  set, 12 results from 1 file")
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.controlD)
        #expect(try terminal.expectExit() == 0)
    }

    @Test func controlCCancelsTheLineAndHistorySurvivesARestart() throws {
        let home = try ProbeHome()
        do {
            let terminal = try home.startShell()
            try terminal.expectPrompt("benchq> ")
            terminal.type("half a statement" + Self.controlC)
            try terminal.expectPrompt("benchq> ")
            terminal.type("help sets" + Self.enter)
            try terminal.expectLine("sets")
            try terminal.expectPrompt("benchq> ")
            terminal.type(Self.controlD)
            #expect(try terminal.expectExit() == 0)
        }
        let terminal = try home.startShell()
        try terminal.expectPrompt("benchq> ")
        terminal.type(Self.upArrow + Self.enter)
        try terminal.expectLine("  Lists the bound names with their types and sizes.")
        try terminal.expectPrompt("benchq> ")
        terminal.type("exit 3" + Self.enter)
        #expect(try terminal.expectExit() == 3)
    }
}
