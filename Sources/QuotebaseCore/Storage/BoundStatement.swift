import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A cached statement whose arguments are bound straight to SQLite, one by one.
///
/// The writer runs one statement per stored row (about 250,000 for the Reuters corpus); building a
/// `StatementArguments` array of existentials for each cost about a third as much as SQLite's own work. Values are
/// bound as GRDB binds them (text up to its first NUL, copied), so the stored rows are the same.
///
/// ```swift
/// let insert = try BoundStatement("INSERT INTO t (a, b) VALUES (?, ?)", in: db)
/// insert.bind(1, 42)
/// insert.bind(2, "x")
/// try insert.execute()
/// ```
struct BoundStatement {
    private let statement: Statement
    fileprivate let handle: SQLiteStatement

    init(_ sql: String, in db: Database) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        // Through the bytes the string holds: a String passed where C wants a pointer is first copied into a new
        // heap array when it is small (up to 15 bytes, as most keys, kinds and surfaces are).
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                sqlite3_bind_text(handle, index, "", 0, Self.transient)
                return
            }
            // Up to the first NUL, as binding it as a C string does.
            let length = bytes.firstOffset(of: 0) ?? bytes.count
            sqlite3_bind_text64(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                sqlite3_uint64(length), Self.transient, UInt8(SQLITE_UTF8))
        }
    }

    /// Runs the statement to its end.
    func execute() throws {
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: continue
            case let code: throw failure(code)
            }
        }
    }

    /// The first column of the first row, when there is a row and it is not NULL.
    func fetchInt64() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE:
            return nil
        case let code:
            throw failure(code)
        }
    }

    /// The first two columns of the first row, as an id and a text; nil when there is no row.
    func fetchInt64AndString() throws -> (Int64, String)? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            let text = sqlite3_column_text(handle, 1).map { String(cString: $0) } ?? ""
            return (sqlite3_column_int64(handle, 0), text)
        case SQLITE_DONE:
            return nil
        case let code:
            throw failure(code)
        }
    }

    fileprivate func failure(_ code: Int32) -> DatabaseError {
        let connection = sqlite3_db_handle(handle)
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        // The extended code says which constraint failed; its low byte is the primary code callers match on.
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

/// A set of statements prepared once for a connection and reused for as long as the caller keeps asking with that
/// connection: `Database.cachedStatement(sql:)` hashes the whole SQL text at every call, and a writer that asks for
/// a statement for every row it stores spent more on hashing a 16-row INSERT's 700 bytes than on binding its values.
/// The statements stay prepared while their holder lives (an explicit `Database.close()` would fail meanwhile), so
/// hold them in something that lives no longer than one ingest, load or merge, as the stores do.
struct StatementsOfConnection<Statements> {
    private weak var connection: Database?
    private var statements: Statements?

    /// The statements for `db`, made with `prepare` the first time or when asked with another connection.
    mutating func statements(for db: Database, _ prepare: (Database) throws -> Statements) throws -> Statements {
        if let statements, connection === db { return statements }
        let prepared = try prepare(db)
        connection = db
        statements = prepared
        return prepared
    }
}

extension BoundStatement {
    /// The columns of the row a statement is on, read in place: text as the bytes SQLite holds, valid only while
    /// the row is.
    struct Columns {
        fileprivate let handle: SQLiteStatement

        func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

        /// The column's UTF-8 bytes (none for NULL).
        func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
            guard let pointer = sqlite3_column_text(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(handle, column)))
        }
    }

    /// Runs the statement and calls `body` with each row.
    func forEachRow(_ body: (Columns) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        let columns = Columns(handle: handle)
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE: return
            case SQLITE_ROW: try body(columns)
            case let code: throw failure(code)
            }
        }
    }
}
