import BenchqShell
import Foundation
import Testing

struct CompletionWordTests {
    @Test(arguments: [
        ("comp", 4, 0, "comp"),
        ("load \"res", 9, 6, "res"),
        ("a | fil", 7, 4, "fil"),
        ("filter .name:Enc", 16, 7, ".name:Enc"),
        ("ɐɐ comp", 7, 3, "comp"),
        ("compare base", 4, 0, "comp"),
        ("x ", 2, 2, ""),
    ])
    func findsTheWordBeforeTheCursor(line: String, cursor: Int, start: Int, text: String) {
        let word = CompletionWord(line: line, cursor: cursor)
        #expect(word.start == start)
        #expect(word.text == text)
    }
}

struct FilePathCompletionTests {
    @Test func offersFilesAndDirectoriesStartingWithTheTypedName() throws {
        let home = try ProbeHome()
        let manager = FileManager.default
        try manager.createDirectory(atPath: home.path + "/runs", withIntermediateDirectories: true)
        for name in ["results-a.txt", "results-b.txt", ".hidden", "other.txt"] {
            _ = manager.createFile(atPath: home.path + "/" + name, contents: Data())
        }
        let typed = home.path + "/r"
        #expect(
            FilePathCompletion.completions(forPath: typed, fileSuffix: "\"") == [
                home.path + "/results-a.txt\"", home.path + "/results-b.txt\"", home.path + "/runs/",
            ])
        #expect(FilePathCompletion.completions(forPath: home.path + "/.h") == [home.path + "/.hidden"])
        #expect(FilePathCompletion.completions(forPath: "~/ot", home: home.path) == ["~/other.txt"])
        #expect(FilePathCompletion.completions(forPath: home.path + "/missing/x").isEmpty)
    }
}
