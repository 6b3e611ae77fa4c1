import GRDB
import XCTest
@testable import QuotebaseCore

/// A long-lived `ArticleStore` remembers entities between batches and indexes each batch for full-text search at
/// once; neither may change what is stored.
final class ArticleStoreTests: XCTestCase {
    private func article(_ number: Int, _ body: String) -> Article {
        Article(source: "a\(number).txt", title: "Article \(number)", lang: "it", body: body)
    }

    private func person(_ name: String, aliases: [String] = [], mentionAt start: Int = 0) -> ExtractedEntity {
        ExtractedEntity(name: name, kind: .person, aliases: aliases,
                        mentions: [EntityMention(span: TextSpan(start: start, end: start + name.count), surface: name)])
    }

    private func entityOfOnlyMention(articleID: Int64, in database: QuotebaseDatabase) throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: """
                SELECT e.norm_name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?
                """, arguments: [articleID])
        }
    }

    func testNameLikeSurfacesStartEachWordWithACapitalOrADigit() {
        for surface in ["Vladimir Putin", "G7", "Putin", "  Putin  Vladimir ", "", "Élysée", "Ángela Merkel", "ОНУ"] {
            XCTAssertTrue(EntityStore.isNameLike(surface), surface)
        }
        for surface in ["presidente russo", "Putin e Lukashenko", "il Cremlino", "élysée", "(Putin)", "Merkel ángela"] {
            XCTAssertFalse(EntityStore.isNameLike(surface), surface)
        }
    }

    func testAnotherConnectionsWriteBetweenBatchesIsSeen() throws {
        let folder = try TemporaryFolder()
        let ours = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let theirs = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let store = ArticleStore()
        _ = try store.write(to: ours) { db in
            try store.insert(article(1, "Mario Rossi parla."), analysis: ArticleAnalysis(entities: [person("Mario Rossi", aliases: ["Rossi"])]), in: db)
        }
        // The store links "Rossi" provisionally, by its key, and remembers that key's entity.
        _ = try store.write(to: ours) { db in
            try store.insert(article(2, "Rossi parla."), analysis: ArticleAnalysis(entities: [person("Rossi")]), in: db)
        }
        XCTAssertEqual(try entityOfOnlyMention(articleID: 2, in: ours), "rossi")
        // Another connection replaces the entity of that key.
        try theirs.write { db in
            try db.execute(sql: """
                DELETE FROM mentions WHERE article_id = 2; DELETE FROM article_entities WHERE article_id = 2;
                DELETE FROM entity_aliases WHERE entity_id IN (SELECT id FROM entities WHERE key = 'surname:rossi');
                DELETE FROM entities WHERE key = 'surname:rossi';
                INSERT INTO entities (kind, name, norm_name, key) VALUES ('person', 'Rossi', 'rossi senior', 'surname:rossi');
                """)
        }
        var third: ArticleStore.Outcome?
        try store.write(to: ours) { db in
            third = try store.insert(article(3, "Rossi risponde."), analysis: ArticleAnalysis(entities: [person("Rossi")]), in: db)
        }
        guard case .inserted(let id) = third else { return XCTFail("\(String(describing: third))") }
        XCTAssertEqual(try entityOfOnlyMention(articleID: id, in: ours), "rossi senior", "the entity the other connection added")
        // When the writers are done, the linker gives both articles' "Rossi" to the only full name with that surname.
        try EntityLinker.relink(ours)
        XCTAssertEqual(try entityOfOnlyMention(articleID: id, in: ours), "mario rossi")
    }

    func testAnArticleRolledBackLeavesNoRememberedEntity() throws {
        let folder = try TemporaryFolder()
        let database = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let store = ArticleStore()
        let broken = ExtractedEntity(name: "Anna Bianchi", kind: .person,
                                     mentions: [EntityMention(span: TextSpan(start: 5, end: 1), surface: "Anna Bianchi")])
        try store.write(to: database) { db in
            XCTAssertThrowsError(try store.insert(article(1, "Anna Bianchi parla."), analysis: ArticleAnalysis(entities: [broken]), in: db))
            try store.insert(article(2, "Anna Bianchi risponde."), analysis: ArticleAnalysis(entities: [person("Anna Bianchi")]), in: db)
        }
        try database.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles"), 1)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT norm_name FROM entities"), ["anna bianchi"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT norm_alias FROM entity_aliases"), ["anna bianchi"])
        }
    }

    func testABatchWrittenWithoutForeignKeyChecksLeavesConsistentRowsAndTheChecksOn() throws {
        let folder = try TemporaryFolder()
        let database = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let store = ArticleStore()
        let quote = ExtractedQuote(text: "si vota", span: TextSpan(start: 9, end: 16), kind: .direct,
                                   speakers: [QuoteSpeaker(surface: "Mario Rossi", entity: 0)], targets: [1])
        let entities = [person("Mario Rossi"), ExtractedEntity(name: "Minsk", kind: .location, roles: ["capitale"])]
        try store.write(to: database) { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 0)
            try store.insert(article(1, "A Minsk: «si vota»."), analysis: ArticleAnalysis(entities: entities, quotes: [quote]), in: db)
        }
        try database.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1, "checks are on again after the batch")
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_speakers WHERE entity_id IS NOT NULL"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_targets"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_roles"), 1)
            // Deletes cascade again outside the batch.
            try db.execute(sql: "DELETE FROM articles")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions"), 0)
        }
        try store.write(to: database, replacing: true) { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1)
        }
    }

    func testABatchIsIndexedForSearchBeforeItCommits() throws {
        let folder = try TemporaryFolder()
        let database = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let store = ArticleStore()
        let quote = ExtractedQuote(text: "il ponte è pronto", span: TextSpan(start: 0, end: 17), kind: .direct)
        let first = article(1, "Il ponte di Carpi è pronto.")
        try store.write(to: database, replacing: true) { db in
            try store.insert(first, analysis: ArticleAnalysis(quotes: [quote]), in: db)
            try store.insert(article(2, "A Minsk si vota."), analysis: ArticleAnalysis(), in: db)
            // Replacing an article stored earlier in the same batch removes words the index must already hold.
            XCTAssertEqual(try store.insert(first, analysis: ArticleAnalysis(quotes: [quote]), replace: true, in: db), .replaced(id: 3))
            try store.insert(article(4, "Il ponte sul Po."), analysis: ArticleAnalysis(), in: db)
        }
        try database.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM fulltext_deferral"), 0)
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'ponte' ORDER BY rowid"), [3, 4])
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'minsk'"), [2])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'pronto'"), 1)
        }
        try database.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
        }
        // Outside a store's batch the triggers index each row as before.
        try database.write { db in _ = try ArticleStore.insert(article(5, "Ponte nuovo."), analysis: ArticleAnalysis(), in: db) }
        XCTAssertEqual(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ponte'") }, 3)
    }
}
