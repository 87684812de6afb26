import BenchData
import BenchProfile
import BenchqTestSupport
import Testing

/// Thousands of random mutations of real profiles (bit flips, truncations, inserted and
/// deleted bytes, overwritten varints) go through the decoder and, when they still decode,
/// through `top`: each ends in a profile or a ProfileFormatError, never a crash.
@Suite struct ProfileFuzzTests {
    static let seeds = [
        "pprof/real/realgo.v1.cpu.pb.gz", "pprof/real/realgo.v1.allocs.pb.gz", "pprof/synthetic/synthetic.heap.pb.gz",
        "pprof/synthetic/synthetic.cpu.pb.gz",
    ]

    /// SplitMix64: a fixed sequence, so a failure reproduces.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: seeds)
    func mutationsNeverCrash(_ seed: String) throws {
        let gzipped = SharedTestData.bytes(seed)
        let raw = try Gunzip.inflate(gzipped)
        var generator = Generator(state: UInt64(truncatingIfNeeded: seed.utf8.count) &* 7919)
        var decoded = 0
        var rejected = 0
        for round in 0..<2500 {
            // Mostly the raw protobuf (where the decoder's checks are); some gzip streams.
            var bytes = round % 10 == 0 ? gzipped : raw
            mutate(&bytes, using: &generator)
            do {
                let profile = try ProfileLoader.decode(bytes)
                decoded += 1
                if decoded % 8 == 0, !profile.sampleTypes.isEmpty {
                    var query = ProfileQuery()
                    query.nodeCount = 10
                    _ = try? ProfileTop(profile, query: query)
                }
            } catch {
                #expect(!error.message.isEmpty)
                rejected += 1
            }
        }
        #expect(decoded + rejected == 2500)
        #expect(rejected > 100)
    }

    private func mutate(_ bytes: inout [UInt8], using generator: inout Generator) {
        let edits = Int.random(in: 1...4, using: &generator)
        for _ in 0..<edits where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
            case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
            case 2: bytes.removeSubrange(index...)
            case 3: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
            case 4: bytes.remove(at: index)
            default:
                // A long varint: 0xff bytes overwrite a run.
                for offset in index..<min(bytes.count, index + 11) { bytes[offset] = 0xff }
            }
        }
    }
}
