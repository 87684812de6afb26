import BenchData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a benchmark command at several commits, rounds interleaved across them, storing
/// each finished round at once.
///
/// Round r runs the command at every commit in the order given before round r+1 starts
/// (A1 B1 A2 B2 ...), so slow drift of the machine (heat, other load) touches every commit
/// alike. Each commit gets a detached worktree in a temporary folder for the whole record;
/// the worktrees are removed however the record ends.
package struct Recorder {
    package var command: String
    package var rounds: Int
    package var repository: GitRepository
    package var store: ResultStore
    /// Polled while the command runs; true stops it (SIGTERM) and ends the record.
    package var isInterrupted: () -> Bool = { false }
    /// Told when a round starts, every 200 ms while it runs, and when it ends.
    package var progress: (RecordProgress) -> Void = { _ in }
    /// Malformed lines in the command's output, as `label:line: message`.
    package var warn: (String) -> Void = { _ in }
    /// The store's time stamp for a round; the current time in UTC by default.
    package var now: () -> String = { Clock.utcTimestamp() }

    package init(command: String, rounds: Int, repository: GitRepository, store: ResultStore) {
        self.command = command
        self.rounds = rounds
        self.repository = repository
        self.store = store
    }

    /// Records every round at every commit; returns the runs stored. A failing command or
    /// an interrupt throws after the worktrees are removed; the rounds finished before it
    /// stay stored.
    package func record(_ commits: [CommitInfo]) throws(StoreError) -> [PendingRun] {
        repository.removeAbandonedWorktrees()
        var worktrees: [Worktree] = []
        defer { for worktree in worktrees { worktree.remove() } }
        for commit in commits {
            if isInterrupted() { throw StoreError(.interrupted, "interrupted") }
            worktrees.append(try repository.addWorktree(commit))
        }
        let host = HostFacts.current
        var runs = commits.map { PendingRun(commit: $0, origin: .command(command), host: host) }
        let start = Clock.seconds()
        var stored = 0
        for round in 1...max(rounds, 1) {
            for (index, worktree) in worktrees.enumerated() {
                var state = RecordProgress(
                    round: round, rounds: rounds, commit: worktree.commit,
                    step: (round - 1) * commits.count + index + 1,
                    steps: rounds * commits.count, started: start, results: 0, stored: stored, finished: false)
                progress(state)
                let set = try runOnce(in: worktree, round: round) { results in
                    state.results = results
                    progress(state)
                }
                try store.append(set, to: &runs[index], recordedAt: now())
                stored += set.results.count
                state.results = set.results.count
                state.stored = stored
                state.finished = true
                progress(state)
            }
        }
        return runs
    }

    /// One run of the command, its output read as Go benchmark text as it streams.
    private func runOnce(
        in worktree: Worktree, round: Int, onResults: (Int) -> Void
    ) throws(StoreError) -> BenchmarkSet {
        let label = "\(worktree.commit.ref)#\(round)"
        var stream = GoBenchStream(file: InputFile(label: label, path: label))
        var readError: LoadError?
        var errorTail = OutputTail()
        var outputTail = OutputTail()
        let commit = worktree.commit
        var child = try ChildProcess(
            ["/bin/sh", "-c", command], in: worktree.path,
            environment: ["BENCHQ_REF": commit.ref, "BENCHQ_COMMIT": commit.sha, "BENCHQ_ROUND": String(round)])
        let termination = child.wait(
            onOutput: { piece in
                outputTail.append(piece)
                guard readError == nil else { return }
                do throws(LoadError) { try stream.append(piece) } catch { readError = error }
            },
            onError: { errorTail.append($0) },
            tick: {
                // Every tick, so that a progress line's elapsed time moves while the command
                // prints nothing.
                onResults(stream.set.results.count)
                return !isInterrupted()
            },
            finish: { $0 })
        if isInterrupted() { throw StoreError(.interrupted, "interrupted") }
        let place = "at \(worktree.commit.ref) (\(worktree.commit.shortSHA)), round \(round)"
        guard termination == .exited(0) else {
            throw StoreError(
                .command, "the command \(termination) \(place)",
                notes: errorTail.lines(titled: "its standard error ends with"))
        }
        if readError == nil {
            do { try stream.finish() } catch { readError = error }
        }
        if let readError { throw StoreError(.command, "the command's output \(place): \(readError)") }
        for warning in stream.warnings { warn("\(warning)") }
        guard !stream.set.results.isEmpty else {
            throw StoreError(
                .command, "the command printed no benchmark results \(place)",
                notes: ["it should print Go benchmark lines (go test -bench . prints them)"]
                    + outputTail.lines(titled: "its output ends with")
                    + errorTail.lines(titled: "its standard error ends with"))
        }
        return stream.set
    }
}

/// Where a record is, for a progress line.
package struct RecordProgress: Sendable {
    package var round: Int
    package var rounds: Int
    package var commit: CommitInfo
    /// This run of the command, from 1 to `steps`.
    package var step: Int
    package var steps: Int
    /// When the record started (``Clock/seconds()``).
    package var started: Double
    /// Results read so far in this run of the command.
    package var results: Int
    /// Results stored by the whole record so far.
    package var stored: Int
    /// The round is stored.
    package var finished: Bool

    package var elapsed: Double { Clock.seconds() - started }
}

/// The last few KiB a command printed, for error messages.
struct OutputTail {
    private var bytes: [UInt8] = []
    private let limit = 4096

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
        if bytes.count > 2 * limit { bytes.removeFirst(bytes.count - limit) }
    }

    /// The last lines (at most 20), as notes after a title; none when nothing was printed.
    func lines(titled title: String) -> [String] {
        let text = String(decoding: bytes.suffix(limit), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(20)
        guard !lines.isEmpty else { return [] }
        // Indented to line up under the diagnostic's `= note:`.
        return ["\(title):\n" + lines.map { "        | " + $0 }.joined(separator: "\n")]
    }
}

/// Time for the recorder: a monotonic clock for durations, UTC wall time for the store.
package enum Clock {
    /// Seconds on a monotonic clock.
    package static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Now as ISO 8601 in UTC (`2026-11-30T01:02:03Z`).
    package static func utcTimestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let two = { (value: Int32) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
