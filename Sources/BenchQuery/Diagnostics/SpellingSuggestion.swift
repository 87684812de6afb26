/// Finds the word a user probably meant, for "did you mean ...?" notes.
///
/// Uses the optimal-string-alignment distance (Levenshtein plus swapping two neighbours),
/// because the commonest slip in a typed keyword is two swapped letters (`fliter`).
package enum SpellingSuggestion {
    /// The candidate nearest to `word`, if it is near enough to be a typo: one edit for
    /// words of up to four letters, two beyond. Ties go to the earlier candidate.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.unicodeScalars)
        let allowed = typed.count <= 4 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(typed, Array(candidate.unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The note to attach, or none when nothing is close.
    package static func note(for word: String, among candidates: [String]) -> [Diagnostic.Note] {
        closest(to: word, among: candidates).map { [Diagnostic.Note("did you mean '\($0)'?")] } ?? []
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows of the dynamic-programming table: two back for transpositions.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
