import BenchData
import BenchStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The results store on large.txt: reading it as `record` reads a command's output (in
/// 64 KiB pieces, as the pipe gives them), storing it as one round (one transaction) and
/// loading it back as `load commit` does, in MB/s and results/s.
func runStoreBenchmarks(directory: String, count: Int) {
    let path = directory + "/large.txt"
    let bytes = (try? InputSource.readAll(path: path)) ?? []
    var streamed = 0
    let stream = measure(iterations: count) {
        var stream = GoBenchStream(file: InputFile(label: "large.txt", path: path))
        bytes.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 1 << 16) {
                try? stream.append(UnsafeBufferPointer(rebasing: buffer[start..<min(start + (1 << 16), buffer.count)]))
            }
        }
        try? stream.finish()
        streamed = stream.set.results.count
    }
    report(
        "StoreStream/large.txt", iterations: count, seconds: stream,
        extra: [(Double(bytes.count) / stream / 1e6, "MB/s"), (Double(streamed) / stream, "results/s")])
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
