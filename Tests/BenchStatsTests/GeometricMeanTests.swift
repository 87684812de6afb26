import BenchStats
import Testing

/// moremath's GeoMean.
struct GeometricMeanTests {
    @Test(
        arguments: [
            ([4], 4.0),
            ([2, 8], 4.0),
            ([1, 10, 100], 10.0),
            ([0.5, 2], 1.0),
            ([3, 3, 3, 3], 3.0),
        ] as [([Double], Double)])
    func geometricMeanOfPositiveValues(_ values: [Double], _ expected: Double) {
        #expect(isClose(geometricMean(values), expected, relative: 1e-15))
    }

    @Test(arguments: [[], [1, 0], [-1, 2], [2, .nan]] as [[Double]])
    func geometricMeanNeedsPositiveValues(_ values: [Double]) {
        #expect(geometricMean(values).isNaN)
    }

    /// The running mean of logarithms stays finite where a sum of products would overflow.
    @Test func hugeValuesDoNotOverflow() {
        #expect(isClose(geometricMean([1e300, 1e300, 1e300]), 1e300, relative: 1e-13))
    }
}
