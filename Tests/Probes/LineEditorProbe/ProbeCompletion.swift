import BenchqShell

/// The probe's completions: a few statement words, and file paths inside `load "…`.
struct ProbeCompletion: CompletionProvider {
    static let words = ["compare", "filter", "help", "load", "scaling", "sets"]

    func completions(for line: String, cursor: Int) -> [String] {
        let word = CompletionWord(line: line, cursor: cursor)
        let beforeWord = String(String.UnicodeScalarView(line.unicodeScalars.prefix(word.start)))
        let insideString = beforeWord.filter { $0 == "\"" }.count % 2 == 1
        if insideString && beforeWord.drop(while: { $0 == " " }).hasPrefix("load \"") {
            return FilePathCompletion.completions(forPath: word.text, fileSuffix: "\"")
        }
        return Self.words.filter { $0.hasPrefix(word.text) }
    }
}
