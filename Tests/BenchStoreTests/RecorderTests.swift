import BenchData
import BenchqTestSupport
import Foundation
import Synchronization
import Testing

@testable import BenchStore

/// `record`: worktrees per ref, rounds interleaved, each finished round stored at once.
@Suite struct RecorderTests {
    @Test func roundsAlternateBetweenRefsAndEveryRoundIsStored() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let log = fixture.scratchPath("log")
        let commits = [try fixture.git.resolve("v1.0.0"), try fixture.git.resolve("HEAD")]
        let runs = try fixture.recorder(rounds: 3, log: log, store: store).record(commits)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "one\nthree\none\nthree\none\nthree\n")
        #expect(runs.map(\.rounds) == [3, 3])
        let stored = try store.runs()
        #expect(stored.map(\.commit.ref) == ["v1.0.0", "HEAD"])
        #expect(stored.map(\.resultCount) == [6, 6])
        #expect(stored.allSatisfy { $0.origin == .command("sh bench.sh '\(log)'") })
        let old = try store.load(try store.runs(ofCommit: commits[0].sha))
        let new = try store.load(try store.runs(ofCommit: commits[1].sha))
        #expect(
            old.results.map { old.name(of: $0).fullName }
                == Array(repeating: ["Encode-8", "Decode-8"], count: 3).flatMap { $0 })
        #expect(
            old.measurements.filter { old.units[Int($0.originalUnit)] == "ns/op" }.map(\.originalValue) == [
                100, 200, 100, 200, 100, 200,
            ])
        #expect(new.measurements.first?.originalValue == 200)
        // The benchmark text's own configuration lines are kept.
        #expect(old.configurations.first?.value(of: "pkg") == "example.com/bench")
        #expect(try fixture.repository.worktrees() == [fixture.repository.path])
    }

    @Test func progressIsReportedPerRoundInOrder() throws {
        let fixture = try StoreFixture()
        var recorder = fixture.recorder(rounds: 2, store: try fixture.store())
        let events = Mutex<[String]>([])
        recorder.progress = { progress in
            guard progress.finished else { return }
            events.withLock {
                $0.append(
                    "\(progress.step)/\(progress.steps) \(progress.commit.ref) \(progress.results) \(progress.stored)")
            }
        }
        _ = try recorder.record([try fixture.git.resolve("HEAD~1"), try fixture.git.resolve("HEAD")])
        #expect(events.withLock { $0 } == ["1/4 HEAD~1 2 2", "2/4 HEAD 2 4", "3/4 HEAD~1 2 6", "4/4 HEAD 2 8"])
    }

    @Test func aFailingCommandKeepsFinishedRoundsShowsItsErrorAndRemovesWorktrees() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let counter = fixture.scratchPath("counter")
        // Fails on its third run (round 2 of the first ref).
        let command =
            "echo x >> '\(counter)'; [ $(wc -l < '\(counter)') -lt 3 ] || { echo 'bench: out of cheese' >&2; exit 3; }; sh bench.sh"
        let recorder = Recorder(command: command, rounds: 3, repository: fixture.git, store: store)
        let error = try #require(throws: StoreError.self) {
            try recorder.record([try fixture.git.resolve("v1.0.0"), try fixture.git.resolve("HEAD")])
        }
        #expect(error.kind == .command)
        #expect(error.message.hasPrefix("the command exited with status 3 at v1.0.0 ("))
        #expect(error.message.hasSuffix("), round 2"))
        #expect(error.notes == ["its standard error ends with:\n        | bench: out of cheese"])
        #expect(try store.runs().map(\.rounds) == [1, 1])
        #expect(try fixture.repository.worktrees() == [fixture.repository.path])
    }

    @Test func theCommandIsToldItsRefCommitAndRound() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let log = fixture.scratchPath("log")
        let command = "echo \"$BENCHQ_REF $BENCHQ_COMMIT $BENCHQ_ROUND\" >> '\(log)'; sh bench.sh"
        let head = try fixture.git.resolve("HEAD")
        _ = try Recorder(command: command, rounds: 2, repository: fixture.git, store: store).record([head])
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "HEAD \(head.sha) 1\nHEAD \(head.sha) 2\n")
    }

    @Test func aProcessTheCommandLeavesBehindDoesNotHoldTheRecord() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        // The background sleep keeps the output pipe open after the command has exited.
        let recorder = Recorder(command: "sh bench.sh; sleep 30 &", rounds: 1, repository: fixture.git, store: store)
        let started = Date()
        _ = try recorder.record([try fixture.git.resolve("HEAD")])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try store.runs().map(\.resultCount) == [2])
    }

    @Test func aCommandPrintingNoResultsIsAnError() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let recorder = Recorder(command: "echo PASS", rounds: 1, repository: fixture.git, store: store)
        let error = try #require(throws: StoreError.self) { try recorder.record([try fixture.git.resolve("HEAD")]) }
        #expect(error.message.hasPrefix("the command printed no benchmark results at HEAD"))
        #expect(error.notes.last == "its output ends with:\n        | PASS")
        #expect(try store.runs().isEmpty)
    }

    @Test func anInterruptStopsTheCommandKeepsFinishedRoundsAndRemovesWorktrees() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        // The second run of the command sleeps until it is stopped.
        let counter = fixture.scratchPath("counter")
        let command = "echo x >> '\(counter)'; [ $(wc -l < '\(counter)') -lt 2 ] || sleep 30; sh bench.sh"
        var recorder = Recorder(command: command, rounds: 2, repository: fixture.git, store: store)
        let stop = Atomic<Bool>(false)
        recorder.progress = { progress in
            if progress.finished { stop.store(true, ordering: .sequentiallyConsistent) }
        }
        recorder.isInterrupted = { stop.load(ordering: .sequentiallyConsistent) }
        let started = Date()
        let error = try #require(throws: StoreError.self) { try recorder.record([try fixture.git.resolve("HEAD")]) }
        #expect(error.kind == .interrupted)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try store.runs().map(\.rounds) == [1])
        #expect(try fixture.repository.worktrees() == [fixture.repository.path])
    }
}
