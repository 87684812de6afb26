import BenchData
import BenchStore

/// The sources on the results store: `load commit`, `record`, `store import`, `history`.
extension Session {
    func evaluateStoreSource(_ source: Source, at span: SourceSpan) throws(EvaluationError) -> Value {
        do throws(LocatedStoreError) {
            switch source {
            case .loadCommit(let load): return try loadCommit(load)
            case .storeImport(let storeImport): return try importIntoStore(storeImport)
            case .record(let record): return try self.record(record)
            case .history(let history): return try self.history(history)
            case .load, .compare, .scaling, .profile, .profileDiff:
                throw LocatedStoreError(StoreError(.database, "'\(source)' does not use the results store"), at: span)
            }
        } catch {
            switch error.cause {
            case .evaluation(let evaluation): throw evaluation
            case .store(let store, let place):
                throw EvaluationError(store.message, at: place ?? span, notes: store.notes.map { .init($0) })
            }
        }
    }

    /// `load commit REF [run N]`: every stored run of the commit pooled, or run N.
    private func loadCommit(_ source: LoadCommitSource) throws(LocatedStoreError) -> Value {
        let ref = try commitText(source.commit)
        let repository = try located(source.commit.span) { () throws(StoreError) in try self.repository() }
        let resolved: Result<CommitInfo, StoreError> = Result { () throws(StoreError) in try repository.resolve(ref) }
        let store: ResultStore
        do {
            store = try ResultStore(path: try storePath(repository: repository), access: .read)
        } catch {
            // A mistyped ref is the news, more than a missing store.
            if case .failure(let unresolved) = resolved { throw LocatedStoreError(unresolved, at: source.commit.span) }
            throw LocatedStoreError(error, at: source.span)
        }
        let commit = try located(source.commit.span) { () throws(StoreError) in
            try resolved.get()
        } fallback: { () throws(StoreError) -> CommitInfo? in
            // A SHA this clone does not have (a store copied from CI) is looked up in the store.
            guard (4...40).contains(ref.utf8.count), ref.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
            let matches = try store.commits(startingWith: ref.lowercased())
            guard matches.count == 1, let run = try store.runs(ofCommit: matches[0]).first else { return nil }
            return run.commit
        }
        let runs = try located(source.span) { () throws(StoreError) in try store.runs(ofCommit: commit.sha) }
        guard !runs.isEmpty else {
            throw LocatedStoreError(
                StoreError(
                    .noResults, "no results are stored for \(ref) (\(commit.shortSHA) \(commit.subject))",
                    notes: [
                        "record them: record \"go test -run '^$' -bench . -count 5\" at \(source.commit)",
                        "or store a file of results: store import \"results.txt\" at \(source.commit)",
                    ]), at: source.commit.span)
        }
        var chosen = runs
        if let run = source.run {
            guard run.value.isInteger, let number = Int(exactly: run.value.value),
                let match = runs.first(where: { $0.number == number })
            else {
                throw LocatedStoreError(
                    StoreError(
                        .noResults,
                        "\(ref) has \(runs.count) stored run\(runs.count == 1 ? "" : "s"); run \(run) is not one of them",
                        notes: ["runs are numbered from 1 per commit; 'history' lists them"]), at: run.span)
            }
            chosen = [match]
        }
        let set = try located(source.span) { () throws(StoreError) in try store.load(chosen) }
        return .set(SetValue(set: set, name: ref))
    }

    /// `store import "file" at REF`: the file's results become one run of the commit.
    private func importIntoStore(_ source: StoreImportSource) throws(LocatedStoreError) -> Value {
        let ref = try commitText(source.commit)
        let repository = try located(source.commit.span) { () throws(StoreError) in try self.repository() }
        let commit = try located(source.commit.span) { () throws(StoreError) in try repository.resolve(ref) }
        let loaded: SetValue
        do {
            loaded = try load([source.path])
        } catch {
            throw LocatedStoreError(evaluation: error)
        }
        let file = (try? interpolate(source.path)) ?? source.path.description
        guard !loaded.set.results.isEmpty else {
            throw LocatedStoreError(
                StoreError(.noResults, "\(file) has no benchmark results to store"), at: source.path.span)
        }
        return try located(source.span) { () throws(StoreError) in
            let store = try ResultStore(path: try storePath(repository: repository), access: .write)
            var run = PendingRun(commit: commit, origin: .file(file), host: HostFacts.current)
            try store.append(loaded.set, to: &run, recordedAt: Clock.utcTimestamp())
            return .history(StoreHistory(runs: try store.runs(ofCommit: commit.sha).filter { $0.id == run.id }))
        }
    }

