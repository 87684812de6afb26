/// A decoded profile: pprof's `profile.proto` with ids resolved to array indices and string
/// indices resolved to strings. Samples are stored flat (one array of location indices, one of
/// values) because large profiles have millions of them.
package struct Profile: Sendable {
    /// A sample column's kind and unit, e.g. `cpu`/`nanoseconds`.
    package struct ValueType: Hashable, Sendable {
        package var type: String
        package var unit: String

        package init(type: String, unit: String) {
            self.type = type
            self.unit = unit
        }
    }

    /// A loaded binary; `mappings[0]` is the main one.
    package struct Mapping: Sendable {
        package var file: String
        package var buildID: String
    }

    /// A function that lines refer to.
    package struct Function: Sendable {
        package var name: String
        package var systemName: String
        package var file: String
        package var startLine: Int64
    }

    /// One frame of a location's inline chain.
    package struct Line: Sendable {
        /// An index into `functions`, or nil.
        package var function: Int?
        package var line: Int64
        package var column: Int64
    }

    /// An address and its frames: `lines[0]` is the innermost inlined callee, the last is the
    /// out-of-line caller.
    package struct Location: Sendable {
        /// An index into `mappings`, or nil.
        package var mapping: Int?
        package var address: UInt64
        package var lines: [Line]
    }

    package var sampleTypes: [ValueType] = []
    package var defaultSampleType = ""
    /// Location indices of all samples, leaf first; sample `i` owns
    /// `stackLocations[stackStarts[i]..<stackStarts[i + 1]]`.
    package var stackLocations: [Int32] = []
    package var stackStarts: [Int] = [0]
    /// `sampleTypes.count` values per sample.
    package var values: [Int64] = []
    /// Samples that came from a diff base (pprof's `pprof::base=true` label).
    package var isBaseSample: [Bool] = []
    package var mappings: [Mapping] = []
    package var locations: [Location] = []
    package var functions: [Function] = []
    package var dropFrames = ""
    package var keepFrames = ""
    package var timeNanos: Int64 = 0
    package var durationNanos: Int64 = 0
    package var periodType: ValueType?
    package var period: Int64 = 0
    package var comments: [String] = []
    package var docURL = ""

    package init() {}

    package var sampleCount: Int { stackStarts.count - 1 }

    /// The location indices of sample `index`, leaf first.
    package func stack(_ index: Int) -> ArraySlice<Int32> {
        stackLocations[stackStarts[index]..<stackStarts[index + 1]]
    }

    /// Value column `column` of sample `index`.
    @inline(__always)
    package func value(_ index: Int, column: Int) -> Int64 {
        values[index &* sampleTypes.count &+ column]
    }

    /// Appends a sample (locations leaf first).
    package mutating func appendSample<Locations: Sequence<Int32>>(
        locations: Locations, values sampleValues: [Int64], isBase: Bool = false
    ) {
        stackLocations.append(contentsOf: locations)
        stackStarts.append(stackLocations.count)
        values.append(contentsOf: sampleValues)
        isBaseSample.append(isBase)
    }
}
