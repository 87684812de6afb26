/// Why the store, git or a recorded command could not do what was asked. The message is
/// a sentence for the user, naming the file, ref or command concerned.
package struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        /// The database file cannot be opened, read or written, or is not a benchq store.
        case database
        /// git failed, or a ref does not name a commit.
        case git
        /// A commit has no stored results.
        case noResults
        /// A recorded command failed.
        case command
        /// Ctrl-C.
        case interrupted
    }

    package var kind: Kind
    package var message: String
    /// Hints printed after the message (`note: ...`).
    package var notes: [String]

    package init(_ kind: Kind, _ message: String, notes: [String] = []) {
        self.kind = kind
        self.message = message
        self.notes = notes
    }

    package var description: String { message }
}
