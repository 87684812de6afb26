@preconcurrency import CLibEdit

/// libedit's history list (one per process) and the file it is saved to.
///
/// The file is libedit's own format, not plain text: a `_HiStOrY_V2_` first line, then one entry
/// per line with blanks and backslashes escaped (`\040` for a space). It is rewritten whole after
/// every entry because `append_history` in libedit 3.1-20221030 writes one entry too few, and
/// capped by stifling the list: `history_truncate_file` keeps the last lines and so drops the
/// first, the cookie, after which `read_history` rejects the file.
package enum LibEditHistory {
    /// Replaces the list with the file's newest `capacity` entries. A missing file is an empty history.
    package static func load(_ file: HistoryFile) {
        LibEditSession.start()
        clear_history()
        stifle_history(Int32(clamping: file.capacity))
        _ = read_history(file.path)
    }

    /// Appends a line to the list and, when there is a file, saves the list to it.
    /// Returns false if the file could not be written.
    @discardableResult
    package static func add(_ line: String, savingTo file: HistoryFile?) -> Bool {
        LibEditSession.start()
        add_history(line)
        guard let file else { return true }
        // The list is stifled to `capacity`, so the file written from it is capped too.
        return write_history(file.path) == 0
    }

    /// The entries, oldest first.
    package static var entries: [String] {
        LibEditSession.start()
        guard let list = history_list() else { return [] }
        var entries: [String] = []
        var index = 0
        while let entry = list[index] {
            if let line = entry.pointee.line {
                entries.append(String(cString: line))
            }
            index += 1
        }
        return entries
    }

    /// The most recent entry.
    package static var newest: String? {
        entries.last
    }

    /// Empties the list (not the file).
    package static func clear() {
        LibEditSession.start()
        clear_history()
    }
}
