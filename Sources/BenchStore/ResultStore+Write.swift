import BenchData
import GRDB

/// A run being stored round by round: the run's row is written with its first round, so a
/// run that never finished a round leaves nothing behind.
package struct PendingRun: Sendable {
    package var commit: CommitInfo
    package var origin: RunOrigin
    package var host: HostFacts
    /// The run's row once its first round is stored.
    package private(set) var id: Int64?
    /// Rounds stored so far.
    package private(set) var rounds = 0

    package init(commit: CommitInfo, origin: RunOrigin, host: HostFacts) {
        self.commit = commit
        self.origin = origin
        self.host = host
    }

    fileprivate mutating func stored(id: Int64) {
        self.id = id
        rounds += 1
    }
}

extension ResultStore {
    /// Stores one finished round of `run` in one transaction: the round's results, their
    /// configurations and values as read, and its `Unit` metadata.
    package func append(_ set: BenchmarkSet, to run: inout PendingRun, recordedAt: String) throws(StoreError) {
        let snapshot = run
        var id: Int64 = 0
        do {
            // IMMEDIATE: the write lock is taken (waiting for another writer) before anything
            // is read. A deferred transaction in WAL mode would read first and then fail at
            // once with SQLITE_BUSY_SNAPSHOT when another process committed meanwhile.
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    id = try snapshot.id ?? Self.insertRun(snapshot, set: set, recordedAt: recordedAt, db: db)
                    let round = snapshot.rounds + 1
                    try Self.insertResults(set, runID: id, round: round, db: db)
                    try db.execute(sql: "UPDATE run SET rounds = ? WHERE id = ?", arguments: [round, id])
                    return .commit
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        run.stored(id: id)
    }

    private static func insertRun(
        _ run: PendingRun, set: BenchmarkSet, recordedAt: String, db: Database
    ) throws -> Int64 {
        var command: String?
        var file: String?
        switch run.origin {
        case .command(let text): command = text
        case .file(let path): file = path
        }
        try db.execute(
            sql: """
                INSERT INTO run (commit_sha, ref, subject, author_date, author_time, commit_time, recorded_at, command, imported_from,
                                 host_os, host_cpu, host_cores, aggregates_only)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.commit.sha, run.commit.ref, run.commit.subject, run.commit.authorDate, run.commit.authorTime,
                run.commit.commitTime,
                recordedAt, command, file,
                run.host.os, run.host.cpu, run.host.cores, set.files.contains { $0.aggregatesOnly } ? 1 : 0,
            ])
        return db.lastInsertedRowID
    }

    private static func insertResults(_ set: BenchmarkSet, runID: Int64, round: Int, db: Database) throws {
        // Configurations are stored once per round, as the set interns them.
        var configurationIDs: [Int64?] = Array(repeating: nil, count: set.configurations.count)
        let insertConfiguration = try db.cachedStatement(sql: "INSERT INTO configuration (run_id) VALUES (?)")
        let insertEntry = try db.cachedStatement(
            sql: "INSERT INTO configuration_entry (configuration_id, position, key, value) VALUES (?, ?, ?, ?)")
        let insertResult = try db.cachedStatement(
            sql: "INSERT INTO result (run_id, round, name, configuration_id, iterations) VALUES (?, ?, ?, ?, ?)")
        let insertValue = try db.cachedStatement(
            sql: "INSERT INTO measurement (result_id, position, value, unit) VALUES (?, ?, ?, ?)")
        for result in set.results {
            let configurationIndex = Int(result.configuration)
            let configurationID: Int64
            if let known = configurationIDs[configurationIndex] {
                configurationID = known
            } else {
                try insertConfiguration.execute(arguments: [runID])
                configurationID = db.lastInsertedRowID
                for (position, entry) in set.configurations[configurationIndex].entries.enumerated() {
                    try insertEntry.execute(arguments: [configurationID, position, entry.key, entry.value])
                }
                configurationIDs[configurationIndex] = configurationID
            }
            try insertResult.execute(
                arguments: [runID, round, set.name(of: result).fullName, configurationID, result.iterations])
            let resultID = db.lastInsertedRowID
            for (position, measurement) in set.measurements(of: result).enumerated() {
                let value: Double? = measurement.originalValue.isNaN ? nil : measurement.originalValue
                try insertValue.execute(
                    arguments: [resultID, position, value, set.units[Int(measurement.originalUnit)]])
            }
        }
        let insertMetadata = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO unit_metadata (run_id, unit, key, value) VALUES (?, ?, ?, ?)")
        for line in set.unitMetadata.lines {
            // `Unit <unit> <key>=<value>`: none of the three has a blank.
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, let equals = fields[2].firstIndex(of: "=") else { continue }
            try insertMetadata.execute(
                arguments: [
                    runID, String(fields[1]), String(fields[2][..<equals]),
                    String(fields[2][fields[2].index(after: equals)...]),
                ])
        }
    }
}
