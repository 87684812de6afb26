import BenchData
import GRDB

extension ResultStore {
    /// Every stored run, oldest commit first (by author date, then by when it was stored).
    package func runs() throws(StoreError) -> [StoredRun] {
        try fetchRuns(where: "", arguments: [])
    }

    /// The runs of one commit, in the order they were stored.
    package func runs(ofCommit sha: String) throws(StoreError) -> [StoredRun] {
        try fetchRuns(where: "WHERE run.commit_sha = ?", arguments: [sha])
    }

    /// Full SHAs of stored commits starting with `prefix` (for SHAs git no longer knows).
    package func commits(startingWith prefix: String) throws(StoreError) -> [String] {
        do {
            return try pool.read { db in
                try String.fetchAll(
                    db, sql: "SELECT DISTINCT commit_sha FROM run WHERE substr(commit_sha, 1, ?) = ?",
                    arguments: [prefix.utf8.count, prefix])
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    private func fetchRuns(where condition: String, arguments: StatementArguments) throws(StoreError) -> [StoredRun] {
        let rows: [Row]
        do {
            rows = try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT run.id, commit_sha, ref, subject, author_date, author_time, commit_time, recorded_at, command, imported_from,
                               host_os, host_cpu, host_cores, rounds, aggregates_only,
                               (SELECT count(*) FROM result WHERE result.run_id = run.id),
                               (SELECT count(*) FROM run AS earlier
                                 WHERE earlier.commit_sha = run.commit_sha AND earlier.id <= run.id)
                        FROM run \(condition)
                        ORDER BY commit_time, author_time, commit_sha, run.id
                        """, arguments: arguments)
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        return try rows.map { (row) throws(StoreError) in
            var columns = StoredColumns(row: row, path: path)
            let id = try columns.integer()
            let commit = CommitInfo(
                sha: try columns.text(), ref: try columns.text(), subject: try columns.text(),
                authorDate: try columns.text(), authorTime: try columns.integer(), commitTime: try columns.integer())
            let recordedAt = try columns.text()
            let command = try columns.optionalText()
            let file = try columns.optionalText()
            let host = HostFacts(os: try columns.text(), cpu: try columns.text(), cores: Int(try columns.integer()))
            let rounds = Int(try columns.integer())
            let aggregatesOnly = try columns.integer() != 0
            return StoredRun(
                id: id, commit: commit, recordedAt: recordedAt,
                origin: command.map { .command($0) } ?? .file(file ?? ""), host: host, rounds: rounds,
                resultCount: Int(try columns.integer()), number: Int(try columns.integer()),
                aggregatesOnly: aggregatesOnly)
        }
    }

    /// The results of `runs`, pooled into one set as if each run were a file read in turn
    /// (labelled `SHORTSHA#N`), re-tidied exactly as the text they came from.
    package func load(_ runs: [StoredRun]) throws(StoreError) -> BenchmarkSet {
        var builder = StoredSetBuilder()
        do {
            try pool.read { db in
                for run in runs {
                    builder.beginRun(
                        InputFile(
                            label: "\(run.commit.shortSHA)#\(run.number)", path: "\(run.commit.sha)#\(run.number)",
                            aggregatesOnly: run.aggregatesOnly))
                    try builder.addMetadata(
                        Row.fetchAll(
                            db, sql: "SELECT unit, key, value FROM unit_metadata WHERE run_id = ? ORDER BY unit, key",
                            arguments: [run.id]), path: path)
                    try builder.addConfigurations(
                        Row.fetchAll(
                            db,
                            sql: """
                                SELECT c.id, e.key, e.value FROM configuration AS c
                                LEFT JOIN configuration_entry AS e ON e.configuration_id = c.id
                                WHERE c.run_id = ? ORDER BY c.id, e.position
                                """, arguments: [run.id]), path: path)
                    let values = try Row.fetchCursor(
                        db,
                        sql: """
                            SELECT r.id, r.name, r.configuration_id, r.iterations, m.value, m.unit
                            FROM result AS r JOIN measurement AS m ON m.result_id = r.id
                            WHERE r.run_id = ? ORDER BY r.id, m.position
                            """, arguments: [run.id])
                    while let row = try values.next() { try builder.addValue(row, path: path) }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
        return builder.set
    }
}

/// Reads a row's columns in order, turning a value of the wrong type (a store edited by
/// hand) into an error instead of a crash.
struct StoredColumns {
    let row: Row
    let path: String
    private var index = 0

    init(row: Row, path: String) {
        self.row = row
        self.path = path
    }

    mutating func text() throws(StoreError) -> String {
        guard let text = try optionalText() else { throw damaged() }
        return text
    }

    mutating func optionalText() throws(StoreError) -> String? {
        defer { index += 1 }
        switch (row[index] as DatabaseValue).storage {
        case .null: return nil
        case .string(let text): return text
        default: throw damaged()
        }
    }

    mutating func integer() throws(StoreError) -> Int64 {
        defer { index += 1 }
        guard case .int64(let value) = (row[index] as DatabaseValue).storage else { throw damaged() }
        return value
    }

    /// A REAL column; NULL stands for NaN.
    mutating func real() throws(StoreError) -> Double {
        defer { index += 1 }
        switch (row[index] as DatabaseValue).storage {
        case .null: return .nan
        case .double(let value): return value
        case .int64(let value): return Double(value)
        default: throw damaged()
        }
    }

    private func damaged() -> StoreError {
        StoreError(.database, "the results store \(path) is damaged: column \(index + 1) of a row has the wrong type")
    }
}
