import Foundation
import Testing

@testable import BenchqCLI

/// The cases in Fixtures/cases.tsv: benchstat's own output for inputs where benchq once
/// differed (see Fixtures/README.md).
@Suite struct FixtureParityTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let cases: [String] = {
        let table = (try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").dropFirst().map(String.init)
    }()

    @Test func fixturesArePresent() {
        #expect(Self.cases.count >= 5)
    }

    @Test(arguments: cases)
    func matchesBenchstat(_ line: String) throws {
        let columns = line.split(separator: "\t").map(String.init)
        let name = columns[0]
        let arguments = try #require(
            try JSONSerialization.jsonObject(with: Data(columns[1].utf8)) as? [String])
        let (stdout, stderr, _) = runBenchstat(arguments, in: Self.folder.path)
        let expectedOut = try String(contentsOf: Self.folder.appendingPathComponent(name + ".stdout"), encoding: .utf8)
        let expectedErr = try String(contentsOf: Self.folder.appendingPathComponent(name + ".stderr"), encoding: .utf8)
        #expect(stdout == expectedOut)
        #expect(stderr == expectedErr)
    }
}
