import BenchqTestSupport
import Testing

@testable import BenchData

/// Reads `text` as one input named `name`; returns the set and the warnings as printed.
private func read(_ text: String, name: String = "in.txt") throws -> (BenchmarkSet, [String]) {
    var set = BenchmarkSet()
    var reader = GoBenchReader()
    var warnings: [InputError] = []
    var bytes = Array(text.utf8)
    try bytes.withUnsafeMutableBufferPointer { buffer in
        try reader.read(
            UnsafeBufferPointer(buffer), file: InputFile(label: name, path: name), into: &set, warnings: &warnings)
    }
    return (set, warnings.map(\.description))
}

private func values(_ set: BenchmarkSet, _ index: Int) -> [(Double, String)] {
    set.measurements(of: set.results[index]).map { ($0.value, set.units[Int($0.unit)]) }
}

@Suite struct GoBenchReaderTests {
    @Test func readsResultLineWithSeveralMeasurements() throws {
        let (set, warnings) = try read("BenchmarkHash/bytes=1024-2 \t 20122\t 2881 ns/op\t 355.48 MB/s\t 0 B/op\n")
        #expect(warnings.isEmpty)
        #expect(set.results.count == 1)
        #expect(set.results[0].iterations == 20122)
        #expect(set.name(of: set.results[0]).fullName == "Hash/bytes=1024-2")
        let read = values(set, 0)
        #expect(read.map(\.1) == ["sec/op", "B/s", "B/op"])
        #expect(read[0].0 == 2881 * 1e-9)
        #expect(read[1].0 == 355.48 * 1e6)
    }

    @Test func zeroKeepsItsUntidiedUnit() throws {
        let (set, _) = try read("BenchmarkA 1 0 ns/op 0 MB/s\n")
        #expect(values(set, 0).map(\.1) == ["ns/op", "MB/s"])
    }

    @Test(arguments: [
        ("BenchmarkX   \n", "in.txt:1: missing iteration count"),
        ("BenchmarkX x 10 ns/op\n", "in.txt:1: parsing iteration count: invalid syntax"),
        ("BenchmarkX 99999999999999999999 1 ns/op\n", "in.txt:1: parsing iteration count: value out of range"),
        ("BenchmarkX 10 ten ns/op\n", "in.txt:1: parsing measurement: invalid syntax"),
        ("BenchmarkX 10 0x10 ns/op\n", "in.txt:1: parsing measurement: invalid syntax"),
        ("BenchmarkX 10 1e400 ns/op\n", "in.txt:1: parsing measurement: value out of range"),
        ("BenchmarkX 10 10\n", "in.txt:1: missing units"),
        ("BenchmarkX 10\n", "in.txt:1: missing measurements"),
        ("Unit\n", "in.txt:1: missing unit"),
        ("Unit x/op junk\n", "in.txt:1: expected key=value"),
    ])
    func reportsMalformedLinesAsBenchstatDoes(_ input: String, _ expected: String) throws {
        let (set, warnings) = try read(input)
        #expect(warnings == [expected])
        #expect(set.results.isEmpty)
    }

    @Test func skipsBareBenchmarkNameLinesOfVerboseOutput() throws {
        let (set, warnings) = try read(
            "=== RUN   BenchmarkX\nBenchmarkX\nBenchmarkX-2 \t 5 \t 10 ns/op\n--- BENCH: BenchmarkX\nPASS\nok  \tpkg\t1.2s\n"
        )
        #expect(warnings.isEmpty)
        #expect(set.results.count == 1)
    }

    @Test func acceptsGoNumberForms() throws {
        let (set, warnings) = try read("BenchmarkA 1 1_000 ns/op 1.5e3 x/op -2.5 y/op NaN z/op +Inf w/op\n")
        #expect(warnings.isEmpty)
        let read = values(set, 0)
        #expect(read[0].0 == 1000 * 1e-9)
        #expect(read[1].0 == 1500)
        #expect(read[2].0 == -2.5)
        #expect(read[3].0.isNaN)
        #expect(read[4].0 == .infinity)
    }

    @Test func configurationChangesMidFileAndEmptyValueDeletes() throws {
        let (set, _) = try read(
            "goos: linux\npkg: a\nnote: x\nBenchmarkA 1 1 ns/op\npkg: b\nnote:\nBenchmarkB 1 1 ns/op\n")
        let first = set.configuration(of: set.results[0])
        let second = set.configuration(of: set.results[1])
        #expect(first.entries.map(\.key) == ["goos", "pkg", "note"])
        #expect(second.value(of: "pkg") == "b")
        #expect(second.value(of: "note") == nil)
    }

