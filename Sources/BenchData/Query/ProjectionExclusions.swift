/// The keys projected specifically by any projection of one ``ProjectionParser``, which the
/// group keys `.config` and `.fullname` leave out so no dimension is counted twice.
final class ProjectionExclusions {
    private var configurationKeys: Set<ExactString> = []
    private var nameParts: [QueryField] = []
    private var frozenFullName: FullNameExclusion?

    func exclude(_ field: QueryField, key: String) {
        if field.isNamePart {
            nameParts.append(field)
        } else {
            configurationKeys.insert(ExactString(key))
        }
    }

    func excludes(configurationKey key: String) -> Bool {
        configurationKeys.contains(ExactString(key))
    }

    /// How `.fullname` is rewritten. Fixed on first use, as benchproc builds its extractor
    /// when the first result is projected.
    var fullName: FullNameExclusion {
        if let frozenFullName { return frozenFullName }
        let exclusion = FullNameExclusion(nameParts)
        frozenFullName = exclusion
        return exclusion
    }
}

/// `.fullname` with specifically projected parts removed: `/key=value` parts of excluded
/// keys are deleted, an excluded `.name` becomes `*`, and an excluded `/gomaxprocs` drops the
/// `-N` suffix (as well as any `/gomaxprocs=N` part).
struct FullNameExclusion {
    private let replacesBase: Bool
    private let deletedPrefixes: [String]
    private let dropsGomaxprocs: Bool

    init(_ excluded: [QueryField]) {
        var replacesBase = false
        var prefixes: [String] = []
        var dropsGomaxprocs = false
        for field in excluded {
            switch field {
            case .name:
                replacesBase = true
            case .nameKey(let key):
                prefixes.append("/\(key)=")
                if key == "gomaxprocs" { dropsGomaxprocs = true }
            default:
                break
            }
        }
        self.replacesBase = replacesBase
        self.deletedPrefixes = prefixes
        self.dropsGomaxprocs = dropsGomaxprocs
    }

    var isIdentity: Bool { !replacesBase && deletedPrefixes.isEmpty }

    func apply(_ name: BenchmarkName) -> String {
        if isIdentity { return name.fullName }
        var result = replacesBase ? "*" : name.base
        for part in name.parts where !deletedPrefixes.contains(where: { part.utf8.starts(with: $0.utf8) }) {
            result += part
        }
        if !dropsGomaxprocs { result += name.gomaxprocsSuffix }
        return result
    }
}
