/// Where raw text may end early, besides the end of its stage.
package struct RawTextStops: Sendable {
    /// Words that end the text where one stands alone at the top level (`by`, `across` ...).
    package var words: Set<String>
    /// Also end before a unit policy such as `sec/op 3%`: a word then a number, which a
    /// filter never contains (a `for` query of `threshold`).
    package var unitPolicies: Bool

    package init(words: Set<String> = [], unitPolicies: Bool = false) {
        self.words = words
        self.unitPolicies = unitPolicies
    }

    /// Only the end of the stage.
    package static let stage = RawTextStops()
}
