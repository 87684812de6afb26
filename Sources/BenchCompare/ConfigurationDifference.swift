import BenchData

/// Configuration keys whose values never overlap between sets (`variant: fnv` in one,
/// `variant: maphash` in the other).
///
/// benchstat splits tables by configuration, so two sets that differ in such a key share no
/// table and nothing gets compared; the fix is to ignore the key. This finds the keys to
/// suggest.
package enum ConfigurationDifference {
    package static func keysSeparating(_ sets: [BenchmarkSet]) -> [String] {
        guard sets.count > 1 else { return [] }
        let valuesPerSet = sets.map { set -> [String: Set<String>] in
            var values: [String: Set<String>] = [:]
            for configuration in set.configurations {
                for entry in configuration.entries { values[entry.key, default: []].insert(entry.value) }
            }
            return values
        }
        var keys: [String] = []
        for key in valuesPerSet[0].keys.sorted() {
            let perSet = valuesPerSet.compactMap { $0[key] }
            guard perSet.count == sets.count else { continue }
            var disjoint = true
            for (index, values) in perSet.enumerated() {
                for other in perSet[(index + 1)...] where !values.isDisjoint(with: other) { disjoint = false }
            }
            if disjoint { keys.append(key) }
        }
        return keys
    }
}
