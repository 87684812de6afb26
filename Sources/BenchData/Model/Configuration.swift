/// The file-level configuration in force for a result: the file it came from and the
/// `key: value` lines read so far in that file.
///
/// Entries keep benchfmt's order: a new key is appended, a changed key keeps its slot, and a
/// deleted key (`key:` with an empty value) is replaced by the last entry. That order decides
/// the order of `.config` fields in table headers, so it is reproduced exactly.
package struct Configuration: Sendable, Equatable {
    /// Index into ``BenchmarkSet/files``.
    package var file: Int32
    package var entries: [Entry]

    /// One `key: value` pair.
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var value: String

        package init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    package init(file: Int32, entries: [Entry] = []) {
        self.file = file
        self.entries = entries
    }

    /// The value of `key`, or nil when the key is not set.
    package func value(of key: String) -> String? {
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// Sets or deletes (empty value) `key`, as a configuration line does.
    package mutating func set(_ key: String, _ value: String) {
        let slot = entries.firstIndex { $0.key == key }
        if value.isEmpty {
            guard let slot else { return }
            // benchfmt deletes by moving the last entry into the hole.
            entries[slot] = entries[entries.count - 1]
            entries.removeLast()
        } else if let slot {
            entries[slot].value = value
        } else {
            entries.append(Entry(key: key, value: value))
        }
    }
}

/// A configuration compared by the exact bytes of its entries, in order (Swift's `String`
/// equality would merge canonically equivalent text that Go keeps apart).
struct ConfigurationIdentity: Hashable {
    let configuration: Configuration

    init(_ configuration: Configuration) { self.configuration = configuration }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.configuration.file == rhs.configuration.file
            && lhs.configuration.entries.count == rhs.configuration.entries.count
            && zip(lhs.configuration.entries, rhs.configuration.entries).allSatisfy {
                $0.key.utf8.elementsEqual($1.key.utf8) && $0.value.utf8.elementsEqual($1.value.utf8)
            }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(configuration.file)
        for entry in configuration.entries {
            hasher.combine(entry.key.utf8.count)
            for byte in entry.key.utf8 { hasher.combine(byte) }
            hasher.combine(entry.value.utf8.count)
            for byte in entry.value.utf8 { hasher.combine(byte) }
        }
    }
}
