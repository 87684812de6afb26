/// The words with a fixed meaning where a statement or a value starts. They cannot name a
/// bound value. Stage words are keywords only after `|`, so `top = load "x"` is allowed.
enum Keywords {
    /// Words that start a statement of their own.
    static let statements = ["set", "sets", "help", "source", "exit"]
    /// Words that start a pipeline (LANGUAGE.md §2).
    static let sources = ["load", "compare", "scaling", "profile", "profile-diff", "record", "store", "history"]
    /// Everything a statement may start with, for suggestions.
    static let commands = statements + sources

    /// Words that end a raw projection of `compare`.
    static let compareStops = RawTextStops(words: Set(CompareSource.clauseWords))
    /// A `for` query of `threshold` ends at the next policy word or unit policy.
    static let thresholdStops = RawTextStops(words: Set(ThresholdPolicy.keywords), unitPolicies: true)
}
