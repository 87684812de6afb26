// Generated inputs of about 10 MB in other tools' formats, shaped like the real files in
// ../shared/testdata/formats, for measuring the readers' speed.

import BenchData

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One generated input: its name (and file name), its bytes and how many results it holds.
struct FormatInput {
    var name: String
    var text: String
    /// The same results as Go benchmark text, where the format carries it (to time the Go
    /// text reader on the very results the format's reader hands it).
    var goText: String?
}

enum FormatInputs {
    static let targetSize = 10_000_000

    /// A value that varies like a timing, with the digits real tools print.
    static func value(_ index: Int, base: Double) -> Double {
        base * (1 + Double((index &* 2_654_435_761) % 1000) / 997)
    }

    static func googleBenchmark() -> FormatInput {
        var text = """
            {
              "context": {
                "date": "2026-11-29T21:26:58+00:00",
                "host_name": "vm",
                "executable": "./b",
                "num_cpus": 2,
                "mhz_per_cpu": 2445,
                "cpu_scaling_enabled": false,
                "library_build_type": "release"
              },
              "benchmarks": [

            """
        var index = 0
        while text.utf8.count < targetSize {
            if index > 0 { text += ",\n" }
            let family = index / 10
            text += """
                    {
                      "name": "BM_VectorPush/\(family % 97)",
                      "family_index": \(family),
                      "per_family_instance_index": 0,
                      "run_name": "BM_VectorPush/\(family % 97)",
                      "run_type": "iteration",
                      "repetitions": 10,
                      "repetition_index": \(index % 10),
                      "threads": 1,
                      "iterations": 262281,
                      "real_time": \(value(index, base: 212.61715488356396)),
                      "cpu_time": \(value(index + 1, base: 101.96106465965892)),
                      "time_unit": "ns",
                      "bytes_per_second": \(value(index + 2, base: 3.1384529091388410e+08)),
                      "items_per_second": \(value(index + 3, base: 7.8461322728471026e+07))
                    }
                """
            index += 1
        }
        text += "\n  ]\n}\n"
        return FormatInput(name: "gbench.json", text: text)
    }

    static func hyperfine() -> FormatInput {
        var text = "{\n  \"results\": [\n"
        var command = 0
        while text.utf8.count < targetSize {
            if command > 0 { text += ",\n" }
            text += "    {\n      \"command\": \"sleep 0.\(command)\",\n      \"mean\": 0.0024,\n      \"times\": [\n"
            for index in 0..<10_000 {
                text += (index > 0 ? ",\n" : "") + "        \(value(index, base: 0.0024749750000000004))"
            }
            text += "\n      ]\n    }"
            command += 1
        }
        text += "\n  ]\n}\n"
        return FormatInput(name: "hyperfine.json", text: text)
    }

    static func goTestJSON() -> FormatInput {
        var text = ""
        var goText = ""
        var index = 0
        while text.utf8.count < targetSize {
            let name = "BenchmarkSort/n=\(index % 50)-2"
            let time = "2026-11-29T21:30:25.0\(index % 10)2812623Z"
            let value = Int(value(index, base: 717))
            // Split as test2json splits a line: the name, then the measurements.
            text += #"{"Time":"\#(time)","Action":"output","Package":"example.com/gob","Output":"\#(name)         \t"}"#
            text += "\n"
            text +=
                #"{"Time":"\#(time)","Action":"output","Package":"example.com/gob","Output":"   20000\t       \#(value)\tns/op\t     104 B/op\t       2 allocs/op\n"}"#
            text += "\n"
            goText += "\(name)         \t   20000\t       \(value)\tns/op\t     104 B/op\t       2 allocs/op\n"
            index += 1
        }
        return FormatInput(name: "gotest.jsonl", text: text, goText: "pkg: example.com/gob\n" + goText)
    }

