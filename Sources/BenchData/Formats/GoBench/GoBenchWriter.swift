/// Writes a ``BenchmarkSet`` as Go benchmark text that Go's benchstat (and benchq) read back
/// to the same results: `Unit` metadata first, then result lines in order, with the
/// `key: value` configuration lines needed to reproduce each result's configuration.
///
/// Values are written as they were read (original value and unit, Go's shortest float
/// form), so reading the output tidies them exactly as the input was tidied.
package enum GoBenchWriter {
    package static func write(_ set: BenchmarkSet, to output: inout String) {
        for line in set.unitMetadata.lines { output += line + "\n" }
        var current: [Configuration.Entry] = []
        var lastConfiguration: Int32 = -1
        for result in set.results {
            if result.configuration != lastConfiguration {
                lastConfiguration = result.configuration
                let entries = set.configuration(of: result).entries
                writeChanges(from: current, to: entries, into: &output)
                current = entries
            }
            output += "Benchmark" + set.name(of: result).fullName
            output += " " + String(result.iterations)
            for measurement in set.measurements(of: result) {
                output += " " + GoFloatFormat.shortest(measurement.originalValue)
                output += " " + set.units[Int(measurement.originalUnit)]
            }
            output += "\n"
        }
    }

    /// Configuration lines turning `old` into `new`, so that a reader rebuilds `new` with
    /// its keys in the same order (which decides the order of table header lines).
    private static func writeChanges(
        from old: [Configuration.Entry], to new: [Configuration.Entry], into output: inout String
    ) {
        let keepsOrder = new.count >= old.count && zip(old, new).allSatisfy { $0.key == $1.key }
        if keepsOrder {
            // Same keys in the same order, maybe more: only changed and new values.
            for (index, entry) in new.enumerated() where index >= old.count || old[index].value != entry.value {
                output += entry.key + ": " + entry.value + "\n"
            }
            return
        }
        // Otherwise clear every key (`key:` deletes) and set the new ones in order.
        for entry in old { output += entry.key + ":\n" }
        for entry in new { output += entry.key + ": " + entry.value + "\n" }
    }
}