    @Test(arguments: ["Key: value", "key:value", "1key: v", "ke y: v", "kEy: v"])
    func ignoresLinesThatAreNotConfiguration(_ line: String) throws {
        let (set, _) = try read(line + "\nBenchmarkA 1 1 ns/op\n")
        #expect(set.configuration(of: set.results[0]).entries.isEmpty)
    }

    @Test func keepsValueVerbatimAndAcceptsUnicodeKeys() throws {
        let (set, _) = try read("ключ: значение  \nBenchmarkA 1 1 ns/op\n")
        #expect(set.configuration(of: set.results[0]).value(of: "ключ") == "значение  ")
    }

    @Test func unitMetadataIsKeyedByTidiedUnitAndFirstValueWins() throws {
        let (set, warnings) = try read("Unit ns/op assume=exact\nUnit ns/op assume=nothing better=lower\n")
        #expect(warnings == ["in.txt:2: metadata assume of unit ns/op already set to exact"])
        #expect(set.unitMetadata.assumesExact(unit: "sec/op"))
        #expect(set.unitMetadata.value("better", unit: "sec/op") == "lower")
    }

    @Test func handlesCRLFAndMissingFinalNewline() throws {
        let (set, warnings) = try read("pkg: a\r\nBenchmarkA 1 5 ns/op\r\nBenchmarkB 1 6 ns/op")
        #expect(warnings.isEmpty)
        #expect(set.results.count == 2)
        #expect(set.configuration(of: set.results[0]).value(of: "pkg") == "a")
        #expect(set.units[Int(set.measurements[1].unit)] == "sec/op")
    }

    @Test func readsLinesLongerThanBufioLimit() throws {
        let name = String(repeating: "x", count: 1 << 20)
        let (set, warnings) = try read("Benchmark\(name) 1 5 ns/op\n")
        #expect(warnings.isEmpty)
        #expect(set.name(of: set.results[0]).fullName.utf8.count == 1 << 20)
    }

    @Test func rejectsInvalidUTF8WithItsLine() throws {
        var bytes = Array("BenchmarkA 1 1 ns/op\nBenchmark".utf8) + [0xFF, 0xFE] + Array(" 1 1 ns/op\n".utf8)
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        #expect(throws: LoadError.invalidEncoding(path: "bad.txt", line: 2)) {
            try bytes.withUnsafeMutableBufferPointer { buffer in
                try reader.read(
                    UnsafeBufferPointer(buffer), file: InputFile(label: "bad.txt", path: "bad.txt"), into: &set,
                    warnings: &warnings)
            }
        }
        #expect(set.results.count == 1, "results before the bad line are kept")
    }

    @Test func survivesBinaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<100_000).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
        bytes += Array("\nBenchmark\u{0} 1 1 ns/op\n".utf8)
        var set = BenchmarkSet()
        var reader = GoBenchReader()
        var warnings: [InputError] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try reader.read(buffer, file: InputFile(label: "g", path: "g"), into: &set, warnings: &warnings)
        }
        #expect(set.results.count >= 1)
    }

    @Test func namesSplitIntoBasePartsAndGomaxprocs() {
        let name = BenchmarkName(fullName: "Copy/size=4k/fast-16")
        #expect(name.base == "Copy")
        #expect(name.parts == ["/size=4k", "/fast"])
        #expect(name.gomaxprocsSuffix == "-16")
        #expect(name.value(ofKey: "size") == "4k")
        #expect(name.value(ofKey: "gomaxprocs") == "16")
        #expect(BenchmarkName(fullName: "Foo-bar").gomaxprocsSuffix == "")
        #expect(BenchmarkName(fullName: "Foo-").gomaxprocsSuffix == "")
        #expect(BenchmarkName(fullName: "G/gomaxprocs=4").value(ofKey: "gomaxprocs") == "4")
    }

    @Test func readsEveryRealGoFileWithoutWarnings() throws {
        for file in ["strconv-opt-a.txt", "pkgs-opt.txt", "kv-fnv.txt", "multipkg-gotest.txt", "kv-verbose-v.txt"] {
            let bytes = SharedTestData.bytes("go/\(file)")
            try #require(!bytes.isEmpty, "missing shared test data go/\(file)")
            var set = BenchmarkSet()
            var reader = GoBenchReader()
            var warnings: [InputError] = []
            try bytes.withUnsafeBufferPointer { buffer in
                try reader.read(buffer, file: InputFile(label: file, path: file), into: &set, warnings: &warnings)
            }
            #expect(warnings.isEmpty, "\(file): \(warnings)")
            let resultLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter {
                $0.hasPrefix("Benchmark") && $0.contains(" ")
            }
            #expect(set.results.count == resultLines.count, "\(file)")
        }
    }
}
