import BenchqTestSupport
import Foundation
import Testing

@testable import BenchProfile

/// `by files` keeps pprof's row identity: nameless nodes key on the binary and the function's
/// start line too, so a file with functions starting on different lines can print twice.
@Suite struct FileGranularityTests {
    @Test func filesCanRepeatAsPprofPrintsThem() throws {
        let profile = try ProfileLoader.load(SharedTestData.url("pprof/real/realgo.v1.cpu.pb.gz").path)
        var query = ProfileQuery()
        query.granularity = .files
        query.nodeFraction = 0
        let names = try ProfileTop(profile, query: query).rows.map(\.name)
        #expect(Set(names).count < names.count, "some file prints on more than one row")
    }
}
