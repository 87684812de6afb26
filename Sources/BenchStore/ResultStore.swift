import BenchData
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The results store: one SQLite file (WAL mode) holding runs per commit.
///
/// Opening never makes a new empty store in place of a file that exists: a file that is not
/// a benchq store, is damaged, or is read-only is an error that says so. Every write is one
/// transaction, so a process killed at any moment leaves the runs it had finished.
package final class ResultStore: Sendable {
    /// The path as given.
    package let path: String
    let pool: DatabasePool

    /// Whether the store will be written (created and migrated if needed) or only read.
    package enum Access: Sendable {
        case read
        case write
    }

    /// Opens the store at `path`. For `.write`, a missing file is created along with its
    /// folder; for `.read`, a missing file is an error (there is nothing to read).
    package init(path: String, access: Access) throws(StoreError) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists {
            guard (status.st_mode & S_IFMT) == S_IFREG else {
                throw StoreError(.database, "the results store \(path) is not a file")
            }
            // The owner's write bit decides, even for root, who may write anywhere.
            if access == .write, status.st_mode & S_IWUSR == 0 {
                throw StoreError(
                    .database, "the results store \(path) is read-only",
                    notes: ["make it writable (chmod u+w) or choose another store with --store or 'set store'"])
            }
        } else if access == .read {
            throw StoreError(
                .noResults, "there is no results store at \(path)",
                notes: ["store results with 'record \"COMMAND\" at REF' or 'store import \"FILE\" at REF'"])
        } else {
            try Self.makeFolder(containing: path)
            try Self.createStore(at: path)
        }
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = access == .read
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try checkSchema(access: access, isNew: !exists)
    }

    /// Refuses files that are not benchq stores (or come from a newer benchq) and brings an
    /// older store's schema up to date.
    private func checkSchema(access: Access, isNew: Bool) throws(StoreError) {
        let migrator = StoreSchema.migrator
        do {
            let (tables, superseded, complete) = try pool.read { db in
                (
                    try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"),
                    try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db)
                )
            }
            if !tables.isEmpty, !tables.contains("grdb_migrations") {
                throw StoreError(
                    .database, "\(path) is an SQLite database, but not a benchq results store",
                    notes: ["give another path with --store or 'set store'"])
            }
            if !tables.contains("run"), access == .read {
                // A new store another process is creating, or an empty file.
                throw StoreError(
                    .noResults, "the results store \(path) holds no results yet",
                    notes: ["store results with 'record \"COMMAND\" at REF' or 'store import \"FILE\" at REF'"])
            }
            if superseded {
                throw StoreError(
                    .database, "the results store \(path) was written by a newer benchq",
                    notes: ["update benchq to read it"])
            }
            if complete { return }
            guard access == .write else {
                throw StoreError(
                    .database, "the results store \(path) has an older layout",
                    notes: ["any 'record' or 'store import' brings it up to date"])
            }
            // Two processes creating the store at once may race on the migration list; the
            // loser finds the work done when it tries again.
            var attempt = 0
            while true {
                do {
                    try migrator.migrate(pool)
                    return
                } catch {
                    attempt += 1
                    if attempt >= 3 { throw error }
                    usleep(50_000)
                    if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Makes a new store, complete with its tables and in WAL mode, under a name of its own,
    /// then links it into place: two processes creating the store at once never see each
    /// other's half-made file, and the one that links second simply uses the winner's.
    private static func createStore(at path: String) throws(StoreError) {
        let temporary = "\(path).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) } }
        do {
            var configuration = GRDB.Configuration()
            configuration.journalMode = .wal
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
        // EEXIST: another process linked its store first. A file system without hard links
        // leaves the store to be created in place when opened (migrations cope with a race).
        _ = link(temporary, path)
    }

    private static func makeFolder(containing path: String) throws(StoreError) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let folder = String(path[..<slash])
        var status = stat()
        if stat(folder, &status) == 0 { return }
        try makeFolder(containing: folder)
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw StoreError(
                .database,
                "cannot create the folder \(folder) for the results store: \(String(cString: strerror(errno)))")
        }
        // A store inside a repository is not part of it.
        if folder.hasSuffix("/.benchq") || folder == ".benchq", let file = fopen(folder + "/.gitignore", "wx") {
            fputs("# benchq's results store (see docs/history.md)\n*\n", file)
            fclose(file)
        }
    }

    /// A database failure as a sentence about the store.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return StoreError(.database, "the results store \(path) cannot be used: \(error)")
        }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(
                .database, "\(path) is not a benchq results store (not an SQLite database)",
                notes: ["give another path with --store or 'set store', or move the file away"])
        case .SQLITE_CORRUPT:
            return StoreError(
                .database, "the results store \(path) is damaged: \(reason)",
                notes: ["'sqlite3 \(path) .recover' may save what is left"])
        case .SQLITE_READONLY:
            return StoreError(
                .database, "the results store \(path) is read-only: \(reason)",
                notes: ["make it and its folder writable, or choose another store with --store"])
        case .SQLITE_BUSY:
            return StoreError(
                .database, "the results store \(path) is locked by another process (\(error.extendedResultCode))")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL:
            return StoreError(.database, "cannot use the results store \(path): \(reason)")
        default:
            return StoreError(.database, "the results store \(path) failed: \(reason)")
        }
    }
}

extension ResultStore {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file, else the problems found.
    package func integrityCheck() throws(StoreError) -> [String] {
        do {
            return try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }
}
