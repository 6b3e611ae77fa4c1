import CSQLiteConfig
import Foundation
import GRDB

/// A Quotebase knowledge base: one SQLite file in WAL mode, migrated to the schema in `Migrations/`.
///
/// ```swift
/// let db = try QuotebaseDatabase(path: "news.sqlite")
/// let counts = try db.statistics()
/// ```
public final class QuotebaseDatabase: Sendable {
    public let path: String
    /// A pool (one writer, concurrent readers) when opened for writing; a single read-only connection otherwise,
    /// which keeps one-shot queries as cheap to start as the `sqlite3` shell.
    public let connection: any DatabaseWriter

    /// Seconds to wait for another process's write lock before failing with `databaseLocked`: 10, or
    /// `$QUOTEBASE_BUSY_TIMEOUT` (tests use a short one to reach the error quickly).
    public static var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["QUOTEBASE_BUSY_TIMEOUT"].flatMap(TimeInterval.init).map { max(0, $0) } ?? 10
    }

    /// SQLite's memory statistics off, before the process's first connection: with them on, every allocation SQLite
    /// makes (several per row written) takes a global mutex, about a tenth of an ingest writer's instructions.
    /// Quotebase never reads them. A host process that used SQLite first keeps its own setting.
    private static let sqliteConfigured: Void = {
        _ = quotebase_sqlite_disable_memory_statistics()
        _ = quotebase_sqlite_enable_uri_filenames()
    }()

    /// The name SQLite opens for `path`: a path that happens to begin with `file:` is not read as a URI.
    static func sqliteName(_ path: String) -> String { path.hasPrefix("file:") ? "./" + path : path }

    /// `path` as an immutable URI: SQLite reads the file without locks and without the `-shm` file a WAL database
    /// otherwise needs, which it cannot create in a read-only folder.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var escaped = ""
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// The identifiers of the migrations this binary knows, in order ("0001_initial", …).
    public static var knownMigrations: [String] { EmbeddedMigrations.all.map(\.identifier) }

    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// A file that is not SQLite is refused before SQLite touches it, so it stays byte-for-byte unchanged.
    /// A database written by a newer Quotebase is refused too.
    public init(path: String, readOnly: Bool = false) throws {
        _ = Self.sqliteConfigured
        self.path = path
        try Self.checkIsSQLiteOrAbsent(path: path, mustExist: readOnly)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(Self.busyTimeout)
        if !readOnly {
            config.prepareDatabase { db in
                // WAL with NORMAL sync is crash-safe (a power cut may lose the last commits, never corrupt); a larger
                // page cache and rarer checkpoints keep batch commits from rewriting the same index pages.
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 4096")
                if !db.configuration.readonly {
                    // Statement journals (statements that fire triggers or insert several rows) and the savepoints
                    // of a batch written again article by article keep the original of every page they change in a
                    // sub-journal. In a temporary file, with a savepoint per article, that grew by ~25 MB per batch
                    // of 256 Reuters articles, all written through the kernel; in memory it is dropped on release.
                    try db.execute(sql: "PRAGMA temp_store = MEMORY")
                }
            }
        }
        do {
            if readOnly {
                var queue: DatabaseQueue
                // One plain query instead of a DatabaseMigrator: start-up is most of what a one-shot query costs.
                let applied: Set<String>
                do {
                    queue = try DatabaseQueue(path: Self.sqliteName(path), configuration: config)
                    applied = try queue.read { db in try Self.appliedMigrations(db) }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY {
                    // A WAL database in a read-only folder (or on a read-only disk): nobody can write it there, so
                    // reading it as immutable sees all there is (every writing command checkpoints when it ends).
                    queue = try DatabaseQueue(path: Self.immutableURI(path), configuration: config)
                    applied = try queue.read { db in try Self.appliedMigrations(db) }
                }
                connection = queue
                let known = Self.knownMigrations
                try applied.contains { !known.contains($0) }.throwIfTrue(path: path)
                if !applied.contains(known[0]) {
                    // Not an older Quotebase database, which `init` would upgrade: another program's, or empty.
                    let tables = try queue.read { db in try Self.userTables(db) }
                    if !tables.isEmpty { throw Self.foreign(path, tables: tables) }
                    throw QuotebaseError(.newerSchema, path,
                        "an empty database, not yet a knowledge base; create its tables with `quotebase init --db \(path)`")
                }
                if !known.allSatisfy(applied.contains) {
                    throw QuotebaseError(.newerSchema, path,
                        "written by an older Quotebase; upgrade it with `quotebase init --db \(path)`")
                }
            } else {
                // Looked at through a read-only connection first: a refused database is not written at all (the
                // pool alone would switch it to WAL, and the migrator would add its table).
                try Self.refuseForeignOrNewer(path: path, configuration: config)
                let pool = try DatabasePool(path: Self.sqliteName(path), configuration: config)
                connection = pool
                try Self.migrate(pool, path: path)
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// Refuses, without writing to it, a non-empty SQLite file that is not a Quotebase database (tables but no
    /// Quotebase migrations) or one written by a newer Quotebase. A lone migration table is a database another
    /// process is creating right now.
    private static func refuseForeignOrNewer(path: String, configuration: Configuration) throws {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return }
        var readOnly = configuration
        readOnly.readonly = true
        let queue = try DatabaseQueue(path: sqliteName(path), configuration: readOnly)
        defer { try? queue.close() }
        let (applied, tables) = try queue.read { db in (try appliedMigrations(db), try userTables(db)) }
        if !tables.isEmpty, !applied.contains(knownMigrations[0]) { throw foreign(path, tables: tables) }
        try applied.contains { !knownMigrations.contains($0) }.throwIfTrue(path: path)
    }

    /// Up to four tables of `db` that are neither SQLite's nor the migrator's.
    private static func userTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name != 'grdb_migrations'
            ORDER BY name LIMIT 4
            """)
    }

    /// A SQLite database with `tables` and no Quotebase migration: another program's, never changed.
    private static func foreign(_ path: String, tables: [String]) -> QuotebaseError {
        QuotebaseError(.notADatabase, path, """
            a SQLite database, but not Quotebase's (it has tables \(tables.prefix(3).joined(separator: ", "))\
            \(tables.count > 3 ? ", …" : "")); refusing to change it (name another file with --db)
            """)
    }

    /// Applies the migrations this database lacks. Two processes creating one database at once both succeed: the
    /// one that finds a migration applied by the other meanwhile reads the applied list again and goes on.
    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Self.migrator
        var attempt = 0
        while true {
            do {
                try pool.read { db in try migrator.hasBeenSuperseded(db) }.throwIfTrue(path: path)
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError where attempt < 50 && [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) {
                // "table articles already exists", "UNIQUE constraint failed: grdb_migrations.identifier": another
                // process got there first. Any other failure would repeat, so it is not retried forever.
                attempt += 1
                usleep(20_000)
            }
        }
    }

    /// Runs `body` in one write transaction; SQLite errors become `QuotebaseError`s that name the file.
    ///
    /// With `enforcingChecks: false`, SQLite neither checks the foreign keys of the rows `body` writes (nor cascades
    /// its deletes) nor evaluates the schema's CHECK constraints, for that transaction only (the pragmas cannot
    /// change inside one); NOT NULL, UNIQUE and column types still hold. For a writer that ensures those itself.
    public func write<T>(enforcingChecks: Bool = true, _ body: (Database) throws -> T) throws -> T {
        do {
            if enforcingChecks { return try connection.write(body) }
            return try connection.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF") }
                var result: T?
                try db.inTransaction {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try connection.read(body) } catch let error as DatabaseError { throw Self.translate(error, path: path) }
    }

    /// Copies the write-ahead log into the database file, so the `.sqlite` file alone holds everything (a user may
    /// copy it without its `-wal`), and cuts the log to zero bytes. Commands that write call it when they finish. It never
    /// waits for, nor fails because of, another process still reading or writing: that process checkpoints when it
    /// finishes.
    public func checkpoint() throws {
        guard let pool = connection as? DatabasePool else { return }
        do {
            _ = try pool.writeWithoutTransaction { db in
                try db.checkpoint(.passive)
                // Then the log is cut to zero bytes, so that an ingest does not leave a 20-50 MB -wal file beside
                // the database; without waiting: when another process is reading or writing it stays as it is.
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
                _ = try? db.checkpoint(.truncate)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// The last applied migration, e.g. "0001_initial".
    public func schemaVersion() throws -> String? {
        try read { db in try Self.appliedMigrations(db).sorted().last }
    }

    /// The migrations recorded in the database; none when it has no migration table yet (a new, empty file).
    static func appliedMigrations(_ db: Database) throws -> Set<String> {
        // Plain SQL rather than `db.tableExists`, whose schema introspection costs more than the query it guards.
        let hasTable = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations')
            """) ?? false
        guard hasTable else { return [] }
        return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in EmbeddedMigrations.all {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    private static func checkIsSQLiteOrAbsent(path: String, mustExist: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if mustExist { throw QuotebaseError(.notFound, path, "no such database; create it with `quotebase init`") }
            return
        }
        if isDirectory.boolValue {
            throw QuotebaseError(.notADatabase, path, "is a directory, not a database file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw QuotebaseError(.readOnly, path, "cannot read the database file (check its permissions)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        if header.isEmpty { return }  // A zero-byte file is an empty SQLite database.
        if Array(header) != sqliteHeader {
            throw QuotebaseError(.notADatabase, path,
                "not a SQLite database; refusing to touch it (name another file with --db)")
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> QuotebaseError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return QuotebaseError(.notADatabase, path, "not a valid SQLite database (\(error.message ?? "corrupt"))")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return QuotebaseError(.databaseLocked, path, "the database is locked by another process; try again when it finishes")
        case .SQLITE_READONLY:
            return QuotebaseError(.readOnly, path, "the database is read-only; check the file and folder permissions")
        case .SQLITE_CANTOPEN:
            return QuotebaseError(.readOnly, path, "cannot open the database (does the folder exist, and may you write there?)")
        case .SQLITE_FULL:
            return QuotebaseError(.diskFull, path, "the disk is full; nothing from the failed batch was stored")
        case .SQLITE_IOERR:
            return QuotebaseError(.ioError, path, "I/O error (\(error.message ?? "unknown")); nothing from the failed batch was stored")
        default:
            return QuotebaseError(.ioError, path, "SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown")")
        }
    }
}

private extension Bool {
    func throwIfTrue(path: String) throws {
        if self {
            throw QuotebaseError(.newerSchema, path,
                "written by a newer Quotebase (unknown schema migrations); upgrade quotebase to open it")
        }
    }
}
