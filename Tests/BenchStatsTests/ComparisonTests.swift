import BenchStats
import Testing

/// benchmath's pairwise comparisons under each assumption.
struct ComparisonTests {
    @Test func exactUnitsAreNeverTested() {
        let comparison = compare([1, 1], [2, 2, 2], alpha: 0.05, assumption: .exact)
        #expect(comparison.p == 0 && comparison.alpha == 0)
        #expect(comparison.n1 == 2 && comparison.n2 == 3)
        #expect(comparison.warnings.isEmpty)
    }

    @Test func separatedSamplesAreSignificant() {
        let comparison = compare([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], alpha: 0.05, assumption: .nothing)
        #expect(comparison.p == 0.0079365079365079378)
        #expect(comparison.alpha == 0.05)
        #expect(comparison.warnings.isEmpty)
    }

    /// benchstat's smallSample case: `~ (p=1.000 n=1)` with "need >= 4 samples".
    @Test func singleSamplesNeedFour() {
        let comparison = compare([1], [2], alpha: 0.05, assumption: .nothing)
        #expect(comparison.p == 1)
        #expect(comparison.warnings == [.needSamplesToDetectDifference(minimum: 4, alpha: 0.05)])
    }

    @Test(arguments: [(0.1, 3), (0.05, 4), (0.01, 5), (0.0001, 9)] as [(Double, Int)])
    func minimumSamplesFollowTheMinimumPTable(_ alpha: Double, _ minimum: Int) {
        let comparison = compare([1, 2], [1.5, 2.5], alpha: alpha, assumption: .nothing)
        #expect(comparison.warnings == [.needSamplesToDetectDifference(minimum: minimum, alpha: alpha)])
    }

    @Test func noTabulatedSizeSuffices() {
        let comparison = compare([1, 2], [1.5, 2.5], alpha: 1e-6, assumption: .nothing)
        #expect(comparison.warnings == [.needSamplesToDetectDifference(minimum: nil, alpha: 1e-6)])
    }

    /// benchmath quirk: one large enough sample silences the warning.
    @Test func oneLargeSampleIsEnough() {
        let comparison = compare([1, 2, 3], [1.5, 2.5, 3.5, 4.5], alpha: 0.05, assumption: .nothing)
        #expect(comparison.p > 0.05)
        #expect(comparison.warnings.isEmpty)
    }

    @Test func equalSamplesReportTheTestError() {
        let comparison = compare([3, 3, 3], [3, 3], alpha: 0.05, assumption: .nothing)
        #expect(comparison.p == 1 && comparison.n1 == 3 && comparison.n2 == 2)
        #expect(comparison.warnings == [.allSamplesEqual])
    }

    @Test func emptySampleReportsTheTestError() {
        let comparison = compare([], [3, 4], alpha: 0.05, assumption: .nothing)
        #expect(comparison.p == 1 && comparison.n1 == 0 && comparison.n2 == 2)
        #expect(comparison.warnings == [.sampleTooSmall])
    }
}