    /// `history [QUERY]`.
    private func history(_ source: HistorySource) throws(LocatedStoreError) -> Value {
        // Asked of git once: it places the default store and orders commits made in the same
        // second. A store given by path is read outside a repository too (storePath still
        // fails without one when it needs the default).
        let repository = try? self.repository()
        let store = try located(source.span) { () throws(StoreError) in
            try ResultStore(path: try storePath(repository: repository), access: .read)
        }
        var runs = try located(source.span) { () throws(StoreError) in try store.runs() }
        if let repository { runs = repository.orderingTies(runs) }
        guard let query = source.query, !query.text.trimmingBlanks().isEmpty else {
            return .history(StoreHistory(runs: runs))
        }
        let filter: ResultFilter
        do {
            filter = try ResultFilter(query.text.trimmingBlanks())
        } catch {
            throw LocatedStoreError(evaluation: queryError(error, in: query, fallback: query.span))
        }
        let series = try located(source.span) { () throws(StoreError) in
            try StoreHistory.series(of: runs, matching: filter, in: store)
        }
        return .history(StoreHistory(runs: runs, query: query.text.trimmingBlanks(), series: series))
    }

    /// The text of a ref: a bare word or a string.
    func commitText(_ commit: CommitReference) throws(LocatedStoreError) -> String {
        switch commit {
        case .word(let word): return word.text
        case .string(let string):
            do {
                return try interpolate(string)
            } catch {
                throw LocatedStoreError(evaluation: error)
            }
        }
    }

    /// The repository of the current folder.
    func repository() throws(StoreError) -> GitRepository {
        try GitRepository(containing: currentDirectory)
    }

    /// `--store`/`set store`, then `$BENCHQ_STORE`, then `.benchq/results.sqlite` at the top
    /// of the repository. A relative path is taken from the current folder.
    func storePath(repository: GitRepository?) throws(StoreError) -> String {
        if let path = options.storePath ?? environment["BENCHQ_STORE"], !path.isEmpty {
            guard !path.hasPrefix("/"), let currentDirectory else { return path }
            return currentDirectory + "/" + path
        }
        guard let repository else { return try self.repository().defaultStorePath }
        return repository.defaultStorePath
    }

    /// Runs `body`, placing a store error at `span`.
    func located<Result>(
        _ span: SourceSpan, _ body: () throws(StoreError) -> Result
    ) throws(LocatedStoreError) -> Result {
        do {
            return try body()
        } catch {
            throw LocatedStoreError(error, at: span)
        }
    }

    /// Runs `body`; when it fails, `fallback` may still give a value, else the error from
    /// `body` is placed at `span`.
    func located<Result>(
        _ span: SourceSpan, _ body: () throws(StoreError) -> Result,
        fallback: () throws(StoreError) -> Result?
    ) throws(LocatedStoreError) -> Result {
        do {
            return try body()
        } catch {
            if let value = try? fallback() { return value }
            throw LocatedStoreError(error, at: span)
        }
    }

    /// The value as `report FORMAT` prints it.
    func renderHistory(_ history: StoreHistory, format: ReportFormat) -> String {
        switch format {
        case .text:
            var text = ""
            HistoryTextWriter.write(history, to: &text)
            return text
        case .markdown: return HistoryMarkdownWriter.render(history)
        case .html: return HistoryHTMLWriter.render(history)
        case .json: return HistoryDataWriter.json(history)
        case .csv: return HistoryDataWriter.csv(history)
        }
    }
}

/// A store error with the place in the statement it is about, or an evaluation error
/// passed through (a failed `load` inside `store import`).
struct LocatedStoreError: Error {
    enum Cause {
        /// At the span, or at the whole statement when nil.
        case store(StoreError, at: SourceSpan?)
        case evaluation(EvaluationError)
    }

    var cause: Cause

    init(_ error: StoreError, at span: SourceSpan?) {
        cause = .store(error, at: span)
    }

    init(evaluation: EvaluationError) {
        cause = .evaluation(evaluation)
    }
}

extension UInt8 {
    /// 0-9, a-f, A-F.
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self)
    }
}
