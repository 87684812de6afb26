import BenchData
import BenchqTestSupport
import Foundation

@testable import BenchStore

/// A temporary git repository with three versions and a store path beside it.
final class StoreFixture {
    let repository: TemporaryGitRepository
    let git: GitRepository
    let storePath: String

    init() throws {
        repository = try TemporaryGitRepository.threeVersions()
        git = try GitRepository(containing: repository.path)
        storePath = git.defaultStorePath
    }

    func store(_ access: ResultStore.Access = .write) throws -> ResultStore {
        try ResultStore(path: storePath, access: access)
    }

    /// Stores Go benchmark text as one imported run of `ref`.
    @discardableResult
    func importText(
        _ text: String, at ref: String, into store: ResultStore, aggregatesOnly: Bool = false
    ) throws -> PendingRun {
        var stream = GoBenchStream(
            file: InputFile(label: "imported", path: "imported", aggregatesOnly: aggregatesOnly))
        try Array(text.utf8).withUnsafeBufferPointer { try stream.append($0) }
        try stream.finish()
        var run = PendingRun(commit: try git.resolve(ref), origin: .file("imported"), host: HostFacts.current)
        try store.append(stream.set, to: &run, recordedAt: "2026-02-01T00:00:00Z")
        return run
    }

    /// A recorder of `bench.sh` (logging each run's commit name to `log`).
    func recorder(rounds: Int, log: String? = nil, store: ResultStore) -> Recorder {
        Recorder(command: "sh bench.sh" + (log.map { " '\($0)'" } ?? ""), rounds: rounds, repository: git, store: store)
    }

    /// A file path in a fresh temporary folder, outside the repository.
    func scratchPath(_ name: String) -> String {
        repository.path + ".scratch-" + name
    }

    deinit {
        for suffix in ["log", "counter"] { try? FileManager.default.removeItem(atPath: scratchPath(suffix)) }
    }
}

/// Every result of a set as `name value unit ...` lines (original values), for comparisons.
func resultLines(_ set: BenchmarkSet) -> [String] {
    var text = ""
    GoBenchWriter.write(set, to: &text)
    return text.split(separator: "\n").map(String.init)
}
