import BenchProfile

/// A profile or a profile diff with the choices made so far (`sample`, `by`, `top`, `sort`,
/// filters); the table is computed when it is printed or reported, as pprof computes it
/// from all of its flags at once.
package struct ProfileValue {
    /// For a diff: the new profile merged with the negated base (``ProfileDiff``).
    package var profile: Profile
    package var query: ProfileQuery
    /// The file (or `base → new`) as the source named it.
    package var name: String

    /// One line for `sets`.
    package var summary: String {
        let types = profile.sampleTypes.map(\.type).joined(separator: ", ")
        return "\(name): \(profile.sampleCount) samples, \(profile.locations.count) locations; sample types \(types)"
    }
}
