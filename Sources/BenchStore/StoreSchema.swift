import GRDB

/// The store's tables, as numbered migrations: a store made by an older benchq is brought
/// up to date when opened for writing, and one made by a newer benchq is refused.
///
/// Results are kept exactly as read, nothing aggregated: one row per result line and one
/// per value, in its original unit (tidying is redone on load, as for a file).
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // One `record` of one ref, or one `store import`.
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY,
                        commit_sha TEXT NOT NULL,
                        ref TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        author_date TEXT NOT NULL,
                        author_time INTEGER NOT NULL,
                        commit_time INTEGER NOT NULL,
                        recorded_at TEXT NOT NULL,
                        command TEXT,
                        imported_from TEXT,
                        host_os TEXT NOT NULL,
                        host_cpu TEXT NOT NULL,
                        host_cores INTEGER NOT NULL,
                        aggregates_only INTEGER NOT NULL DEFAULT 0,
                        rounds INTEGER NOT NULL DEFAULT 0
                    ) STRICT;
                    CREATE INDEX run_by_commit ON run(commit_sha);
                    CREATE TABLE configuration (
                        id INTEGER PRIMARY KEY,
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE
                    ) STRICT;
                    CREATE TABLE configuration_entry (
                        configuration_id INTEGER NOT NULL REFERENCES configuration(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (configuration_id, position)
                    ) STRICT, WITHOUT ROWID;
                    CREATE TABLE result (
                        id INTEGER PRIMARY KEY,
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        round INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        configuration_id INTEGER NOT NULL REFERENCES configuration(id),
                        iterations INTEGER NOT NULL
                    ) STRICT;
                    CREATE INDEX result_by_run ON result(run_id);
                    CREATE TABLE measurement (
                        result_id INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        value REAL, -- NULL stands for NaN, which SQLite cannot store
                        unit TEXT NOT NULL,
                        PRIMARY KEY (result_id, position)
                    ) STRICT, WITHOUT ROWID;
                    CREATE TABLE unit_metadata (
                        run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                        unit TEXT NOT NULL,
                        key TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (run_id, unit, key)
                    ) STRICT, WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
