@preconcurrency import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Connects a `CompletionProvider` to libedit's Tab key.
enum LibEditCompletion {
    /// Makes `provider` answer Tab from now on (nil: Tab completes nothing).
    static func install(_ provider: (any CompletionProvider)?) {
        activeCompletionProvider = provider
        // libedit reads rl_basic_word_break_characters, not rl_completer_word_break_characters.
        rl_basic_word_break_characters = UnsafePointer(wordBreakCharacters)
        rl_attempted_completion_function = completeWordUnderCursor
    }
}

/// `CompletionWord.breakCharacters` as a C string that lives as long as the process, as libedit
/// keeps the pointer. Never written after its initialization, so sharing it is safe.
nonisolated(unsafe) private let wordBreakCharacters: UnsafeMutablePointer<CChar> = {
    var breaks = String.UnicodeScalarView()
    breaks.append(contentsOf: CompletionWord.breakCharacters.sorted { $0.value < $1.value })
    return strdup(String(breaks))
}()

/// The provider the C callback asks. Only the editor's thread touches it: it is set before
/// `readline()` is called and read inside `readline()`, which is single-threaded.
nonisolated(unsafe) private var activeCompletionProvider: (any CompletionProvider)?

/// libedit's `rl_attempted_completion_function`.
///
/// libedit replaces the characters `start..<end` (wide characters, before the cursor) with the first
/// entry of the returned array, which must be the matches' common prefix, followed by the matches
/// and a NULL (so a sole match appears twice: libedit reads the third entry to tell); it frees the
/// array and each string. libedit's word can differ from `CompletionWord`: it also takes in a `"`
/// right before the cursor, and `\`-escaped break characters. libedit rings the bell after every
/// completion, even a sole match; that is its quirk, kept.
private func completeWordUnderCursor(
    _: UnsafePointer<CChar>?, start: Int32, end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Without this libedit falls back to completing file names whenever we offer nothing.
    rl_attempted_completion_over = 1
    guard let provider = activeCompletionProvider, let buffer = rl_line_buffer else { return nil }
    let text = String(cString: buffer)
    let line = Array(text.unicodeScalars)
    let cursor = min(max(Int(end), 0), line.count)
    let replacedStart = min(max(Int(start), 0), cursor)
    let word = CompletionWord(line: text, cursor: cursor)
    let candidates = provider.completions(for: text, cursor: cursor)
    let matches = candidates.map {
        rebase(Array($0.unicodeScalars), from: word.start, to: replacedStart, line: line)
    }
    guard !matches.isEmpty else { return nil }

    let typed = Array(line[replacedStart..<cursor])
    var common = commonPrefix(matches)
    if !common.starts(with: typed) {
        common = typed  // never let Tab erase what was typed
    }
    // A sole match is finished with a space, unless it is a directory to complete into.
    let sole = matches.count == 1 ? matches[0] : nil
    rl_completion_append_character = sole == nil || sole?.last == "/" ? 0 : 0x20

    let entries = [common] + matches
    // libedit frees the array with free(), so it comes from malloc().
    let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)
    guard let memory = malloc(size) else { return nil }
    let array = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
    for (index, entry) in entries.enumerated() {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: entry)
        array[index] = strdup(String(text))
    }
    array[entries.count] = nil
    return array
}

/// A replacement for the word starting at `wordStart`, rewritten to replace from `replacedStart`.
private func rebase(
    _ replacement: [Unicode.Scalar], from wordStart: Int, to replacedStart: Int, line: [Unicode.Scalar]
) -> [Unicode.Scalar] {
    if replacedStart <= wordStart {
        return Array(line[replacedStart..<wordStart]) + replacement
    }
    return Array(replacement.dropFirst(replacedStart - wordStart))
}

private func commonPrefix(_ words: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
    guard var prefix = words.first else { return [] }
    for word in words.dropFirst() {
        let shared = zip(prefix, word).prefix { $0 == $1 }.count
        prefix.removeSubrange(shared...)
    }
    return prefix
}
