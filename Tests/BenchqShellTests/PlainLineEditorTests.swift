import BenchqShell
import Testing

#if canImport(Glibc)
    import Glibc
#endif

struct PlainLineEditorTests {
    /// A pipe holding `text`, closed for writing, so reading it ends.
    private func pipeReading(_ text: String) -> Int32 {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0)
        let bytes = Array(text.utf8)
        precondition(bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == bytes.count)
        close(ends[1])
        return ends[0]
    }

    @Test func readsEachLineThenTheEnd() {
        let input = pipeReading("load \"a.txt\"\n\nɐɐɐ\r\nlast line without newline")
        defer { close(input) }
        var editor = PlainLineEditor(input: input)
        #expect(editor.readLine(prompt: "benchq> ") == .line("load \"a.txt\""))
        #expect(editor.readLine(prompt: "benchq> ") == .line(""))
        #expect(editor.readLine(prompt: "benchq> ") == .line("ɐɐɐ"))
        #expect(editor.readLine(prompt: "benchq> ") == .line("last line without newline"))
        #expect(editor.readLine(prompt: "benchq> ") == .endOfInput)
        #expect(editor.readLine(prompt: "benchq> ") == .endOfInput)
    }

    @Test func showsNoPromptWhenTheInputIsNotATerminal() {
        let input = pipeReading("help\n")
        defer { close(input) }
        var prompts: [Int32] = [0, 0]
        precondition(pipe(&prompts) == 0)
        defer { close(prompts[0]) }
        var editor = PlainLineEditor(input: input, promptOutput: prompts[1])
        #expect(editor.readLine(prompt: "benchq> ") == .line("help"))
        #expect(editor.readLine(prompt: "benchq> ") == .endOfInput)
        close(prompts[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        #expect(buffer.withUnsafeMutableBytes { read(prompts[0], $0.baseAddress, $0.count) } == 0)
    }

    @Test func anEmptyInputEndsAtOnce() {
        let input = pipeReading("")
        defer { close(input) }
        var editor = PlainLineEditor(input: input)
        #expect(editor.readLine(prompt: "benchq> ") == .endOfInput)
    }
}