    static func pyperf() -> FormatInput {
        var text = #"{"benchmarks": ["#
        var benchmark = 0
        while text.utf8.count < targetSize {
            if benchmark > 0 { text += ", " }
            text += #"{"metadata": {"name": "bench_\#(benchmark)"}, "runs": ["#
            for run in 0..<100 {
                text += run > 0 ? ", " : ""
                text +=
                    #"{"metadata": {"date": "2026-11-29 21:29:35.439174"}, "warmups": [[500, 9.570422000024336e-06]], "values": ["#
                text += (0..<20).map { "\(value(run * 20 + $0, base: 4.4714539999404225e-06))" }.joined(separator: ", ")
                text += "]}"
            }
            text += "]}"
            benchmark += 1
        }
        text += #"], "metadata": {"loops": 500, "unit": "second", "hostname": "vm"}, "version": "1.0"}"#
        return FormatInput(name: "pyperf.json", text: text)
    }

    static var all: [FormatInput] { [googleBenchmark(), hyperfine(), goTestJSON(), pyperf()] }
}

/// Loads each generated input through the format loader (detection included) from a file
/// in a temporary directory, and reports MB/s and results/s.
func benchmarkFormats(count: Int, only: String? = nil) {
    var template = Array("/tmp/benchq-bench-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { return }
    let directory = String(cString: made)
    // Generated once: each input is ~10 MB of string building.
    let inputs = FormatInputs.all.filter { input in only.map { input.name.contains($0) } ?? true }
    defer {
        for input in inputs { unlink(directory + "/" + input.name) }
        rmdir(directory)
    }
    for input in inputs {
        let path = directory + "/" + input.name
        guard let file = fopen(path, "w") else { continue }
        fputs(input.text, file)
        fclose(file)
        let size = input.text.utf8.count
        var results = 0
        var failure: String?
        let seconds = measure(iterations: count) {
            do {
                let set = try ResultLoader.load(
                    [InputArgument(file: InputFile(label: input.name, path: path), isStandardInput: false)],
                    warn: { _ in }, note: { _ in })
                results = set.results.count
            } catch {
                failure = "\(error)"
            }
        }
        if let failure {
            print("# \(input.name): \(failure)")
            continue
        }
        // The JSON parse alone (one pass building the node tape), for comparison.
        let bytes = Array(input.text.utf8)
        let sequence = input.name.hasSuffix(".jsonl")
        let parse = measure(iterations: count) {
            bytes.withUnsafeBufferPointer { buffer in
                _ = try? JSONDocument(parsing: buffer, path: input.name, sequence: sequence)
            }
        }
        report(
            "ParseJSON/\(input.name)", iterations: count, seconds: parse, extra: [(Double(size) / parse / 1e6, "MB/s")])
        report(
            "Load/\(input.name)", iterations: count, seconds: seconds,
            extra: [(Double(size) / seconds / 1e6, "MB/s"), (Double(results) / seconds, "results/s")])
        if let goText = input.goText {
            // The Go text reader alone, on the same results: the part of the load after the JSON.
            let textBytes = Array(goText.utf8)
            var textResults = 0
            let textSeconds = measure(iterations: count) {
                var set = BenchmarkSet()
                var reader = GoBenchReader()
                var warnings: [InputError] = []
                textBytes.withUnsafeBufferPointer { buffer in
                    try? reader.read(buffer, file: InputFile(label: "t", path: "t"), into: &set, warnings: &warnings)
                }
                textResults = set.results.count
            }
            report(
                "LoadGoText/\(input.name)", iterations: count, seconds: textSeconds,
                extra: [
                    (Double(textBytes.count) / textSeconds / 1e6, "MB/s"),
                    (Double(textResults) / textSeconds, "results/s"),
                ])
        }
    }
}

/// Number conversion alone: the JSON fast path against the general Go-syntax parser, on
/// 17-digit values as serializers print them.
func benchmarkNumbers(count: Int) {
    let texts = (0..<100_000).map { Array("\(FormatInputs.value($0, base: 0.0024749750000000004))".utf8) }
    var sum = 0.0
    let fast = measure(iterations: count) {
        for text in texts { text.withUnsafeBufferPointer { sum += JSONNumber.parse($0) ?? 0 } }
    }
    let general = measure(iterations: count) {
        for text in texts {
            text.withUnsafeBufferPointer {
                if case .success(let value) = GoNumberSyntax.parseDouble($0) { sum += value }
            }
        }
    }
    report("Number/json", iterations: count, seconds: fast / 100_000)
    report("Number/general", iterations: count, seconds: general / 100_000)
    if sum == 42 { print(sum) }
}
