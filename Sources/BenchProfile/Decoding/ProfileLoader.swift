import BenchData

/// Reads a profile file of any supported kind: `profile.proto`, gzipped (one or more
/// members) or raw, or folded stacks (text). Errors name the file.
package enum ProfileLoader {
    /// What a file holds, judged from its first bytes.
    package enum Kind: Equatable, Sendable {
        case protobuf, folded
    }

    /// Loads `path` (resolved against `directory` when relative). `unit` is the sample unit
    /// of folded stacks, which carry none.
    package static func load(
        _ path: String, relativeTo directory: String? = nil, foldedUnit unit: String? = nil
    ) throws(ProfileLoadError) -> Profile {
        let bytes: [UInt8]
        do {
            bytes = try InputSource.readAll(path: path, relativeTo: directory)
        } catch {
            switch error {
            case .open(_, let reason), .read(_, _, let reason):
                throw ProfileLoadError(path: path, message: "cannot read the profile: \(reason)")
            case .invalidEncoding:
                throw ProfileLoadError(path: path, message: "cannot read the profile")
            }
        }
        do {
            return try decode(bytes, foldedUnit: unit)
        } catch {
            throw ProfileLoadError(path: path, message: error.message)
        }
    }

    /// Decodes file contents: gunzips when needed, then protobuf or folded stacks.
    package static func decode(_ bytes: [UInt8], foldedUnit unit: String? = nil) throws(ProfileFormatError) -> Profile {
        guard !bytes.isEmpty else { throw ProfileFormatError("empty profile: the file has no data") }
        let data = try bytes.withUnsafeBufferPointer { buffer throws(ProfileFormatError) -> [UInt8] in
            guard Gunzip.isGzip(buffer) else { return bytes }
            switch Gunzip.inflate(buffer) {
            case .success(let inflated): return inflated
            case .failure(let failure): throw ProfileFormatError("\(failure)")
            }
        }
        guard !data.isEmpty else { throw ProfileFormatError("empty profile: the gzip stream holds no data") }
        if looksLikeText(data) {
            if LegacyHeapReader.isLegacyHeap(data) { return try LegacyHeapReader.read(data) }
            if data.starts(with: Array("--- ".utf8)) {
                throw ProfileFormatError(
                    "legacy text profiles other than Go heap profiles are not supported; convert it with 'go tool pprof -proto FILE > FILE.pb.gz'"
                )
            }
            do {
                return try FoldedStacksReader.read(data, unit: unit ?? "count")
            } catch {
                throw ProfileFormatError(
                    "not a pprof profile (protobuf) and not folded stacks: \(error.message)")
            }
        }
        if unit != nil {
            throw ProfileFormatError("'unit' applies to folded stacks; a pprof profile names its own units")
        }
        return try ProfileDecoder.decode(data)
    }

    /// Whether the first bytes are printable text (a protobuf profile starts with a binary tag).
    private static func looksLikeText(_ data: [UInt8]) -> Bool {
        for byte in data.prefix(512) {
            if byte == 0x09 || byte == 0x0a || byte == 0x0d { continue }
            if byte < 0x20 || byte == 0x7f { return false }
        }
        return true
    }
}
