import BenchData
import BenchProfile
import BenchqTestSupport
import Foundation
import Testing

/// Every kind of bad profile gets an error naming the file and what is wrong.
@Suite struct ProfileBadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var message: String

        var testDescription: String { name }
    }

    static let realGzip = SharedTestData.bytes("pprof/real/realgo.v1.cpu.pb.gz")
    static let realRaw = (try? Gunzip.inflate(realGzip)) ?? []

    static let cases: [Case] = [
        Case(
            name: "truncated gzip", bytes: Array(realGzip.prefix(realGzip.count / 2)), message: "truncated gzip stream"),
        Case(
            name: "corrupt gzip", bytes: Array(realGzip.prefix(10)) + [UInt8](repeating: 0xff, count: 64),
            message: "corrupt gzip stream at byte"),
        Case(name: "truncated protobuf", bytes: Array(realRaw.dropLast()), message: "truncated protobuf"),
        Case(name: "corrupt protobuf", bytes: [0x0f, 0x01], message: "corrupt protobuf: unsupported wire type 7"),
        Case(
            name: "string index out of range",
            bytes: ProtoBuilder.smallProfile { $0.message(1) { $0.int(1, 99) } },
            message: "string index 99 of sample_type[2].type is out of range (the string table has 8 entries)"),
        Case(
            name: "negative string index",
            bytes: ProtoBuilder.smallProfile { $0.int(14, -1) },
            message: "string index -1 of default_sample_type is out of range"),
        Case(
            name: "location index out of range",
            bytes: ProtoBuilder.smallProfile {
                $0.message(2) {
                    $0.varint(1, 7)
                    $0.int(2, 1)
                    $0.int(2, 1)
                }
            },
            message: "a sample refers to location 7, which does not exist"),
        Case(
            name: "function index out of range",
            bytes: ProtoBuilder.smallProfile { profile in
                profile.message(4) { location in
                    location.varint(1, 3)
                    location.message(4) { $0.varint(1, 42) }
                }
            },
            message: "location 3 refers to function 42, which does not exist"),
        Case(
            name: "string_table[0] not empty",
            bytes: {
                var profile = ProtoBuilder()
                profile.string(6, "x")
                return profile.bytes
            }(),
            message: "string_table[0] must be \"\""),
        Case(
            name: "values and types disagree",
            bytes: ProtoBuilder.smallProfile {
                $0.message(2) {
                    $0.varint(1, 1)
                    $0.int(2, 1)
                }
            },
            message: "sample 2 has 1 values but there are 2 sample types"),
        Case(
            name: "duplicate location id",
            bytes: ProtoBuilder.smallProfile { $0.message(4) { $0.varint(1, 1) } },
            message: "location id 1 appears twice"),
        Case(name: "empty file", bytes: [], message: "empty profile: the file has no data"),
        Case(name: "empty gzip", bytes: gzipOfNothing, message: "empty profile: the gzip stream holds no data"),
        Case(
            name: "text file named .pb.gz", bytes: Array("goos: linux\nBenchmarkX 10 5 ns/op\n".utf8),
            message: "not a pprof profile (protobuf) and not folded stacks: line 1"),
        Case(
            name: "two profiles concatenated",
            bytes: ProtoBuilder.smallProfile { $0.int(9, 5) } + ProtoBuilder.smallProfile { $0.int(9, 6) },
            message: "concatenated profiles detected"),
    ]

    /// `gzip < /dev/null`.
    static let gzipOfNothing: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00,
        0x00,
    ]

    @Test(arguments: cases)
    func namesTheFileAndTheProblem(_ bad: Case) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("benchq-profile-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(bad.bytes).write(to: directory.appendingPathComponent("bad.pb.gz"))
        let error = #expect(throws: ProfileLoadError.self) {
            try ProfileLoader.load("bad.pb.gz", relativeTo: directory.path)
        }
        #expect(error?.description.hasPrefix("bad.pb.gz: ") == true)
        #expect(error?.message.contains(bad.message) == true, "\(error?.message ?? "no error")")
    }

    @Test func theHandMadeProfileIsValid() throws {
        let profile = try ProfileLoader.decode(ProtoBuilder.smallProfile())
        #expect(profile.sampleCount == 2)
        #expect(profile.sampleTypes.map(\.type) == ["samples", "cpu"])
        #expect(Array(profile.stack(0)) == [1, 0])
    }

    @Test func skipsUnknownFieldsOfEveryWireType() throws {
        let profile = try ProfileLoader.decode(
            ProtoBuilder.smallProfile { profile in
                profile.varint(99, 7)
                profile.fixed(100, bytes: 8)
                profile.fixed(101, bytes: 4)
                profile.string(102, "future")
                profile.message(2) { sample in
                    sample.varint(1, 1)
                    sample.int(2, 1)
                    sample.int(2, 5)
                    sample.fixed(9, bytes: 4)
                }
            })
        #expect(profile.sampleCount == 3)
        #expect(profile.value(2, column: 1) == 5)
    }

    @Test func readsNegativeValuesAsTenByteVarints() throws {
        let profile = try ProfileLoader.decode(
            ProtoBuilder.smallProfile {
                $0.message(2) {
                    $0.varint(1, 1)
                    $0.int(2, -1)
                    $0.int(2, -10_000_000)
                }
            })
        #expect(profile.value(2, column: 1) == -10_000_000)
    }

    @Test func readsUncompressedProfilesAsGzippedOnes() {
        let raw = runInPprofFolder("profile \"synthetic/synthetic.cpu.pb\"")
        let gzipped = runInPprofFolder("profile \"synthetic/synthetic.cpu.pb.gz\"")
        #expect(raw.status == 0)
        #expect(raw.stdout == gzipped.stdout)
    }

    /// `cat a.gz b.gz`: two gzip members read as one stream, as Go reads them.
    @Test func readsConcatenatedGzipMembersAsOneStream() throws {
        let whole = Self.realRaw
        let half = whole.count / 2
        let members = try gzip(Array(whole[..<half])) + gzip(Array(whole[half...]))
        #expect(try Gunzip.inflate(members) == whole)
        #expect(try ProfileLoader.decode(members).sampleCount == (try ProfileLoader.decode(whole)).sampleCount)
    }

    /// The bytes compressed by the system's `gzip`.
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](compressed)
    }

    @Test func aMissingFileIsAnError() {
        let error = #expect(throws: ProfileLoadError.self) { try ProfileLoader.load("/nonexistent/cpu.pb.gz") }
        #expect(error?.description == "/nonexistent/cpu.pb.gz: cannot read the profile: no such file or directory")
    }

    @Test func theLanguageShowsWhereTheBadProfileWasNamed() {
        let (_, errors, status) = runInPprofFolder("profile \"golden/MANIFEST.tsv\"")
        #expect(status == 2)
        #expect(
            errors.hasPrefix("test.benchq:1:9: error: cannot load profile golden/MANIFEST.tsv: not a pprof profile"))
    }
}
