import BenchData
import BenchqTestSupport
import Foundation
import Testing

/// Each reader against the real files in `../shared/testdata/formats`: names, units,
/// directions and sample counts, with the expected values read from the files themselves.
@Suite struct FormatReaderTests {
    @Test func googleBenchmarkRepetitionsAreSamples() throws {
        let load = FormatFiles.load(["gbench-repetitions.json"])
        let set = try #require(load.set, "\(load.error ?? "")")
        let root = try #require(FormatFiles.json("gbench-repetitions.json") as? [String: Any])
        let rows = try #require(root["benchmarks"] as? [[String: Any]])
        let iterations = rows.filter { $0["run_type"] as? String == "iteration" }
        #expect(set.results.count == iterations.count)
        var expectedCounts: [String: Int] = [:]
        for row in iterations { expectedCounts[row["run_name"] as? String ?? "", default: 0] += 1 }
        #expect(set.countsByName == expectedCounts)
        #expect(set.unitSet.isSuperset(of: ["sec/op", "cpu-sec/op", "B/s", "items/s"]))
        #expect(set.direction(of: "B/s") == .higherIsBetter)
        #expect(set.direction(of: "items/s") == .higherIsBetter)
        #expect(set.direction(of: "sec/op") == .lowerIsBetter)
        // real_time in ns: tidied to seconds exactly as `ns/op` text would be.
        let first = try #require(iterations.first?["real_time"] as? Double)
        #expect(set.values(of: "sec/op").first == first * 1e-9)
        let context = try #require(root["context"] as? [String: Any])
        let configuration = set.configuration(of: set.results[0])
        #expect(configuration.value(of: "host_name") == context["host_name"] as? String)
        #expect(configuration.value(of: "date") == nil, "dates differ between runs and would split tables")
        #expect(configuration.value(of: "mhz_per_cpu") == nil, "so does the clock rate under frequency scaling")
        #expect(load.notes.isEmpty)
        #expect(set.files[0].aggregatesOnly == false)
    }

    @Test func googleBenchmarkAggregatesCountOnlyWithoutRepetitions() throws {
        let text = """
            {"context": {"host_name": "vm"}, "benchmarks": [
             {"run_name": "BM_a", "run_type": "aggregate", "aggregate_name": "mean", "iterations": 5, "real_time": 10, "time_unit": "us"},
             {"run_name": "BM_a", "run_type": "aggregate", "aggregate_name": "median", "iterations": 5, "real_time": 11, "time_unit": "us"},
             {"run_name": "BM_b", "run_type": "aggregate", "aggregate_name": "mean", "iterations": 5, "real_time": 3, "time_unit": "ms"},
             {"run_name": "BM_c/n:4", "run_type": "iteration", "iterations": 5, "real_time": 3, "time_unit": "ns"},
             {"run_name": "BM_c/n:4", "run_type": "aggregate", "aggregate_name": "mean", "iterations": 5, "real_time": 4, "time_unit": "ns"},
             {"run_name": "BM_d", "run_type": "iteration", "error_occurred": true, "error_message": "x", "iterations": 0, "real_time": 0, "time_unit": "ns"}
            ]}
            """
        let load = FormatFiles.load(bytes: Array(text.utf8), name: "aggregates.json")
        let set = try #require(load.set, "\(load.error ?? "")")
        #expect(set.nameList == ["BM_c/n=4", "BM_a", "BM_b"])
        #expect(set.measurements.map(\.originalValue) == [3, 11_000, 3_000_000], "the median, else the mean, in ns")
        #expect(set.files[0].aggregatesOnly)
        #expect(load.notes.count == 1)
    }

    @Test(arguments: [
        (
            "jmh-sample.json",
            #"[{"benchmark": "a.B.m", "mode": "sample", "params": {"n": "10"}, "primaryMetric": {"scoreUnit": "ns/op", "rawDataHistogram": [[[[100, 3], [200, 1]], [[50, 2]]]]}}]"#,
            ["a.B.m/n=10"], [125, 50]
        ),
        (
            "hyperfine-1.19.json",
            #"{"results": [{"command": "ls -l", "times": [0.5, 0.25], "memory_usage_byte": [1000, 2000]}]}"#,
            ["ls_-l"], [0.5, 1000, 0.25, 2000]
        ),
        (
            "gbench-old.json",
            #"{"context": {}, "benchmarks": [{"name": "BM_x_mean", "aggregate_name": "mean", "iterations": 3, "real_time": 7, "time_unit": "ns"}]}"#,
            ["BM_x"], [7]
        ),
    ])
    func readsOtherVersionsOfTheFormats(_ name: String, _ text: String, _ names: [String], _ values: [Double]) throws {
        let load = FormatFiles.load(bytes: Array(text.utf8), name: name)
        let set = try #require(load.set, "\(load.error ?? "")")
        #expect(set.nameList == names)
        #expect(set.measurements.map(\.originalValue) == values)
    }

