import BenchData
import BenchStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The results store on large.txt: storing it as one round (one transaction) and loading
/// it back as `load commit` does, in results/s.
func runStoreBenchmarks(directory: String, count: Int) {
    let path = directory + "/large.txt"
    let input = InputArgument(file: InputFile(label: "large.txt", path: path), isStandardInput: false)
    let set = (try? GoBenchLoader.load([input]) { _ in }) ?? BenchmarkSet()
    let storePath = "/tmp/benchq-bench-store-\(getpid()).sqlite"
    defer { for suffix in ["", "-wal", "-shm"] { unlink(storePath + suffix) } }
    guard let store = try? ResultStore(path: storePath, access: .write) else {
        print("benchq-bench: cannot create \(storePath)")
        return
    }
    let commit = CommitInfo(
        sha: String(repeating: "a", count: 40), ref: "bench", subject: "benchmark", authorDate: "2026-01-01T00:00:00Z",
        authorTime: 1_767_225_600, commitTime: 1_767_225_600)
    let host = HostFacts.current
    let append = measure(iterations: count) {
        var run = PendingRun(commit: commit, origin: .file("large.txt"), host: host)
        try? store.append(set, to: &run, recordedAt: "2026-01-01T00:00:00Z")
    }
    let results = Double(set.results.count)
    report("StoreAppend/large.txt", iterations: count, seconds: append, extra: [(results / append, "results/s")])
    guard let runs = try? store.runs(), let first = runs.first else { return }
    var loaded = 0
    let load = measure(iterations: count) { loaded = (try? store.load([first]))?.results.count ?? 0 }
    report("StoreLoad/large.txt", iterations: count, seconds: load, extra: [(Double(loaded) / load, "results/s")])
}
