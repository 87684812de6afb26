import BenchProfile
import BenchqTestSupport
import Foundation
import Testing

/// Folded stacks (`root;caller;leaf COUNT`) read into the same model as pprof profiles.
@Suite struct FoldedStacksTests {
    /// name → (flat, cum) of every node, unsorted and untrimmed.
    static func nodes(_ profile: Profile) throws -> [String: [Int64]] {
        var query = ProfileQuery()
        query.nodeFraction = 0
        let top = try ProfileTop(profile, query: query)
        return Dictionary(uniqueKeysWithValues: top.rows.map { ($0.name, [$0.flat, $0.cum]) })
    }

    /// The derived folded file gives pprof's flat and cum for every function of the real profile.
    @Test(arguments: ["realgo.v1", "realgo.v2", "synthetic"])
    func equalsTheProtobufProfileAtFunctionGranularity(_ name: String) throws {
        let folded = try ProfileLoader.load(
            SharedTestData.url("pprof/folded/\(name).cpu.folded").path, foldedUnit: "ns")
        let directory = name.hasPrefix("realgo") ? "real" : "synthetic"
        let protobuf = try ProfileLoader.load(SharedTestData.url("pprof/\(directory)/\(name).cpu.pb.gz").path)
        let foldedNodes = try Self.nodes(folded)
        #expect(foldedNodes.count > 5)
        #expect(foldedNodes == (try Self.nodes(protobuf)))
    }

    @Test func diffsOfFoldedStacksEqualDiffsOfTheProfiles() throws {
        let base = try ProfileLoader.load(
            SharedTestData.url("pprof/folded/realgo.v1.cpu.folded").path, foldedUnit: "ns")
        let new = try ProfileLoader.load(SharedTestData.url("pprof/folded/realgo.v2.cpu.folded").path, foldedUnit: "ns")
        let protobufBase = try ProfileLoader.load(SharedTestData.url("pprof/real/realgo.v1.cpu.pb.gz").path)
        let protobufNew = try ProfileLoader.load(SharedTestData.url("pprof/real/realgo.v2.cpu.pb.gz").path)
        let folded = try Self.nodes(try ProfileDiff.merge(base: base, new: new, normalize: false))
        let protobuf = try Self.nodes(try ProfileDiff.merge(base: protobufBase, new: protobufNew, normalize: false))
        #expect(folded == protobuf)
        #expect(folded["main.sortRecords"]?[1] ?? 0 > 0)
    }

    /// stackcollapse-perf's outputs load, and every count is kept.
    @Test(arguments: ["perf-dd-stacks-01", "perf-java-stacks-02", "perf-js-stacks-01", "perf-funcab-cmd-01"])
    func readsStackcollapsePerfOutput(_ name: String) throws {
        let text = try #require(SharedTestData.text("pprof/perf-folded/results/\(name)-collapsed-default.txt"))
        let expectedTotal = text.split(separator: "\n").reduce(Int64(0)) { total, line in
            total + (Int64(line.split(separator: " ").last ?? "") ?? 0)
        }
        let profile = try ProfileLoader.decode(Array(text.utf8))
        #expect(profile.sampleTypes == [.init(type: "samples", unit: "count")])
        #expect(profile.values.reduce(0, +) == expectedTotal)
    }

    @Test func framesMayContainSpacesAndTheCountIsTheLastWord() throws {
        let profile = try FoldedStacksReader.read(Array("main;operator new(unsigned long) 7\r\nmain 3\n".utf8))
        let nodes = try Self.nodes(profile)
        #expect(nodes == ["main": [3, 10], "operator new(unsigned long)": [7, 7]])
    }

    @Test(arguments: [
        ("main;work\n", "line 1: expected 'frame;frame;... COUNT'"),
        ("main 1\nmain;work 1.5\n", "line 2: expected 'frame;frame;... COUNT'"),
        ("main 1\n;;; 4\n", "line 2: a stack with no frames"),
        ("# only a comment\n", "empty profile: no stacks in the file"),
    ])
    func rejectsMalformedLines(_ text: String, _ message: String) {
        let error = #expect(throws: ProfileFormatError.self) { try FoldedStacksReader.read(Array(text.utf8)) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func theUnitOptionNamesTheSampleUnit() {
        let (output, errors, status) = runInPprofFolder("profile \"folded/synthetic.cpu.folded\" unit ms | top 2")
        #expect(status == 0, "\(errors)")
        #expect(
            output == """
                Type: samples
                Showing nodes accounting for 1.11s, 99.11% of 1.12s total
                Showing top 2 nodes out of 6
                      flat  flat%   sum%        cum   cum%
                     1.10s 98.21% 98.21%      1.10s 98.21%  line1000
                     0.01s  0.89% 99.11%      1.01s 90.18%  line2001

                """)
    }

    @Test func theUnitOptionIsRejectedForProtobufProfiles() {
        let (_, errors, status) = runInPprofFolder("profile \"synthetic/synthetic.cpu.pb.gz\" unit ms")
        #expect(status == 2)
        #expect(errors.contains("'unit' applies to folded stacks"))
    }
}
