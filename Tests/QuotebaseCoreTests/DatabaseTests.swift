import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

final class DatabaseTests: XCTestCase {
    func testNewDatabaseIsMigratedWithWALAndForeignKeys() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        XCTAssertEqual(try db.schemaVersion(), QuotebaseDatabase.knownMigrations.last)
        try db.read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA journal_mode"), "wal")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
            let strict = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'quotes'")
            XCTAssertTrue(strict?.contains("STRICT") ?? false)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_report"), 0)
        }
    }

    func testBoundTextKeepsEmptySmallAndLargeStringsAndStopsAtANUL() throws {
        let large = String(repeating: "Città di Castello, ", count: 200)
        let cases: [(bound: String?, stored: String?)] = [
            ("", ""), ("Putin", "Putin"), ("Città", "Città"), (large, large), ("before\u{0}after", "before"), (nil, nil),
        ]
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (value TEXT)")
            for (bound, stored) in cases {
                let insert = try BoundStatement("INSERT INTO t (value) VALUES (?)", in: db)
                insert.bind(1, bound)
                try insert.execute()
                let value = try DatabaseValue.fetchOne(db, sql: "SELECT value FROM t WHERE rowid = last_insert_rowid()")
                XCTAssertEqual(value.flatMap { String.fromDatabaseValue($0) }, stored, "bound \(String(describing: bound))")
                XCTAssertEqual(value?.isNull, stored == nil)
            }
        }
    }

    func testFileThatIsNotSQLiteIsRefusedAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let bytes = Data("these are my notes, not a database\n".utf8)
        let path = try folder.write("notes.sqlite", bytes)
        XCTAssertThrowsError(try QuotebaseDatabase(path: path)) { error in
            XCTAssertEqual((error as? QuotebaseError)?.code, .notADatabase)
            XCTAssertTrue("\(error)".hasPrefix(path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testDatabaseFromANewerQuotebaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("kb.sqlite")
        _ = try QuotebaseDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        try queue.close()
        XCTAssertThrowsError(try QuotebaseDatabase(path: path)) { error in
            XCTAssertEqual((error as? QuotebaseError)?.code, .newerSchema)
        }
    }

    func testANewerDatabaseIsRefusedWithoutWritingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("kb.sqlite")
        try QuotebaseDatabase(path: path).checkpoint()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for _ in 0..<2 {
            XCTAssertThrowsError(try QuotebaseDatabase(path: path)) { error in
                XCTAssertEqual((error as? QuotebaseError)?.code, .newerSchema)
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the refused file is unchanged")
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        XCTAssertEqual(wal.count, 0, "nothing waits in the WAL either")
    }

    func testAForeignSQLiteDatabaseIsRefusedUnchangedButAnEmptyOneIsUsed() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.db")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try QuotebaseDatabase(path: path)) { error in
            XCTAssertEqual((error as? QuotebaseError)?.description, "\(path): a SQLite database, but not Quotebase's (it has tables notes); refusing to change it (name another file with --db)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        // An empty SQLite file (a header, no tables) becomes a knowledge base.
        let empty = folder.path("empty.db")
        try DatabaseQueue(path: empty).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 0; VACUUM") }
        XCTAssertEqual(try QuotebaseDatabase(path: empty).schemaVersion(), QuotebaseDatabase.knownMigrations.last)
    }

    /// A query (`quotes`, `stats`, …) on another program's SQLite file said "written by an older Quotebase; upgrade
    /// it with `quotebase init`", which then refused it: it is named for what it is, and an empty file is told apart.
    func testAForeignOrEmptyDatabaseOpenedForReadingIsNotCalledAnOlderQuotebase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.db")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try QuotebaseDatabase(path: path, readOnly: true)) { error in
            XCTAssertEqual((error as? QuotebaseError)?.code, .notADatabase)
            XCTAssertEqual((error as? QuotebaseError)?.description, "\(path): a SQLite database, but not Quotebase's (it has tables notes); refusing to change it (name another file with --db)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertTrue(FileManager.default.createFile(atPath: folder.path("zero.db"), contents: Data()))
        try DatabaseQueue(path: folder.path("vacuumed.db")).writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        for name in ["zero.db", "vacuumed.db"] {
            let empty = folder.path(name)
            XCTAssertThrowsError(try QuotebaseDatabase(path: empty, readOnly: true)) { error in
                XCTAssertEqual((error as? QuotebaseError)?.description,
                               "\(empty): an empty database, not yet a knowledge base; create its tables with `quotebase init --db \(empty)`")
            }
        }
        // An older Quotebase database is still one to upgrade.
        let older = folder.path("older.sqlite")
        let oldQueue = try DatabaseQueue(path: older)
        var migrator = DatabaseMigrator()
        let first = EmbeddedMigrations.all[0]
        migrator.registerMigration(first.identifier) { db in try db.execute(sql: first.sql) }
        try migrator.migrate(oldQueue)
        try oldQueue.close()
        XCTAssertThrowsError(try QuotebaseDatabase(path: older, readOnly: true)) { error in
            XCTAssertEqual((error as? QuotebaseError)?.description,
                           "\(older): written by an older Quotebase; upgrade it with `quotebase init --db \(older)`")
        }
    }

    func testOlderDatabaseIsUpgradedOnOpen() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("kb.sqlite")
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        let first = EmbeddedMigrations.all[0]
        migrator.registerMigration(first.identifier) { db in try db.execute(sql: first.sql) }
        try migrator.migrate(queue)
        try queue.close()
        XCTAssertEqual(try QuotebaseDatabase(path: path).schemaVersion(), QuotebaseDatabase.knownMigrations.last)
    }

    /// Migration 9 on a schema-8 database with rows: the full-text tables are declared the way sqlite-utils and
    /// Datasette detect them (content="quotes") and still hold every row; a URL source is copied to `url`.
    func testSchema8DatabaseUpgradesToDetectableFullTextTables() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("kb.sqlite")
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        for migration in EmbeddedMigrations.all.prefix(8) {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, source, title, lang, body, content_hash)
                    VALUES (1, 'https://example.org/x', 'Vertice a Minsk', 'it', 'Il ministro parla.', 'h1');
                INSERT INTO quotes (id, article_id, text, start, "end", kind) VALUES (1, 1, 'la difesa comune', 0, 5, 'direct');
                """)
        }
        try queue.close()
        let db = try QuotebaseDatabase(path: path)
        XCTAssertEqual(try db.schemaVersion(), QuotebaseDatabase.knownMigrations.last)
        try db.read { db in
            let quotesFTS = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'") ?? ""
            let articlesFTS = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'") ?? ""
            XCTAssertTrue(quotesFTS.contains(#"content="quotes""#), quotesFTS)
            XCTAssertTrue(articlesFTS.contains(#"content="articles""#), articlesFTS)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'difesa'"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minsk'"), 1)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT url FROM articles"), "https://example.org/x")
            let report = try Row.fetchOne(db, sql: "SELECT quote_id, speaker_id, article_id, title, rule FROM quote_report")
            XCTAssertEqual(report?["title"], "Vertice a Minsk")
        }
        // The triggers were recreated: a new quote is indexed, a deleted article leaves the index.
        try db.write { db in
            try db.execute(sql: "INSERT INTO quotes (article_id, text, start, \"end\", kind) VALUES (1, 'Bielorussia', 0, 5, 'direct')")
        }
        XCTAssertEqual(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'bielorussia'") }, 1)
        try db.write { db in try db.execute(sql: "DELETE FROM articles") }
        XCTAssertEqual(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'difesa'") }, 0)
    }

    func testMissingFolderGivesAClearError() {
        XCTAssertThrowsError(try QuotebaseDatabase(path: "/nonexistent-folder/kb.sqlite")) { error in
            XCTAssertEqual((error as? QuotebaseError)?.code, .readOnly)
            XCTAssertTrue("\(error)".contains("/nonexistent-folder/kb.sqlite"))
        }
    }

    func testFullTextIndexFollowsArticles() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let article = Article(source: "a.txt", title: "Vertice a Minsk", lang: "it", body: "La Bielorussia è più vicina.")
        try db.write { db in _ = try ArticleStore.insert(article, analysis: ArticleAnalysis(), in: db) }
        let hits = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'piu'")
        }
        XCTAssertEqual(hits, 1, "remove_diacritics folds più to piu")
        try db.write { db in try db.execute(sql: "DELETE FROM articles") }
        XCTAssertEqual(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'minsk'") }, 0)
    }

    /// SQLite 3.40 reported false NULL errors for STRICT WITHOUT ROWID tables; a healthy database must check ok.
    func testIntegrityCheckIsCleanAfterARealIngest() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let summary = try Ingestor(database: db, analyzer: NewsAnalyzer()).ingest([fixturesFolder.appendingPathComponent("articles").path])
        XCTAssertGreaterThan(summary.new, 20)
        try db.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"])
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
            XCTAssertGreaterThan(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_aliases") ?? 0, 0)
            XCTAssertGreaterThan(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_report") ?? 0, 0)
        }
    }
}
