import BenchData
import BenchProfile
import BenchReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decode plus `top` on a large profile built from a real one: the real profile's bytes
/// followed by copies of its sample messages (protobuf appends repeated fields), until the
/// uncompressed protobuf is about `targetBytes`. Also the small real profiles in-process.
func runProfileBenchmarks(pprofDirectory: String, count: Int) {
    let path = pprofDirectory + "/real/realgo.v2.cpu.pb.gz"
    let raw: [UInt8]
    do {
        raw = try Gunzip.inflate(try InputSource.readAll(path: path))
    } catch {
        print("benchq-bench: \(path): \(error)")
        return
    }
    let large = replicatingSamples(of: raw, targetBytes: 50_000_000)
    var samples = 0
    var failure: String?
    let cpuBefore = processCPUSeconds()
    let seconds = measure(iterations: count) {
        do {
            let profile = try ProfileDecoder.decode(large)
            samples = profile.sampleCount
            var text = ""
            ProfileTextWriter.write(try ProfileTop(profile, query: ProfileQuery()), to: &text)
        } catch {
            failure = "\(error)"
        }
    }
    // CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
    let cpuSeconds = (processCPUSeconds() - cpuBefore) / Double(count)
    if let failure { print("benchq-bench: large profile: \(failure)") }
    report(
        "ProfileTop/realgo.v2.cpu-x\(samples / 74)", iterations: count, seconds: seconds,
        extra: [
            (Double(large.count) / seconds / 1e6, "MB/s"), (Double(samples) / seconds, "samples/s"),
            (Double(large.count) / cpuSeconds / 1e6, "cpu-MB/s"),
        ])

    // profile-diff of the large profile against itself: the merge (every base sample copied,
    // negated) plus `top` of twice the samples.
    do {
        let profile = try ProfileDecoder.decode(large)
        let seconds = measure(iterations: count) {
            do {
                let merged = try ProfileDiff.merge(base: profile, new: profile, normalize: false)
                var text = ""
                ProfileTextWriter.write(try ProfileTop(merged, query: ProfileQuery()), to: &text)
            } catch {
                failure = "\(error)"
            }
        }
        if let failure { print("benchq-bench: large profile diff: \(failure)") }
        report(
            "ProfileDiff/realgo.v2.cpu-x\(samples / 74)", iterations: count, seconds: seconds,
            extra: [(Double(profile.sampleCount * 2) / seconds, "samples/s")])
    } catch {
        print("benchq-bench: large profile: \(error)")
    }

    // Folded stacks: a real file repeated to about 20 MB.
    do {
        let file = try InputSource.readAll(path: pprofDirectory + "/folded/realgo.v1.cpu.folded")
        var folded: [UInt8] = []
        while folded.count < 20_000_000 { folded += file }
        var stacks = 0
        let seconds = measure(iterations: count) {
            do {
                stacks = try FoldedStacksReader.read(folded).sampleCount
            } catch {
                failure = "\(error)"
            }
        }
        if let failure { print("benchq-bench: folded stacks: \(failure)") }
        report(
            "FoldedStacks/realgo.v1.cpu-20MB", iterations: count, seconds: seconds,
            extra: [(Double(folded.count) / seconds / 1e6, "MB/s"), (Double(stacks) / seconds, "stacks/s")])
    } catch {
        print("benchq-bench: folded stacks: \(error)")
    }

    for name in ["real/realgo.v1.cpu.pb.gz", "real/json-opt.cpu.pprof", "real/realgo.v1.allocs.pb.gz"] {
        let seconds = measure(iterations: count * 20) {
            do {
                let profile = try ProfileLoader.load(pprofDirectory + "/" + name)
                var text = ""
                ProfileTextWriter.write(try ProfileTop(profile, query: ProfileQuery()), to: &text)
            } catch {
                failure = "\(error)"
            }
        }
        if let failure { print("benchq-bench: \(name): \(failure)") }
        report("ProfileTop/\(name)", iterations: count * 20, seconds: seconds)
    }
}

/// User plus system CPU seconds of this process so far.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// `raw` followed by copies of its top-level field-2 (sample) records.
private func replicatingSamples(of raw: [UInt8], targetBytes: Int) -> [UInt8] {
    var sampleRecords: [UInt8] = []
    var position = 0
    func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < raw.count {
            let byte = raw[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }
    while position < raw.count {
        let start = position
        let key = varint()
        switch key & 7 {
        case 0: _ = varint()
        case 1: position += 8
        case 2: position += Int(varint())
        case 5: position += 4
        default: position = raw.count
        }
        if key >> 3 == 2 && key & 7 == 2 { sampleRecords += raw[start..<min(position, raw.count)] }
    }
    guard !sampleRecords.isEmpty else { return raw }
    var large = raw
    large.reserveCapacity(targetBytes + sampleRecords.count)
    while large.count < targetBytes { large += sampleRecords }
    return large
}
