import BenchData

/// pprof's sample filters on names, applied to grouped stacks: `drop_frames`/`keep_frames`
/// (`Profile.Prune`) and `-focus`/`-ignore`/`-hide`/`-show` (`FilterSamplesByName`).
struct FrameFilters {
    var locations: [Profile.Location]
    let functions: [Profile.Function]
    let mappings: [Profile.Mapping]

    init(_ profile: Profile) {
        locations = profile.locations
        functions = profile.functions
        mappings = profile.mappings
    }

    /// The profile's `drop_frames` (pprof's `Prune`): a frame whose simplified name fully
    /// matches it, and not `keep_frames`, is cut from each stack together with everything
    /// on its root side, but never above the first frame that does not match (so a stack
    /// of allocator frames under user code keeps the user code).
    mutating func pruneDroppedFrames(
        _ groups: inout StackGroups, dropFrames: String, keepFrames: String
    ) throws(GoRegexSyntaxError) {
        guard !dropFrames.isEmpty else { return }
        let drop = try GoRegex("^(" + dropFrames + ")$")
        let keep = keepFrames.isEmpty ? nil : try GoRegex("^(" + keepFrames + ")$")
        var cache: [String: Bool] = [:]
        func prunesFromHere(_ name: String) -> Bool {
            if let known = cache[name] { return known }
            let simple = Self.simplifiedName(name)
            let result = drop.matches(simple) && !(keep?.matches(simple) ?? false)
            cache[name] = result
            return result
        }
        var prune = [Bool](repeating: false, count: locations.count)
        var pruneBeneath = [Bool](repeating: false, count: locations.count)
        for index in locations.indices {
            let lines = locations[index].lines
            var match = lines.count - 1
            while match >= 0 {
                if let function = lines[match].function, !functions[function].name.isEmpty,
                    prunesFromHere(functions[function].name)
                {
                    break
                }
                match -= 1
            }
            guard match >= 0 else { continue }
            pruneBeneath[index] = true
            if match == lines.count - 1 {
                prune[index] = true
            } else {
                locations[index].lines = Array(lines[(match + 1)...])
            }
        }
        var result = StackGroups()
        for group in 0..<groups.count {
            var stack = groups.stack(group)
            // From the root: frames before the first user frame are never pruned.
            var foundUser = false
            var index = stack.endIndex - 1
            while index >= stack.startIndex {
                let location = Int(stack[index])
                if !prune[location] && !pruneBeneath[location] {
                    foundUser = true
                } else if foundUser {
                    stack = prune[location] ? stack[(index + 1)...] : stack[index...]
                    break
                }
                index -= 1
            }
            result.append(stack, weight: groups.weights[group])
        }
        groups = result
    }

    /// pprof's `simplifyFunc`: the name without a leading `.` and without its argument list
    /// (from the first `(` that does not start `(anonymous namespace)` or `operator()`).
    static func simplifiedName(_ name: String) -> String {
        var bytes = Array(name.utf8)
        if bytes.first == UInt8(ascii: ".") { bytes.removeFirst() }
        let reserved = [Array("(anonymous namespace)".utf8), Array("operator()".utf8)]
        var index = 0
        while index < bytes.count {
            if let word = reserved.first(where: { bytes[index...].starts(with: $0) }) {
                index += word.count
                continue
            }
            if bytes[index] == UInt8(ascii: "(") { return String(decoding: bytes[..<index], as: UTF8.self) }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Applies focus, ignore, hide and show together, as pprof's single pass does: focus and
    /// ignore judge a location by its lines before hide and show remove any.
    mutating func apply(_ filters: [ProfileQuery.Filter], to groups: inout StackGroups) {
        guard !filters.isEmpty else { return }
        let focus = filters.filter { $0.kind == .focus }.map(\.regex)
        let ignore = filters.filter { $0.kind == .ignore }.map(\.regex)
        let hide = filters.filter { $0.kind == .hide }.map(\.regex)
        let show = filters.filter { $0.kind == .show }.map(\.regex)
        // Per location: nil = neither, true = focused, false = ignored.
        var focusOrIgnore = [Bool?](repeating: nil, count: locations.count)
        var hidden = [Bool](repeating: false, count: locations.count)
        for index in locations.indices {
            if ignore.contains(where: { matchesName(index, $0) }) {
                focusOrIgnore[index] = false
            } else if focus.allSatisfy({ matchesName(index, $0) }) {
                focusOrIgnore[index] = true
            }
            for regex in hide where matchesName(index, regex) {
                locations[index].lines = lines(of: index, matching: regex, keep: false)
                if locations[index].lines.isEmpty { hidden[index] = true }
            }
            for regex in show {
                locations[index].lines = lines(of: index, matching: regex, keep: true)
                if locations[index].lines.isEmpty { hidden[index] = true }
            }
        }
        var result = StackGroups()
        for group in 0..<groups.count {
            let stack = groups.stack(group)
            var focused = false
            var ignored = false
            for location in stack {
                switch focusOrIgnore[Int(location)] {
                case true: focused = true
                case false: ignored = true
                default: break
                }
            }
            guard focused && !ignored else { continue }
            let kept = stack.filter { !hidden[Int($0)] }
            if kept.isEmpty { continue }
            result.append(kept, weight: groups.weights[group])
        }
        groups = result
    }

    private func mappingFile(_ location: Int) -> String? {
        locations[location].mapping.map { mappings[$0].file }
    }

    private func matchesName(_ location: Int, _ regex: GoRegex) -> Bool {
        for line in locations[location].lines {
            if let function = line.function,
                regex.matches(functions[function].name) || regex.matches(functions[function].file)
            {
                return true
            }
        }
        if let file = mappingFile(location), regex.matches(file) { return true }
        return false
    }

    /// The location's lines that match (`keep`) or do not match the regex; a matching mapping
    /// file counts for every line. Lines without a function always stay.
    private func lines(of location: Int, matching regex: GoRegex, keep: Bool) -> [Profile.Line] {
        if let file = mappingFile(location), regex.matches(file) { return keep ? locations[location].lines : [] }
        return locations[location].lines.filter { line in
            guard let function = line.function else { return true }
            let matches = regex.matches(functions[function].name) || regex.matches(functions[function].file)
            return matches == keep
        }
    }
}
