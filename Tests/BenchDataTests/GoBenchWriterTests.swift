import BenchqTestSupport
import Testing

@testable import BenchData

private func read(_ bytes: [UInt8], name: String) throws -> BenchmarkSet {
    var set = BenchmarkSet()
    var reader = GoBenchReader()
    var warnings: [InputError] = []
    try bytes.withUnsafeBufferPointer { buffer in
        try reader.read(buffer, file: InputFile(label: name, path: name), into: &set, warnings: &warnings)
    }
    return set
}

/// The results of a set as comparable text: name, iterations, values and units, configuration.
private func summary(_ set: BenchmarkSet) -> [String] {
    set.results.map { result in
        let values = set.measurements(of: result).map { "\($0.value.bitPattern) \(set.units[Int($0.unit)])" }
        let configuration = set.configuration(of: result).entries.map { "\($0.key)=\($0.value)" }
        return "\(set.name(of: result).fullName) \(result.iterations) \(values) \(configuration)"
    }
}

@Suite struct GoBenchWriterTests {
    @Test(arguments: ["strconv-opt-a.txt", "multipkg-gotest.txt", "kv-fnv.txt", "synthetic-edgecases.txt", "large.txt"])
    func writtenTextReadsBackToTheSameResults(_ file: String) throws {
        let original = try read(SharedTestData.bytes("go/\(file)"), name: file)
        try #require(!original.results.isEmpty)
        var text = ""
        GoBenchWriter.write(original, to: &text)
        let copy = try read(Array(text.utf8), name: file)
        #expect(summary(copy) == summary(original))
        #expect(copy.unitMetadata == original.unitMetadata)
    }

    @Test func reorderedConfigurationIsRebuiltInOrder() throws {
        let input = "a: 1\nb: 2\nBenchmarkX 1 1 ns/op\na:\nc: 3\nBenchmarkY 1 2 ns/op\n"
        let original = try read(Array(input.utf8), name: "in")
        var text = ""
        GoBenchWriter.write(original, to: &text)
        #expect(summary(try read(Array(text.utf8), name: "in")) == summary(original))
    }
}

@Suite struct SetFilterTests {
    @Test func keepsMatchingResultsAndMeasurements() throws {
        let set = try read(Array("BenchmarkA 1 5 ns/op 3 B/op\nBenchmarkB 1 7 ns/op 4 B/op\n".utf8), name: "x")
        let subset = set.filtered(by: try ResultFilter(".name:A .unit:B/op"))
        #expect(subset.results.count == 1)
        #expect(subset.measurements(of: subset.results[0]).map { set.units[Int($0.unit)] } == ["B/op"])
        #expect(set.filtered(by: try ResultFilter("*")).results.count == 2)
    }
}
