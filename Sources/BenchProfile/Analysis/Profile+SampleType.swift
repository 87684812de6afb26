extension Profile {
    /// pprof's `SampleIndexByName`: nil picks `default_sample_type` or else the last type; a
    /// number is an index; a name matches a type exactly, or without a legacy `inuse_` prefix.
    package func sampleTypeIndex(_ request: String?) throws(ProfileQueryError) -> Int {
        guard !sampleTypes.isEmpty else { throw ProfileQueryError("the profile has no sample types") }
        guard let request, !request.isEmpty else {
            if !defaultSampleType.isEmpty, let index = sampleTypes.firstIndex(where: { $0.type == defaultSampleType }) {
                return index
            }
            return sampleTypes.count - 1
        }
        if let index = Int(request) {
            guard index >= 0 && index < sampleTypes.count else {
                throw ProfileQueryError("sample \(request) is outside the range [0..\(sampleTypes.count - 1)]")
            }
            return index
        }
        let withoutInuse = request.hasPrefix("inuse_") ? String(request.dropFirst(6)) : request
        if let index = sampleTypes.firstIndex(where: { $0.type == request || $0.type == withoutInuse }) {
            return index
        }
        throw ProfileQueryError(
            "sample '\(request)' must be one of: \(sampleTypes.map(\.type).joined(separator: ", ")) (or an index)")
    }
}
