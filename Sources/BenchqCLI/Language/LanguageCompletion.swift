import BenchData
import BenchQuery
import BenchqShell

/// Tab completion for the shell: statement and source words at the start of an entry, stage
/// words after `|`, bound names, file paths inside the string after `load`, `profile` and
/// `source`, and after `filter` the keys and benchmark names of the loaded sets.
struct LanguageCompletion: CompletionProvider {
    let session: Session

    static let statementWords = ["set", "sets", "help", "source", "exit"]
    static let sourceWords = ["load", "compare", "scaling", "profile", "profile-diff", "record", "history", "store"]
    static let filterKeys = [".name", ".fullname", ".file", ".set", ".unit"]

    func completions(for line: String, cursor: Int) -> [String] {
        let word = CompletionWord(line: line, cursor: cursor)
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(word.start)))
        // Inside a string after load/profile/source: complete a path.
        if before.last == "\"", Self.opensPath(before) {
            return FilePathCompletion.completions(forPath: word.text, fileSuffix: "\"")
        }
        let previousWords = before.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let segment = before.split(separator: "|", omittingEmptySubsequences: false).last ?? ""
        let segmentWords = segment.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var candidates: [String]
        if segmentWords.first == "filter" {
            candidates = filterCandidates()
        } else if before.contains("|") && segmentWords.isEmpty {
            candidates = Stage.keywords
        } else if previousWords.isEmpty || (previousWords.count == 2 && previousWords.last == "=") {
            candidates = Self.statementWords + Self.sourceWords + session.variables.keys.sorted()
        } else if previousWords.last == "format", segmentWords.contains("load") {
            candidates = ResultFormat.allCases.map(\.rawValue)
        } else if previousWords.first == "help" {
            candidates = HelpTopics.all.map(\.name)
        } else {
            candidates = Self.sourceWords + session.variables.keys.sorted()
        }
        return candidates.filter { $0.hasPrefix(word.text) }
    }

    private static func opensPath(_ before: String) -> Bool {
        let words = before.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" })
        guard let last = words.last else { return false }
        return ["load", "profile", "profile-diff", "source", "save"].contains(String(last))
            || (last.hasPrefix("\"") && last.hasSuffix("\""))  // a second path after load "a"
    }

    /// Filter keys (`.name:`, config keys, `/subkeys`) and `.name:Benchmark` values of the sets.
    private func filterCandidates() -> [String] {
        var keys = Set<String>()
        var names = Set<String>()
        for value in session.variables.values {
            guard case .set(let set) = value else { continue }
            for configuration in set.set.configurations {
                for entry in configuration.entries { keys.insert(entry.key) }
            }
            for name in set.set.names {
                names.insert(".name:" + name.base)
                for part in name.parts where part.contains("=") {
                    keys.insert(String(part.prefix(while: { $0 != "=" })))
                }
            }
        }
        return Self.filterKeys.map { $0 + ":" } + keys.sorted().map { $0 + ":" } + names.sorted()
    }
}
