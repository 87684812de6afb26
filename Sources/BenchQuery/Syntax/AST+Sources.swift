/// The sources of LANGUAGE.md §2: the keywords that start a pipeline.
package enum Source: Hashable, Sendable, CustomStringConvertible {
    case load(LoadSource)
    case loadCommit(LoadCommitSource)
    case compare(CompareSource)
    case scaling(ScalingSource)
    case profile(ProfileSource)
    case profileDiff(ProfileDiffSource)
    case record(RecordSource)
    case storeImport(StoreImportSource)
    case history(HistorySource)

    package var description: String {
        switch self {
        case .load(let source): return source.description
        case .loadCommit(let source): return source.description
        case .compare(let source): return source.description
        case .scaling(let source): return source.description
        case .profile(let source): return source.description
        case .profileDiff(let source): return source.description
        case .record(let source): return source.description
        case .storeImport(let source): return source.description
        case .history(let source): return source.description
        }
    }
}

/// `load "path" {"path"} [format NAME]`
package struct LoadSource: Hashable, Sendable, CustomStringConvertible {
    package var paths: [StringLiteral]
    /// Forces a reader instead of detecting the format from the content.
    package var format: Word?
    package var span: SourceSpan

    package var description: String {
        (["load"] + paths.map(\.description) + (format.map { ["format", $0.text] } ?? [])).joined(separator: " ")
    }
}

/// `load commit REF [run N]`
package struct LoadCommitSource: Hashable, Sendable, CustomStringConvertible {
    package var commit: CommitReference
    /// One stored run; all runs are pooled without it.
    package var run: NumberLiteral?
    package var span: SourceSpan

    package var description: String {
        "load commit \(commit)" + (run.map { " run \($0)" } ?? "")
    }
}

/// `compare A B {C} [by ROW] [across COL] [per TABLE] [ignore KEYS]`; the clauses are
/// benchstat projections, kept raw. The first operand is the baseline.
package struct CompareSource: Hashable, Sendable, CustomStringConvertible {
    package var operands: [Operand]
    package var rows: RawText?
    package var columns: RawText?
    package var tables: RawText?
    package var ignored: RawText?
    package var span: SourceSpan

    package static let clauseWords = ["by", "across", "per", "ignore"]

    package var description: String {
        var words = ["compare"] + operands.map(\.description)
        for (word, text) in zip(Self.clauseWords, [rows, columns, tables, ignored]) {
            if let text { words += [word, text.description] }
        }
        return words.joined(separator: " ")
    }
}

/// `scaling SET [across COL]`: speed-up and efficiency relative to the smallest key value.
package struct ScalingSource: Hashable, Sendable, CustomStringConvertible {
    package var operand: Operand
    package var columns: RawText?
    package var span: SourceSpan

    package var description: String {
        "scaling \(operand)" + (columns.map { " across \($0)" } ?? "")
    }
}

/// The options shared by `profile` and `profile-diff`, printed in pprof's flag order.
package struct ProfileOptions: Hashable, Sendable, CustomStringConvertible {
    /// pprof's `-sample_index`: a sample type name or an index.
    package var sample: Word?
    /// `-lines`, `-files`, `-addresses`; functions when absent.
    package var granularity: Keyword<ProfileGranularity>?
    package var nodeFraction: NumberLiteral?
    /// The sample unit of folded stacks (`ns`, `bytes`), which carry none.
    package var unit: Word?
    /// pprof's `-noinlines`: inlined frames are attributed to the function they were inlined into.
    package var noInlines = false

    package init(
        sample: Word? = nil, granularity: Keyword<ProfileGranularity>? = nil, nodeFraction: NumberLiteral? = nil,
        unit: Word? = nil
    ) {
        self.sample = sample
        self.granularity = granularity
        self.nodeFraction = nodeFraction
        self.unit = unit
    }

    package var description: String {
        var words: [String] = []
        if let sample { words += ["sample", sample.text] }
        if let granularity { words += ["by", granularity.description] }
        if let nodeFraction { words += ["nodefraction", nodeFraction.description] }
        if let unit { words += ["unit", unit.text] }
        if noInlines { words.append("noinlines") }
        return words.joined(separator: " ")
    }
}

package enum ProfileGranularity: String, CaseIterable, Hashable, Sendable {
    case functions, lines, files, addresses
}

/// `profile "file" [options]`
package struct ProfileSource: Hashable, Sendable, CustomStringConvertible {
    package var path: StringLiteral
    package var options: ProfileOptions
    package var span: SourceSpan

    package var description: String {
        let options = options.description
        return "profile \(path)" + (options.isEmpty ? "" : " " + options)
    }
}

/// `profile-diff "base" "new" [options] [normalize]`: pprof's `-diff_base=base new`.
package struct ProfileDiffSource: Hashable, Sendable, CustomStringConvertible {
    package var base: StringLiteral
    package var new: StringLiteral
    package var options: ProfileOptions
    /// pprof's `-normalize`.
    package var normalize: Bool
    package var span: SourceSpan

    package var description: String {
        let options = options.description
        return "profile-diff \(base) \(new)" + (options.isEmpty ? "" : " " + options) + (normalize ? " normalize" : "")
    }
}

/// `record "COMMAND" at REF {REF} [rounds N]`
package struct RecordSource: Hashable, Sendable, CustomStringConvertible {
    package var command: StringLiteral
    package var commits: [CommitReference]
    package var rounds: NumberLiteral?
    package var span: SourceSpan

    package var description: String {
        "record \(command) at " + commits.map(\.description).joined(separator: " ")
            + (rounds.map { " rounds \($0)" } ?? "")
    }
}

/// `store import "file" at REF`
package struct StoreImportSource: Hashable, Sendable, CustomStringConvertible {
    package var path: StringLiteral
    package var commit: CommitReference
    package var span: SourceSpan

    package var description: String { "store import \(path) at \(commit)" }
}

/// `history [QUERY]`; the query is a benchstat filter, kept raw.
package struct HistorySource: Hashable, Sendable, CustomStringConvertible {
    package var query: RawText?
    package var span: SourceSpan

    package var description: String { "history" + (query.map { " \($0)" } ?? "") }
}
