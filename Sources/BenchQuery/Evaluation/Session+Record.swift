import BenchData
import BenchStore

extension Session {
    /// `record "COMMAND" at REF {REF} [rounds N]`: runs the command in a worktree of every
    /// ref, rounds interleaved, and prints the runs stored.
    func record(_ source: RecordSource) throws(LocatedStoreError) -> Value {
        let command: String
        do {
            command = try interpolate(source.command)
        } catch {
            throw LocatedStoreError(evaluation: error)
        }
        var rounds = 1
        if let literal = source.rounds {
            guard literal.value.isInteger, let count = Int(exactly: literal.value.value), (1...10_000).contains(count)
            else {
                throw LocatedStoreError(
                    StoreError(.command, "rounds takes a whole number from 1 to 10000"), at: literal.span)
            }
            rounds = count
        }
        let repository = try located(source.span) { () throws(StoreError) in try self.repository() }
        var commits: [CommitInfo] = []
        for reference in source.commits {
            let ref = try commitText(reference)
            let commit = try located(reference.span) { () throws(StoreError) in try repository.resolve(ref) }
            if let same = commits.first(where: { $0.sha == commit.sha }) {
                throw LocatedStoreError(
                    StoreError(
                        .command, "\(ref) is the same commit as \(same.ref) (\(commit.shortSHA)); give each commit once"
                    ),
                    at: reference.span)
            }
            commits.append(commit)
        }
        let store = try located(source.span) { () throws(StoreError) in
            try ResultStore(path: try storePath(repository: repository), access: .write)
        }
        catchInterrupts()
        var recorder = Recorder(command: command, rounds: rounds, repository: repository, store: store)
        recorder.isInterrupted = isInterrupted
        var line = ProgressLine(onTerminal: errorIsTerminal, write: writeError)
        var finishedRounds = 0
        recorder.progress = { progress in
            if progress.finished { finishedRounds += 1 }
            line.show(progress)
        }
        recorder.warn = { [writeError] in writeError("warning: \($0)\n") }
        let runs: [PendingRun]
        do {
            runs = try recorder.record(commits)
            line.clear()
        } catch {
            line.clear()
            if finishedRounds > 0 {
                writeError(
                    "\(finishedRounds) finished round\(finishedRounds == 1 ? " is" : "s are") stored ('history' lists them)\n"
                )
            }
            throw LocatedStoreError(error, at: error.kind == .command ? source.command.span : source.span)
        }
        let ids = Set(runs.compactMap(\.id))
        return try located(source.span) { () throws(StoreError) in
            .history(StoreHistory(runs: try store.runs().filter { ids.contains($0.id) }))
        }
    }
}

/// Where a record is, on standard error: one line rewritten in place on a terminal, a plain
/// line per finished run of the command otherwise (logs, CI).
struct ProgressLine {
    let onTerminal: Bool
    let write: (String) -> Void
    private var lastShown = 0.0
    private var isShowing = false

    init(onTerminal: Bool, write: @escaping (String) -> Void) {
        self.onTerminal = onTerminal
        self.write = write
    }

    mutating func show(_ progress: RecordProgress) {
        let ref = "\(progress.commit.ref) (\(progress.commit.shortSHA))"
        let elapsed = Self.duration(progress.elapsed)
        let round = "round \(progress.round)/\(progress.rounds)"
        if onTerminal {
            // At most five redraws a second, and always the last state of a run.
            let now = Clock.seconds()
            guard progress.finished || progress.results == 0 || now - lastShown >= 0.2 else { return }
            lastShown = now
            let results = progress.stored + (progress.finished ? 0 : progress.results)
            write("\r\u{1B}[K\(round) · \(ref) · \(elapsed) · \(results) results")
            isShowing = true
        } else if progress.finished {
            write("\(round) \(ref): \(progress.results) results, \(progress.stored) stored in all, \(elapsed)\n")
        }
    }

    /// Erases the line, before the result or an error prints.
    mutating func clear() {
        if isShowing { write("\r\u{1B}[K") }
        isShowing = false
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds)
        if whole < 60 { return GoFloatFormat.fixed(seconds, precision: 1) + "s" }
        return "\(whole / 60)m\(whole % 60 < 10 ? "0" : "")\(whole % 60)s"
    }
}
