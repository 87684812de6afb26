import BenchData
import BenchqTestSupport
import Testing

/// Bad input in each format gets a clear error naming the file, the field and where it is;
/// never a crash, never a silently wrong set.
@Suite struct FormatErrorTests {
    @Test(arguments: [
        (
            "g.json",
            #"{"context": {}, "benchmarks": [{"name": "BM_x", "run_type": "iteration", "iterations": 10, "real_time": "fast"}]}"#,
            "g.json:1:105: benchmarks[0].real_time: expected a number, found a string"
        ),
        (
            "g.json", #"{"context": {}, "benchmarks": [{"name": "BM_x", "iterations": 10, "real_time": 1e400}]}"#,
            "g.json:1:80: benchmarks[0].real_time: number 1e400 is out of range"
        ),
        (
            "g.json", #"{"context": {}, "benchmarks": [{"name": "BM_x", "iterations": 1.5, "real_time": 1}]}"#,
            "g.json:1:63: benchmarks[0].iterations: expected a whole number, found 1.5"
        ),
        (
            "g.json", #"{"context": {}, "benchmarks": [{"name": "BM_x", "real_time": 1, "time_unit": "weeks"}]}"#,
            #"g.json:1:78: benchmarks[0].time_unit: unknown time unit "weeks""#
        ),
        (
            "h.json", #"{"results": [{"command": "sleep 1", "times": [0.5, "0.6"]}]}"#,
            "h.json:1:52: results[0].times[1]: expected a number, found a string"
        ),
        (
            "h.json", #"{"schema_version": 2, "results": [{"measurements": []}]}"#,
            "h.json:1:35: missing field results[0].command"
        ),
        (
            "p.json", #"{"machine_info": {}, "benchmarks": [{"name": "test_x"}]}"#,
            "p.json:1:37: missing field benchmarks[0].stats"
        ),
        (
            "p.json", #"{"machine_info": {}, "benchmarks": [{"name": "t", "stats": {"data": [1, -1e999]}}]}"#,
            "p.json:1:73: benchmarks[0].stats.data[1]: number -1e999 is out of range"
        ),
        (
            "y.json",
            #"{"version": "1.0", "metadata": {"name": "n"}, "benchmarks": [{"runs": [{"values": {"a": 1}}]}]}"#,
            "y.json:1:83: benchmarks[0].runs[0].values: expected an array, found an object"
        ),
        (
            "j.json",
            #"[{"benchmark": "a.b", "mode": "thrpt", "primaryMetric": {"scoreUnit": "ops/s", "rawData": [[1, true]]}}]"#,
            "j.json:1:96: [0].primaryMetric.rawData[0][1]: expected a number, found a boolean"
        ),
        (
            "b.json", #"{"bench": {"latency": {"value": "3"}}}"#,
            "b.json:1:33: bench.latency.value: expected a number, found a string"
        ),
        (
            "g.json", #"{"context": {}, "benchmarks": [{"name": "BM_x",}]}"#,
            "g.json:1:48: invalid JSON in benchmarks[0]: expected a member name in double quotes, found '}'"
        ),
        (
            "g.json", "{\"context\": {},\n \"benchmarks\": [{\"name\"",
            "g.json:2:24: invalid JSON in benchmarks[0].name: unexpected end of file (is it truncated?)"
        ),
        (
            "x.json", #"{"hello": "world"}"#,
            "x.json: JSON in no results format benchq knows; the formats are: go (Go benchmark text)"
        ),
        (
            "e.jsonl", "{\"Action\": \"output\", \"Output\": \"x\"}\n{\"Action\": \"output\", \"Output\": 7}\n",
            "e.jsonl:2:32: Output: expected a string, found a number"
        ),
    ])
    func namesTheFileAndTheField(_ name: String, _ text: String, _ message: String) {
        let load = FormatFiles.load(bytes: Array(text.utf8), name: name)
        #expect(load.set == nil)
        #expect(load.error?.hasPrefix(message) == true, "\(load.error ?? "loaded")")
    }

    @Test func aTruncatedRealFileSaysWhere() throws {
        let bytes = SharedTestData.bytes("formats/gbench-repetitions.json")
        let cut = Array(bytes.prefix(bytes.count / 2))
        let load = FormatFiles.load(bytes: cut, name: "cut.json")
        let lines = cut.split(separator: 0x0A, omittingEmptySubsequences: false).count
        #expect(load.error?.hasPrefix("cut.json:") == true, "\(load.error ?? "")")
        #expect(lines > 200)
        #expect(load.error?.hasSuffix("(is it truncated?)") == true, "\(load.error ?? "")")
    }

    @Test func aForcedFormatThatDoesNotFitSaysWhatIsMissing() {
        let load = FormatFiles.load(["hyperfine-1.15-export.json"], format: .googleBenchmark)
        #expect(load.error == "hyperfine-1.15-export.json:1:1: missing field benchmarks")
    }
}
