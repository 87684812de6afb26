import BenchStore
import BenchqTestSupport
import Foundation
import Testing

/// `benchq record` as a process: killed, interrupted, or two at once, the store stays sound
/// and keeps every finished round, and no worktree is left behind.
@Suite struct RecordProcessTests {
    /// A running `benchq record`, whose standard error (one line per stored run of the
    /// command, off a terminal) is read as it comes.
    final class Recording {
        let process = Process()
        private let errors = Pipe()
        private var received = Data()

        init(_ arguments: [String], in repository: TemporaryGitRepository) throws {
            process.executableURL = ProcessTests.executable
            process.arguments = ["record"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: repository.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Waits until `count` lines arrived on standard error (or it closed); returns them.
        func waitForLines(_ count: Int) -> [String] {
            while lines.count < count {
                let piece = errors.fileHandleForReading.availableData
                if piece.isEmpty { break }
                received.append(piece)
            }
            return lines
        }

        var lines: [String] {
            String(decoding: received, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        func finish() -> Int32 {
            received.append(errors.fileHandleForReading.readDataToEndOfFile())
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// `bench.sh` slowed down, so that a signal lands while the command runs.
    private static let slowCommand = "sleep 0.4; sh bench.sh"

    private func storedRounds(_ repository: TemporaryGitRepository) throws -> (rounds: [Int], integrity: [String]) {
        let store = try ResultStore(path: repository.path + "/.benchq/results.sqlite", access: .read)
        return (try store.runs().map(\.rounds), try store.integrityCheck())
    }

    @Test func aRecordKilledMidwayKeepsEveryFinishedRoundAndASoundStore() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let recording = try Recording([Self.slowCommand, "at", "v1.0.0", "HEAD", "--rounds", "10"], in: repository)
        let finished = recording.waitForLines(3)
        kill(recording.process.processIdentifier, SIGKILL)
        _ = recording.finish()
        #expect(recording.process.terminationReason == .uncaughtSignal)
        let stored = try storedRounds(repository)
        #expect(stored.integrity == ["ok"])
        // Every round reported finished is stored; at most the one being stored when the
        // kill came is stored unreported.
        let total = stored.rounds.reduce(0, +)
        #expect(total >= finished.count && total <= finished.count + 1, "\(stored.rounds) \(finished)")
        #expect(total < 20)
        // The killed benchq could not remove its worktrees; the next record does.
        #expect(try Recording(["sh bench.sh", "HEAD"], in: repository).finish() == 0)
        #expect(try repository.worktrees() == [repository.path])
    }

    @Test func anInterruptedRecordExits130KeepsFinishedRoundsAndRemovesWorktrees() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let recording = try Recording(["sleep 0.3; sh bench.sh", "v1.0.0", "HEAD", "--rounds", "10"], in: repository)
        let finished = recording.waitForLines(2)
        kill(recording.process.processIdentifier, SIGINT)
        let status = recording.finish()
        #expect(status == 130)
        #expect(recording.lines.contains { $0.contains("finished rounds are stored") }, "\(recording.lines)")
        let stored = try storedRounds(repository)
        #expect(stored.integrity == ["ok"])
        #expect(stored.rounds.reduce(0, +) >= finished.count)
        #expect(try repository.worktrees() == [repository.path])
    }

    /// Three processes start on a repository with no store yet: they race to create it,
    /// then to write their rounds.
    @Test func recordsRunningAtOnceAllLand() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let recordings = try ["v1.0.0", "HEAD~1", "HEAD"].map { ref in
            try Recording(["sh bench.sh", ref, "--rounds", "6"], in: repository)
        }
        for recording in recordings {
            #expect(recording.finish() == 0, "\(recording.lines)")
        }
        let stored = try storedRounds(repository)
        #expect(stored.rounds == [6, 6, 6])
        #expect(stored.integrity == ["ok"])
        #expect(try repository.worktrees() == [repository.path])
        // Nothing is left of the stores that lost the race to be created.
        let folder = try FileManager.default.contentsOfDirectory(atPath: repository.path + "/.benchq")
        #expect(folder.filter { $0.contains(".new-") }.isEmpty, "\(folder)")
    }

    @Test func theStoreOptionReachesRecordScriptsAndTheEnvironment() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let store = repository.path + "/custom.sqlite"
        #expect(try Recording(["sh bench.sh", "HEAD", "--store", store], in: repository).finish() == 0)
        #expect(FileManager.default.fileExists(atPath: store))
        for (arguments, environment) in [
            (["--store", store, "-c", "history"], [:]), (["-c", "history"], ["BENCHQ_STORE": store]),
        ] {
            let process = Process()
            process.executableURL = ProcessTests.executable
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.currentDirectoryURL = URL(fileURLWithPath: repository.path)
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(text.hasSuffix("1 run of 1 commit\n"), "\(arguments): \(text)")
        }
    }

    @Test func aFailingCommandShowsItsErrorAndExitsTwo() throws {
        let repository = try TemporaryGitRepository.threeVersions()
        let recording = try Recording(["echo 'no such benchmark' >&2; exit 1", "HEAD"], in: repository)
        #expect(recording.finish() == 2)
        #expect(recording.lines.contains("      = note: its standard error ends with:"), "\(recording.lines)")
        #expect(recording.lines.contains("        | no such benchmark"))
        #expect(try repository.worktrees() == [repository.path])
    }
}
