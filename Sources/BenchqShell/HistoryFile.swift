#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the shell keeps its history between sessions, and how many lines it keeps.
package struct HistoryFile: Equatable, Sendable {
    package var path: String
    /// The newest `capacity` lines are kept; older ones are dropped from the list and the file.
    package var capacity: Int

    package init(path: String, capacity: Int = 1000) {
        self.path = path
        self.capacity = capacity
    }

    /// `$BENCHQ_HISTORY` if set, else `~/.benchq_history`; nil when there is no home directory.
    package static func standard(environment: (String) -> String? = environmentValue) -> HistoryFile? {
        if let path = environment("BENCHQ_HISTORY"), !path.isEmpty {
            return HistoryFile(path: path)
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return HistoryFile(path: home.hasSuffix("/") ? home + ".benchq_history" : home + "/.benchq_history")
    }
}

/// The value of an environment variable, if set.
package func environmentValue(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
