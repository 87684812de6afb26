#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The git repository benchq works in, through the `git` command.
package struct GitRepository: Sendable {
    /// The top-level folder of the working tree.
    package let topLevel: String

    /// The repository containing `directory` (the process's directory when nil).
    package init(containing directory: String?) throws(StoreError) {
        let output = try Self.git(["rev-parse", "--show-toplevel"], in: directory)
        guard output.succeeded else {
            throw StoreError(
                .git, "\(directory ?? "the current folder") is not inside a git repository",
                notes: ["results are stored per commit: run benchq inside the repository of the benchmarks"])
        }
        topLevel = Self.firstLine(output.outputText)
    }

    /// The default store: `.benchq/results.sqlite` under the top level.
    package var defaultStorePath: String { topLevel + "/.benchq/results.sqlite" }

    /// The commit `ref` names (a tag, a branch, `HEAD~3`, a short SHA), with its subject and
    /// author date.
    package func resolve(_ ref: String) throws(StoreError) -> CommitInfo {
        // `--end-of-options` keeps a ref starting with `-` from being read as an option.
        let sha = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"])
        guard sha.succeeded else {
            throw StoreError(
                .git, "'\(ref)' does not name a commit in \(topLevel)",
                notes: ["give a tag, a branch, HEAD~N or a SHA that 'git rev-parse' knows"])
        }
        return try describe(Self.firstLine(sha.outputText), ref: ref)
    }

    /// The subject and author date of a full SHA.
    private func describe(_ sha: String, ref: String) throws(StoreError) -> CommitInfo {
        let show = try run(["show", "-s", "--format=%s%x00%aI%x00%at%x00%ct", sha])
        let fields = show.outputText.split(separator: "\0", omittingEmptySubsequences: false)
        guard show.succeeded, fields.count == 4, let time = Int64(fields[2]),
            let commitTime = Int64(Self.firstLine(String(fields[3])))
        else {
            throw StoreError(.git, "git cannot describe commit \(sha): \(show.errorText)")
        }
        return CommitInfo(
            sha: sha, ref: ref, subject: String(fields[0]), authorDate: String(fields[1]), authorTime: time,
            commitTime: commitTime)
    }

    /// Whether `ancestor` is an ancestor of `descendant` (`git merge-base --is-ancestor`).
    private func isAncestor(_ ancestor: String, of descendant: String) -> Bool {
        (try? run(["merge-base", "--is-ancestor", ancestor, descendant]))?.succeeded ?? false
    }

    /// `runs` (ordered by commit time) with commits committed in the same second put in
    /// ancestry order, as a scripted series of commits often is.
    package func orderingTies(_ runs: [StoredRun]) -> [StoredRun] {
        var ordered = runs
        var index = 1
        while index < ordered.count {
            var current = index
            // Insertion sort within a run of equal commit times: move a commit before the
            // earlier-listed ones it is an ancestor of.
            while current > 0, ordered[current - 1].commit.commitTime == ordered[current].commit.commitTime,
                ordered[current - 1].commit.sha != ordered[current].commit.sha,
                isAncestor(ordered[current].commit.sha, of: ordered[current - 1].commit.sha)
            {
                ordered.swapAt(current - 1, current)
                current -= 1
            }
            index += 1
        }
        return ordered
    }

    /// Checks `commit` out, detached, into a new temporary folder.
    package func addWorktree(_ commit: CommitInfo) throws(StoreError) -> Worktree {
        var template = Array((Self.temporaryFolder + "/benchq-worktree-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let folder = made else {
            throw StoreError(.git, "cannot make a temporary folder: \(String(cString: strerror(errno)))")
        }
        let worktree = Worktree(repository: self, folder: folder, commit: commit)
        // Locked with this process's id, so that a later record can tell a worktree left by
        // a killed benchq (see removeAbandonedWorktrees) from one in use.
        let added = try run([
            "worktree", "add", "--detach", "--quiet", "--lock", "--reason", Self.lockReason(getpid()), worktree.path,
            commit.sha,
        ])
        guard added.succeeded else {
            worktree.remove()
            throw StoreError(.git, "cannot check out \(commit.ref) (\(commit.shortSHA)): \(added.errorText)")
        }
        return worktree
    }

    private static func lockReason(_ process: pid_t) -> String { "benchq record, process \(process)" }

    /// Removes worktrees that a benchq killed without a chance to clean up left behind:
    /// locked by a benchq process that no longer runs.
    package func removeAbandonedWorktrees() {
        guard let listing = try? run(["worktree", "list", "--porcelain"]).outputText else { return }
        var path: String?
        for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("worktree ") { path = String(line.dropFirst("worktree ".count)) }
            let prefix = "locked " + Self.lockReason(0).dropLast()
            guard let path, line.hasPrefix(prefix), let owner = pid_t(line.dropFirst(prefix.count)),
                kill(owner, 0) != 0, errno == ESRCH, let slash = path.lastIndex(of: "/")
            else { continue }
            let folder = String(path[..<slash])
            guard folder.split(separator: "/").last?.hasPrefix("benchq-worktree-") == true else { continue }
            Worktree(
                repository: self, folder: folder,
                commit: CommitInfo(sha: "", ref: "", subject: "", authorDate: "", authorTime: 0, commitTime: 0)
            )
            .remove()
        }
    }

    @discardableResult
    func run(_ arguments: [String]) throws(StoreError) -> ChildProcess.Output {
        try Self.git(arguments, in: topLevel)
    }

    private static func git(_ arguments: [String], in directory: String?) throws(StoreError) -> ChildProcess.Output {
        do {
            return try ChildProcess.run(["git"] + (directory.map { ["-C", $0] } ?? []) + arguments)
        } catch {
            throw StoreError(.git, "cannot run git: \(error.message)", notes: ["benchq needs git on PATH"])
        }
    }

    private static func firstLine(_ text: String) -> String {
        String(text.prefix { $0 != "\n" && $0 != "\r" })
    }

    private static var temporaryFolder: String {
        guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
        let path = String(cString: value)
        return path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

/// A detached checkout of one commit in a temporary folder, removed with ``remove()``.
package struct Worktree: Sendable {
    let repository: GitRepository
    /// The temporary folder (`benchq-worktree-XXXXXX`); the checkout is inside it, under the
    /// same unique name, because git names its bookkeeping for a worktree after the last
    /// path component and two records at once must not share one.
    let folder: String
    package let commit: CommitInfo

    /// Where the commit is checked out (the command runs here).
    package var path: String { folder + "/" + (folder.split(separator: "/").last.map(String.init) ?? "tree") }

    /// Unregisters the worktree and deletes its folder; safe to call more than once.
    package func remove() {
        _ = try? repository.run(["worktree", "remove", "--force", "--force", path])
        _ = try? ChildProcess.run(["rm", "-rf", folder])
        _ = try? repository.run(["worktree", "prune"])
    }
}