    @Test func goTestJSONGivesTheSetItsTextGives() throws {
        let load = FormatFiles.load(["go-test2json-bench-go1.19.jsonl"])
        let set = try #require(load.set, "\(load.error ?? "")")
        // The text form of the same run: the Output fields, joined (Foundation's decoder).
        let lines = try #require(SharedTestData.text("formats/go-test2json-bench-go1.19.jsonl")).split(separator: "\n")
        var text = ""
        for line in lines {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if event["Action"] as? String == "output" { text += event["Output"] as? String ?? "" }
        }
        let textLoad = FormatFiles.load(bytes: Array(text.utf8), name: "run.txt")
        let expected = try #require(textLoad.set)
        #expect(set.results.count == 6)
        #expect(set.names == expected.names)
        #expect(set.units == expected.units)
        #expect(set.measurements == expected.measurements)
        #expect(set.configurations.map(\.entries) == expected.configurations.map(\.entries))
        #expect(set.results.map(\.iterations) == expected.results.map(\.iterations))
        #expect(set.configuration(of: set.results[0]).value(of: "pkg") == "example.com/gob")
    }

    @Test(arguments: ["hyperfine-1.15-export.json", "hyperfine-2.0-export-schema2.json"])
    func hyperfineRunsAreSamplesNamedByCommand(_ file: String) throws {
        let load = FormatFiles.load([file])
        let set = try #require(load.set, "\(load.error ?? "")")
        let root = try #require(FormatFiles.json(file) as? [String: Any])
        let results = try #require(root["results"] as? [[String: Any]])
        var expectedCounts: [String: Int] = [:]
        for result in results {
            let name = (result["command"] as? String ?? "").replacingOccurrences(of: " ", with: "_")
            let runs = (result["times"] as? [Any])?.count ?? (result["measurements"] as? [Any])?.count ?? 0
            expectedCounts[name] = runs
        }
        #expect(set.countsByName == expectedCounts)
        #expect(set.unitSet.contains("sec/op"))
        if root["schema_version"] != nil {
            #expect(
                set.unitSet.isSuperset(of: ["cpu-sec/op", "user-sec/op", "system-sec/op", "memory-peak-resident-B/op"]))
        }
        #expect(set.files[0].aggregatesOnly == false)
    }

    @Test(arguments: [
        ("hyperfine-1.15-export.csv", 2), ("hyperfine-1.15-export.md", 2), ("hyperfine-2.0-export.csv", 2),
        ("hyperfine-2.0-export.md", 2), ("pytest-benchmark-autosave-stats-only.json", 2),
        ("bencher-bmf-v0-latency.json", 3), ("bencher-bmf-v1-canonical.json", 3),
        ("criterion-0.3.6/new-estimates.json", 1), ("critcmp-export-before.json", 2),
    ])
    func aggregatesOnlyFilesLoadWithOneNotice(_ file: String, _ results: Int) throws {
        let load = FormatFiles.load([file])
        let set = try #require(load.set, "\(load.error ?? "")")
        #expect(set.results.count == results)
        #expect(set.files.allSatisfy { $0.aggregatesOnly })
        #expect(load.notes.count == 1)
        #expect(load.notes.first?.hasPrefix(file + ": ") == true)
        #expect(load.notes.first?.contains("no statistical test is possible") == true)
    }

    @Test func hyperfineCSVTakesTheMedian() throws {
        let set = try #require(FormatFiles.load(["hyperfine-1.15-export.csv"]).set)
        #expect(set.nameList == ["sleep_0.001", "sleep_0.002"])
        #expect(set.values(of: "sec/op") == [0.0024336970000000003, 0.003633905])
    }

    @Test func pytestBenchmarkDataValuesAreSamples() throws {
        let file = "pytest-benchmark-json-with-data-trimmed.json"
        let set = try #require(FormatFiles.load([file]).set)
        let root = try #require(FormatFiles.json(file) as? [String: Any])
        let benchmarks = try #require(root["benchmarks"] as? [[String: Any]])
        var expectedCounts: [String: Int] = [:]
        var expectedValues: [Double] = []
        for benchmark in benchmarks {
            let data = (benchmark["stats"] as? [String: Any])?["data"] as? [Double] ?? []
            expectedCounts[benchmark["name"] as? String ?? ""] = data.count
            expectedValues += data
        }
        #expect(set.countsByName == expectedCounts)
        #expect(closelyEqual(set.values(of: "sec/op"), expectedValues))
        let machine = try #require(root["machine_info"] as? [String: Any])
        #expect(
            set.configuration(of: set.results[0]).value(of: "python_version") == machine["python_version"] as? String)
        #expect(set.files[0].aggregatesOnly == false)
    }

    @Test(arguments: ["pyperf-suite.json", "pyperf-timeit-single.json"])
    func pyperfValuesAreSamplesWithoutWarmups(_ file: String) throws {
        let set = try #require(FormatFiles.load([file]).set)
        let root = try #require(FormatFiles.json(file) as? [String: Any])
        let common = root["metadata"] as? [String: Any] ?? [:]
        var expectedCounts: [String: Int] = [:]
        for benchmark in try #require(root["benchmarks"] as? [[String: Any]]) {
            let metadata = benchmark["metadata"] as? [String: Any] ?? [:]
            let name = metadata["name"] as? String ?? common["name"] as? String ?? ""
            let runs = benchmark["runs"] as? [[String: Any]] ?? []
            expectedCounts[name, default: 0] += runs.reduce(0) { $0 + (($1["values"] as? [Any])?.count ?? 0) }
        }
        #expect(set.countsByName == expectedCounts)
        #expect(set.unitSet == ["sec/op"])
        #expect(set.configuration(of: set.results[0]).value(of: "load_avg_1min") == nil)
    }

    @Test(arguments: ["jmh-thrpt-rawData.json", "package-benchmark-1.38.1/export-jmh.json"])
    func jmhRawDataAreSamplesAndThroughputIsBetterHigher(_ file: String) throws {
        let set = try #require(FormatFiles.load([file]).set)
        let entries = try #require(FormatFiles.json(file) as? [[String: Any]])
        for entry in entries {
            let primary = try #require(entry["primaryMetric"] as? [String: Any])
            let raw = try #require(primary["rawData"] as? [[Double]])
            let unit = (primary["scoreUnit"] as? String ?? "").replacingOccurrences(of: " ", with: "")
            let name = entry["benchmark"] as? String ?? ""
            let values = set.results.filter { set.name(of: $0).fullName == name }.flatMap { set.measurements(of: $0) }
                .filter { set.units[Int($0.originalUnit)] == unit }.map(\.originalValue)
            #expect(closelyEqual(values, raw.flatMap { $0 }))
            if entry["mode"] as? String == "thrpt" { #expect(set.direction(of: unit) == .higherIsBetter) }
        }
    }

    @Test func criterionSamplesAreTimePerIteration() throws {
        let set = try #require(FormatFiles.load(["criterion-0.3.6/new-sample.json"]).set)
        let root = try #require(FormatFiles.json("criterion-0.3.6/new-sample.json") as? [String: Any])
        let times = try #require(root["times"] as? [Double])
        let iterations = try #require(root["iters"] as? [Double])
        #expect(set.nameList == ["sort/rev/100"], "the name comes from the benchmark.json beside it")
        #expect(closelyEqual(set.values(of: "sec/op"), zip(times, iterations).map { $0 / $1 * 1e-9 }))
        #expect(set.results.map(\.iterations) == iterations.map { Int($0) })
        #expect(set.direction(of: "elements/s") == .higherIsBetter)
    }

    @Test func criterionRawCSVMatchesItsSampleJSON() throws {
        let csv = try #require(FormatFiles.load(["criterion-0.3.6/before-raw.csv"]).set)
        let json = try #require(FormatFiles.load(["criterion-0.3.6/before-sample.json"]).set)
        #expect(csv.nameList == json.nameList)
        #expect(csv.values(of: "sec/op") == json.values(of: "sec/op"))
    }

    @Test func bencherCanonicalParametersNameOneBenchmark() throws {
        let set = try #require(FormatFiles.load(["bencher-bmf-v1-canonical.json"]).set)
        #expect(set.nameList == ["tests::canonical/op=read/size_mb=16"])
        #expect(set.values(of: "sec/op") == [1.0, 2.0, 3.0].map { $0 * 1e-9 }, "tidied as `ns/op` text is")
        #expect(set.direction(of: "ops/s") == .higherIsBetter)
    }
}

/// Equal to 12 significant digits: Foundation's JSON parser on Linux does not round every
/// number correctly (it reads 1.7230000253221078e-06 as ...072e-06), so values it gives are
/// only close to the exact ones benchq reads.
private func closelyEqual(_ lhs: [Double], _ rhs: [Double]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { abs($0 - $1) <= 1e-12 * max(abs($0), abs($1)) }
}
