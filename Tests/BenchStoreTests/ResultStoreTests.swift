import BenchData
import BenchqTestSupport
import Foundation
import GRDB
import Testing

@testable import BenchStore

/// The store keeps results exactly as read, per commit, and refuses files it cannot trust.
@Suite struct ResultStoreTests {
    @Test(arguments: ["go/strconv-opt-a.txt", "go/synthetic-edgecases.txt", "go/multipkg-gotest.txt"])
    func importedResultsLoadBackAsRead(file: String) throws {
        let fixture = try StoreFixture()
        let text = try #require(SharedTestData.text(file))
        let store = try fixture.store()
        try fixture.importText(text, at: "v1.0.0", into: store)
        let direct = try GoBenchLoader.load(
            [InputArgument(file: InputFile(label: "x", path: SharedTestData.url(file).path), isStandardInput: false)]
        ) { _ in }
        let runs = try store.runs(ofCommit: try fixture.git.resolve("v1.0.0").sha)
        let loaded = try store.load(runs)
        #expect(resultLines(loaded) == resultLines(direct))
        #expect(loaded.results.count == direct.results.count)
        // Tidied values and units are as a file load gives them.
        #expect(loaded.measurements.map(\.value) == direct.measurements.map(\.value))
        #expect(
            loaded.measurements.map { loaded.units[Int($0.unit)] }
                == direct.measurements.map { direct.units[Int($0.unit)] })
    }

    @Test func runsKeepCommitFactsAndNumberPerCommit() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        let line = "BenchmarkX-8 10 5 ns/op\n"
        try fixture.importText(line, at: "v1.0.0", into: store)
        try fixture.importText(line, at: "HEAD", into: store)
        try fixture.importText(line, at: "v1.0.0", into: store)
        let runs = try store.runs()
        #expect(runs.map(\.commit.ref) == ["v1.0.0", "v1.0.0", "HEAD"])
        #expect(runs.map(\.number) == [1, 2, 1])
        #expect(runs[0].commit.subject == "Commit one")
        #expect(runs[0].commit.authorDate.hasPrefix("2026-01-01T10:00:00"))
        #expect(runs[0].origin == .file("imported"))
        #expect(runs[0].host.cores > 0)
        #expect(runs.allSatisfy { $0.resultCount == 1 && $0.rounds == 1 })
    }

    @Test func inputsWithAggregatesOnlyStaySo() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        try fixture.importText("BenchmarkX 1 5 ns/op\n", at: "HEAD", into: store, aggregatesOnly: true)
        try fixture.importText("BenchmarkX 1 5 ns/op\n", at: "HEAD", into: store)
        let runs = try store.runs()
        #expect(runs.map(\.aggregatesOnly) == [true, false])
        #expect(try store.load(runs).files.map(\.aggregatesOnly) == [true, false])
    }

    @Test func aNaNValueSurvives() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        try fixture.importText("BenchmarkX 1 NaN ns/op 3 B/op\n", at: "HEAD", into: store)
        let set = try store.load(try store.runs())
        #expect(set.measurements.count == 2)
        #expect(set.measurements[0].originalValue.isNaN)
    }

    @Test func readingAMissingStoreIsAnErrorNotANewStore() throws {
        let fixture = try StoreFixture()
        let error = try #require(throws: StoreError.self) { try fixture.store(.read) }
        #expect(error.message.contains("there is no results store at \(fixture.storePath)"))
        #expect(!FileManager.default.fileExists(atPath: fixture.storePath))
    }

    @Test func theStoreFolderIsIgnoredByGit() throws {
        let fixture = try StoreFixture()
        let store = try fixture.store()
        try fixture.importText("BenchmarkX 1 1 ns/op\n", at: "HEAD", into: store)
        #expect(try fixture.repository.git("status", "--porcelain").isEmpty)
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let contents = "this is not a database, just text that happens to be long enough"
        let expected = "is not a benchq results store"
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(
            atPath: fixture.repository.path + "/.benchq", withIntermediateDirectories: true)
        try contents.write(toFile: fixture.storePath, atomically: true, encoding: .utf8)
        for access in [ResultStore.Access.read, .write] {
            let error = try #require(throws: StoreError.self) { try fixture.store(access) }
            #expect(error.message.contains(expected), "\(error.message)")
        }
        #expect(try String(contentsOfFile: fixture.storePath, encoding: .utf8) == contents)
    }

    /// An empty file is what another process creating the store leaves for a moment.
    @Test func anEmptyFileHoldsNoResultsAndCanBecomeAStore() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(
            atPath: fixture.repository.path + "/.benchq", withIntermediateDirectories: true)
        try "".write(toFile: fixture.storePath, atomically: true, encoding: .utf8)
        let error = try #require(throws: StoreError.self) { try fixture.store(.read) }
        #expect(error.message == "the results store \(fixture.storePath) holds no results yet")
        try fixture.importText("BenchmarkX 1 1 ns/op\n", at: "HEAD", into: try fixture.store())
        #expect(try fixture.store(.read).runs().count == 1)
    }

    @Test func anotherApplicationsDatabaseIsRefused() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(
            atPath: fixture.repository.path + "/.benchq", withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: fixture.storePath)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try other.close()
        let error = try #require(throws: StoreError.self) { try fixture.store() }
        #expect(error.message.contains("is an SQLite database, but not a benchq results store"))
    }

    @Test func aDamagedStoreGivesAClearError() throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.store()
            for index in 0..<200 {
                try fixture.importText("BenchmarkX\(index) 1 \(index) ns/op\n", at: "HEAD", into: store)
            }
        }
        // Overwrite the middle of the file (past the header page) with garbage.
        let handle = try #require(FileHandle(forUpdatingAtPath: fixture.storePath))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 8192))
        try handle.close()
        let error = try #require(throws: StoreError.self) {
            let store = try fixture.store(.read)
            _ = try store.load(try store.runs())
        }
        #expect(error.kind == .database)
        #expect(error.message.contains(fixture.storePath))
    }

    @Test func aReadOnlyStoreIsNotWrittenButCanBeRead() throws {
        let fixture = try StoreFixture()
        try fixture.importText("BenchmarkX 1 1 ns/op\n", at: "HEAD", into: try fixture.store())
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: fixture.storePath)
        let error = try #require(throws: StoreError.self) { try fixture.store(.write) }
        #expect(error.message == "the results store \(fixture.storePath) is read-only")
        #expect(try fixture.store(.read).runs().count == 1)
    }

    @Test func aStoreFromANewerBenchqIsRefused() throws {
        let fixture = try StoreFixture()
        try fixture.importText("BenchmarkX 1 1 ns/op\n", at: "HEAD", into: try fixture.store())
        let queue = try DatabaseQueue(path: fixture.storePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
        try queue.close()
        let error = try #require(throws: StoreError.self) { try fixture.store(.read) }
        #expect(error.message.contains("was written by a newer benchq"))
    }
}
