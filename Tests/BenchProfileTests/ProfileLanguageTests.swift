import BenchProfile
import Testing

/// The profile words of the language: options, stages, reports and their errors.
@Suite struct ProfileLanguageTests {
    @Test(arguments: [
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" | sort delta",
            "test.benchq:1:48: error: a profile sorts by flat or cum ('delta' is for comparisons)"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" | sort cum asc",
            "test.benchq:1:52: error: a profile sorts largest first, as pprof does; 'asc' does not apply"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" | top 0",
            "test.benchq:1:47: error: top takes a whole number of rows, at least 1"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" | filter .name:x",
            "test.benchq:1:50: error: stage 'filter' does not apply to a profile; use focus, ignore, hide or show"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" | focus /a(/",
            "test.benchq:1:49: error: error parsing regexp: missing closing ): `a(`"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" sample 7",
            "test.benchq:1:48: error: sample 7 is outside the range [0..1]"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" sample wall",
            "test.benchq:1:48: error: sample 'wall' must be one of: samples, cpu (or an index)"
        ),
        (
            "profile \"synthetic/synthetic.cpu.pb.gz\" nodefraction 2",
            "test.benchq:1:54: error: nodefraction takes a fraction from 0 to 1"
        ),
        (
            "profile-diff \"synthetic/synthetic.cpu.pb.gz\" \"synthetic/synthetic.heap.pb.gz\"",
            "test.benchq:1:1: error: the profiles cannot be compared: sample types"
        ),
        (
            "load \"../go/kv-fnv.txt\" | hide /x/",
            "test.benchq:1:27: error: stage 'hide' applies to profiles, not to a set"
        ),
        (
            "profile \"missing.pb.gz\"",
            "test.benchq:1:9: error: cannot load profile missing.pb.gz: cannot read the profile: no such file or directory"
        ),
    ])
    func reportsMistakesWithTheirPlace(_ statement: String, _ message: String) {
        let (_, errors, status) = runInPprofFolder(statement)
        #expect(status == 2)
        #expect(errors.hasPrefix(message), "\(errors)")
    }

    @Test func sampleTakesATypeNameOrAnIndexAndInuseMatchesTheLegacyName() {
        let byName = runInPprofFolder("profile \"real/realgo.v1.allocs.pb.gz\" sample alloc_objects | top 3").stdout
        let byIndex = runInPprofFolder("profile \"real/realgo.v1.allocs.pb.gz\" sample 0 | top 3").stdout
        #expect(byName == byIndex)
        #expect(byName.contains("Type: alloc_objects\n"))
        var legacy = Profile()
        legacy.sampleTypes = [.init(type: "objects", unit: "count"), .init(type: "space", unit: "bytes")]
        #expect((try? legacy.sampleTypeIndex("inuse_space")) == 1)
        #expect((try? legacy.sampleTypeIndex("inuse_objects")) == 0)
        #expect((try? legacy.sampleTypeIndex(nil)) == 1)
        legacy.defaultSampleType = "objects"
        #expect((try? legacy.sampleTypeIndex(nil)) == 0)
    }

    @Test func stagesOnANameLeaveTheBoundProfileAlone() {
        let (output, errors, status) = runInPprofFolder(
            """
            cpu = profile "synthetic/synthetic.cpu.pb.gz"
            cpu | top 1
            sets
            """)
        #expect(status == 0, "\(errors)")
        #expect(output.contains("Showing top 1 nodes out of 6"))
        #expect(output.contains("cpu"))
        #expect(output.contains("synthetic/synthetic.cpu.pb.gz: 4 samples"))
    }

    @Test func reportsChainAndPassTheProfileOn() {
        let (output, errors, status) = runInPprofFolder(
            "profile-diff \"synthetic/synthetic.cpu.pb.gz\" \"synthetic/synthetic.cpu.v2.pb.gz\" | report markdown | report csv"
        )
        #expect(status == 0, "\(errors)")
        #expect(output.hasPrefix("### synthetic/synthetic.cpu.pb.gz → synthetic/synthetic.cpu.v2.pb.gz\n"))
        #expect(
            output.contains(
                "name,inline,flat (milliseconds),flat%,sum%,cum (milliseconds),cum%\nline1000,,-200,17.86,17.86,-200,17.86\n"
            ))
    }
}
