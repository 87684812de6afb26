/// source = load | loadCommit | compare | scaling | profile | profileDiff | record
///        | storeImport | history
extension Parser {
    /// Called with a source keyword as the current token.
    mutating func source() throws(Failure) -> Source {
        switch current.word {
        case "load": return try load()
        case "compare": return try compare()
        case "scaling": return try scaling()
        case "profile": return try profile()
        case "profile-diff": return try profileDiff()
        case "record": return try record()
        case "store": return try storeImport()
        default: return history()
        }
    }

    /// load       = "load" STRING { STRING } [ "format" WORD ]
    /// loadCommit = "load" "commit" commit [ "run" INTEGER ]
    mutating func load() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        if isWord("commit") {
            advance()
            let commit = try commitReference(after: "commit")
            var run: NumberLiteral?
            if isWord("run") {
                advance()
                run = try integer(after: "run")
            }
            return .loadCommit(LoadCommitSource(commit: commit, run: run, span: span(from: start)))
        }
        var paths = [try string(after: "load")]
        while case .string = current.kind { paths.append(try string(after: "load")) }
        var format: Word?
        if isWord("format") {
            advance()
            format = try word(after: "format", what: "a format name")
        }
        return .load(LoadSource(paths: paths, format: format, span: span(from: start)))
    }

    /// compare = "compare" primary { primary } { ("by" | "across" | "per" | "ignore") RAW }
    mutating func compare() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        var operands: [Operand] = []
        while !isCompareClause, current.word != nil || current.kind == .leftParenthesis || isString {
            operands.append(try primary(expecting: "a set", after: "compare"))
        }
        if operands.isEmpty { throw unexpected("expected a set after 'compare'") }

        var clauses: [String: RawText] = [:]
        while isCompareClause, let word = current.word {
            if clauses[word] != nil { throw fail("'\(word)' is given twice", at: current.span) }
            clauses[word] = try rawClause(after: word, stoppingAt: Keywords.compareStops, what: "a projection")
        }
        let compare = CompareSource(
            operands: operands, rows: clauses["by"], columns: clauses["across"], tables: clauses["per"],
            ignored: clauses["ignore"], span: span(from: start))
        if operands.count == 1, compare.columns == nil {
            throw fail(
                "'compare' with one set needs 'across' to say what to compare", at: compare.span,
                notes: [Diagnostic.Note("for example: compare cpu across /gomaxprocs")])
        }
        return .compare(compare)
    }

    private var isCompareClause: Bool {
        current.word.map(CompareSource.clauseWords.contains) ?? false
    }

    private var isString: Bool {
        if case .string = current.kind { return true }
        return false
    }

    /// scaling = "scaling" primary [ "across" RAW ]
    mutating func scaling() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        let operand = try primary(expecting: "a set", after: "scaling")
        var columns: RawText?
        if isWord("across") {
            columns = try rawClause(after: "across", stoppingAt: .stage, what: "a projection")
        }
        return .scaling(ScalingSource(operand: operand, columns: columns, span: span(from: start)))
    }

    /// profile = "profile" STRING { profileOption }
    mutating func profile() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        let path = try string(after: "profile", what: "a profile path")
        let (options, _) = try profileOptions(allowingNormalize: false)
        return .profile(ProfileSource(path: path, options: options, span: span(from: start)))
    }

    /// profileDiff = "profile-diff" STRING STRING { profileOption | "normalize" }
    mutating func profileDiff() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        let base = try string(after: "profile-diff", what: "the base profile's path")
        let new = try string(after: "the base profile", what: "the new profile's path")
        let (options, normalize) = try profileOptions(allowingNormalize: true)
        return .profileDiff(
            ProfileDiffSource(base: base, new: new, options: options, normalize: normalize, span: span(from: start)))
    }

    /// profileOption = "sample" (WORD | INTEGER) | "by" granularity | "nodefraction" NUMBER | "unit" WORD
    ///               | "noinlines";
    /// each at most once, in any order.
    private mutating func profileOptions(allowingNormalize: Bool) throws(Failure) -> (ProfileOptions, Bool) {
        let names = ["sample", "by", "nodefraction", "unit", "noinlines"] + (allowingNormalize ? ["normalize"] : [])
        var options = ProfileOptions()
        var normalize = false
        var seen: Set<String> = []
        while let word = current.word {
            guard names.contains(word) else {
                if let suggestion = SpellingSuggestion.closest(to: word, among: names) {
                    throw fail(
                        "unknown profile option '\(word)'", at: current.span,
                        notes: [Diagnostic.Note("did you mean '\(suggestion)'?")])
                }
                break
            }
            if !seen.insert(word).inserted { throw fail("'\(word)' is given twice", at: current.span) }
            advance()
            switch word {
            case "sample": options.sample = try sampleType()
            case "by": options.granularity = try keyword(ProfileGranularity.self, after: "by", what: "granularity")
            case "nodefraction": options.nodeFraction = try plainNumber(after: "nodefraction")
            case "unit": options.unit = try self.word(after: "unit", what: "a unit such as ns or bytes")
            case "noinlines": options.noInlines = true
            default: normalize = true
            }
        }
        return (options, normalize)
    }

    /// A sample type (`alloc_space`) or its index, as pprof's `-sample_index` takes.
    private mutating func sampleType() throws(Failure) -> Word {
        if case .number(let value) = current.kind, value.isInteger {
            let word = Word(value.text, span: current.span)
            advance()
            return word
        }
        return try word(after: "sample", what: "a sample type")
    }

    /// record = "record" STRING "at" commit { commit } [ "rounds" INTEGER ]
    mutating func record() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        let command = try string(after: "record", what: "a command")
        try expectWord("at", after: "the command")
        var commits = [try commitReference(after: "at")]
        while isString || (current.word != nil && !isWord("rounds")) {
            commits.append(try commitReference(after: "at"))
        }
        var rounds: NumberLiteral?
        if isWord("rounds") {
            advance()
            rounds = try integer(after: "rounds")
        }
        return .record(RecordSource(command: command, commits: commits, rounds: rounds, span: span(from: start)))
    }

    /// storeImport = "store" "import" STRING "at" commit
    mutating func storeImport() throws(Failure) -> Source {
        let start = current.span.start
        advance()
        try expectWord("import", after: "'store'")
        let path = try string(after: "import", what: "a path")
        try expectWord("at", after: "the path")
        let commit = try commitReference(after: "at")
        return .storeImport(StoreImportSource(path: path, commit: commit, span: span(from: start)))
    }

    /// history = "history" [ RAW ]
    mutating func history() -> Source {
        let start = current.span.start
        let query = takeRawText(stoppingAt: .stage)
        return .history(HistorySource(query: query.isEmpty ? nil : query, span: span(from: start)))
    }

    private mutating func expectWord(_ word: String, after what: String) throws(Failure) {
        guard isWord(word) else { throw unexpected("expected '\(word)' after \(what)") }
        advance()
    }
}
