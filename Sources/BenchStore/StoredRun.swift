/// The commit a run measured, as git describes it.
package struct CommitInfo: Sendable, Equatable {
    /// The full SHA.
    package var sha: String
    /// The ref as the user gave it (`v1.2.0`, `HEAD~3`).
    package var ref: String
    /// The first line of the commit message.
    package var subject: String
    /// The author date, ISO 8601 with its offset (git's `%aI`).
    package var authorDate: String
    /// The author date in seconds since 1970 (git's `%at`).
    package var authorTime: Int64
    /// The committer date in seconds since 1970 (git's `%ct`): when the commit landed where it
    /// is (a rebased or cherry-picked commit keeps its older author date). It orders commits.
    package var commitTime: Int64

    package init(sha: String, ref: String, subject: String, authorDate: String, authorTime: Int64, commitTime: Int64) {
        self.sha = sha
        self.ref = ref
        self.subject = subject
        self.authorDate = authorDate
        self.authorTime = authorTime
        self.commitTime = commitTime
    }

    /// The SHA as git abbreviates it in messages.
    package var shortSHA: String { String(sha.prefix(7)) }
}

/// How results got into the store: recorded by running a command, or imported from a file.
package enum RunOrigin: Sendable, Equatable {
    case command(String)
    case file(String)
}

/// One stored run, without its results: what `history` lists.
package struct StoredRun: Sendable, Equatable {
    /// The store's identifier of the run.
    package var id: Int64
    package var commit: CommitInfo
    /// When it was stored, ISO 8601 in UTC.
    package var recordedAt: String
    package var origin: RunOrigin
    package var host: HostFacts
    /// Finished rounds (1 for an import).
    package var rounds: Int
    /// Result lines stored.
    package var resultCount: Int
    /// Its position among the runs of its commit, from 1 (`load commit REF run N`).
    package var number: Int
    /// The results are one summary value per benchmark (see ``InputFile/aggregatesOnly``).
    package var aggregatesOnly = false
}
