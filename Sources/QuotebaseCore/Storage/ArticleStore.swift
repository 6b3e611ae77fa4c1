import GRDB

/// Writes analyzed articles. `insert` wraps one article in a savepoint so that an article is stored whole, with all
/// its mentions and quotes, or not at all.
///
/// A long-lived store serves one writer through many transactions: `write(to:_:)` runs a batch in one transaction,
/// indexes the batch for full-text search at once before it commits (or part by part, `indexStoredForSearch`), and
/// lets the store's `EntityStore` remember entities from one batch to the next. Use one store from one thread at a
/// time.
///
/// ```swift
/// let store = ArticleStore()
/// try store.write(to: database) { db in
///     for (article, analysis) in batch { try store.insert(article, analysis: analysis, in: db) }
/// }
/// ```
public final class ArticleStore: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case inserted(id: Int64)
        case duplicate(id: Int64)
        case replaced(id: Int64)
    }

    let entities = EntityStore()
    /// Whether the open transaction checks foreign keys, which replacing an article needs.
    private var mayReplace = true
    /// Whether each article is stored in a savepoint of its own, so that a constraint it breaks undoes it alone.
    /// Off for the first run of a `write(to:)` batch.
    private var isolatesArticles = true

    /// Whether the open `write(to:)` transaction indexes its rows for full-text search when it ends.
    private var deferringFullText = false

    /// Thrown through the caller's batch when an article broke a constraint outside a savepoint of its own.
    private struct ArticleNeedsIsolation: Error {}

    /// The statements `insert` runs for every article, mention and quote.
    private struct Statements {
        let articleByHash: BoundStatement
        let insertArticle: BoundStatement
        let savepoint: BoundStatement
        let rollbackToSavepoint: BoundStatement
        let releaseSavepoint: BoundStatement
        let insertRole: BoundStatement
        let insertArticleEntity: BoundStatement
        /// `insertMentions[n - 1]` inserts n mentions: one statement for most articles' mentions instead of one each
        /// saves SQLite's per-statement work, about as much as the rows themselves cost.
        let insertMentions: [BoundStatement]
        let insertQuote: BoundStatement
        let insertSpeaker: BoundStatement
        let insertTarget: BoundStatement

        init(_ db: Database) throws {
            articleByHash = try BoundStatement(ArticleStore.articleByHashSQL, in: db)
            insertArticle = try BoundStatement("""
                INSERT INTO articles (source, title, author, published, lang, body, content_hash, external_id, url,
                                      site, section, extra)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, in: db)
            savepoint = try BoundStatement("SAVEPOINT article", in: db)
            rollbackToSavepoint = try BoundStatement("ROLLBACK TO SAVEPOINT article", in: db)
            releaseSavepoint = try BoundStatement("RELEASE SAVEPOINT article", in: db)
            insertRole = try BoundStatement("""
                INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role, norm_role) VALUES (?, ?, ?, ?)
                """, in: db)
            insertArticleEntity = try BoundStatement("""
                INSERT INTO article_entities (article_id, position, entity_id, kind, name, aliases, roles, link)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, in: db)
            insertMentions = try (1...16).map { rows in
                try BoundStatement("INSERT INTO mentions (article_id, entity_id, part, start, \"end\", surface, entity_position) "
                                   + "VALUES " + repeatElement("(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "),
                                   in: db)
            }
            insertQuote = try BoundStatement("""
                INSERT INTO quotes (article_id, text, part, start, "end", kind, cue, confidence, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, in: db)
            insertSpeaker = try BoundStatement("""
                INSERT INTO quote_speakers (quote_id, position, entity_id, surface, entity_position) VALUES (?, ?, ?, ?, ?)
                """, in: db)
            insertTarget = try BoundStatement(
                "INSERT OR IGNORE INTO quote_targets (quote_id, entity_id, how, confidence) VALUES (?, ?, ?, ?)", in: db)
        }
    }

    private var statements = StatementsOfConnection<Statements>()

    public init() {}

    /// The id of the article with this content hash, if stored.
    public static func articleID(contentHash: String, in db: Database) throws -> Int64? {
        try articleID(contentHash: contentHash, by: BoundStatement(articleByHashSQL, in: db))
    }

    private static let articleByHashSQL = "SELECT id FROM articles WHERE content_hash = ?"

    private static func articleID(contentHash: String, by byHash: BoundStatement) throws -> Int64? {
        byHash.bind(1, contentHash)
        return try byHash.fetchInt64()
    }

    /// Stores one article in the caller's transaction, through a store used for it alone.
    @discardableResult
    public static func insert(_ article: Article, contentHash: String? = nil, analysis: ArticleAnalysis,
                              replace: Bool = false, in db: Database) throws -> Outcome {
        try ArticleStore().insert(article, contentHash: contentHash, analysis: analysis, replace: replace, in: db)
    }

    /// Runs `body`, which stores a batch through this store, in one write transaction of `database`.
    ///
    /// The batch is written as fast as SQLite allows, which the single writer of an ingest needs:
    /// - Without SQLite's foreign-key and CHECK constraints: every row the store writes refers to an article or
    ///   entity it has just written or found, and `insert` checks spans itself (`ArticleAnalysis.spanViolation`).
    ///   The foreign keys cost two B-tree lookups per mention, role, speaker and target, and each CHECK on a list
    ///   of kinds a temporary B-tree per entity and quote.
    /// - Without a savepoint per article. Should an article still break a constraint, the whole batch is rolled back
    ///   and `body` runs again with one savepoint per article, so that only that article is left out. `body` must
    ///   therefore be able to run twice: count and report what it stores only after `write` returns.
    ///
    /// Pass `replacing: true` when `body` may replace stored articles (`insert(…, replace: true)`): the rows of a
    /// replaced article are deleted through the schema's `ON DELETE CASCADE`, which needs the foreign keys enforced.
    public func write<T>(to database: QuotebaseDatabase, replacing: Bool = false,
                         _ body: (Database) throws -> T) throws -> T {
        mayReplace = replacing
        defer {
            entities.transactionEnded()
            mayReplace = true
            isolatesArticles = true
        }
        isolatesArticles = false
        do {
            return try write(to: database, enforcingChecks: replacing, body)
        } catch is ArticleNeedsIsolation {
            isolatesArticles = true
            return try write(to: database, enforcingChecks: replacing, body)
        }
    }

    private func write<T>(to database: QuotebaseDatabase, enforcingChecks: Bool,
                          _ body: (Database) throws -> T) throws -> T {
        let result = try database.write(enforcingChecks: enforcingChecks) { db in
            try entities.beginTransaction(in: db)
            deferringFullText = try FullTextDeferral.begin(in: db)
            let result = try body(db)
            if deferringFullText { try FullTextDeferral.end(in: db) }
            return result
        }
        entities.transactionCommitted()
        return result
    }

    /// Indexes for full-text search what the open `write(to:_:)` transaction has stored so far, instead of all of it
    /// when it ends. A long transaction calls this every thousand articles or so: indexing them all at the commit
    /// would leave whoever feeds the writer waiting meanwhile.
    func indexStoredForSearch(in db: Database) throws {
        guard deferringFullText else { return }
        // `begin` indexes what the deferral it replaces left pending, then defers again above it.
        deferringFullText = try FullTextDeferral.begin(in: db)
    }

    /// Stores `article` with its analysis in the caller's transaction, the one `write(to:_:)` opened. A stored
    /// duplicate (same content hash) is left alone, or replaced when `replace` is true (`ingest --force`).
    ///
    /// `keys` are `StorageKeys(analysis)` when the caller has them already: ingest computes them on the threads
    /// that analyze articles, so that the one writer thread does less.
    @discardableResult
    public func insert(_ article: Article, contentHash: String? = nil, analysis: ArticleAnalysis,
                       keys: StorageKeys? = nil, replace: Bool = false, in db: Database) throws -> Outcome {
        guard db.isInsideTransaction else {
            var outcome = Outcome.duplicate(id: 0)
            try db.inTransaction {
                outcome = try insert(article, contentHash: contentHash, analysis: analysis, keys: keys,
                                     replace: replace, in: db)
                return .commit
            }
            return outcome
        }
        let hash = contentHash ?? article.contentHash
        let statements = try self.statements.statements(for: db, Statements.init)
        let existing = try Self.articleID(contentHash: hash, by: statements.articleByHash)
        if let existing, !replace { return .duplicate(id: existing) }
        if let violation = analysis.spanViolation {
            // As SQLite reports a CHECK constraint, which may be off for the batch, and before anything is written.
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_CHECK, message: "CHECK constraint failed: \(violation)")
        }
        precondition(keys.map { $0.entities.count == analysis.entities.count } ?? true, "keys of another analysis")
        do {
            return try Self.inSavepoint(through: statements, if: isolatesArticles) {
                if let existing {
                    precondition(mayReplace, "ArticleStore.insert(replace: true) needs write(to:replacing: true)")
                    try FullTextDeferral.suspended(in: db) {
                        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [existing])
                    }
                }
                let insertArticle = statements.insertArticle
                insertArticle.bind(1, article.source)
                insertArticle.bind(2, article.title)
                insertArticle.bind(3, article.author)
                insertArticle.bind(4, article.published)
                insertArticle.bind(5, article.lang)
                insertArticle.bind(6, article.body)
                insertArticle.bind(7, hash)
                insertArticle.bind(8, article.externalID)
                insertArticle.bind(9, article.url)
                insertArticle.bind(10, article.site)
                insertArticle.bind(11, article.section)
                insertArticle.bind(12, article.extra)
                try insertArticle.execute()
                let articleID = db.lastInsertedRowID
                try store(analysis, keys: keys ?? StorageKeys(analysis), articleID: articleID, articleHash: hash,
                          through: statements, in: db)
                return existing == nil ? .inserted(id: articleID) : .replaced(id: articleID)
            }
        } catch {
            // The savepoint is rolled back, and with it any entity or alias the store remembers writing.
            entities.forgetAll()
            if !isolatesArticles, let error = error as? DatabaseError, error.resultCode == .SQLITE_CONSTRAINT {
                throw ArticleNeedsIsolation()
            }
            throw error
        }
    }

    /// Runs `body` in a savepoint of the open transaction, rolled back when it throws, when `isolated`; else just
    /// runs it. Through cached statements: `Database.inSavepoint` parses its three statements again for each of the
    /// thousands of articles of a batch.
    private static func inSavepoint(through statements: Statements, if isolated: Bool,
                                    _ body: () throws -> Outcome) throws -> Outcome {
        guard isolated else { return try body() }
        try statements.savepoint.execute()
        let outcome: Outcome
        do {
            outcome = try body()
        } catch {
            // A failed rollback throws its own error, which no caller mistakes for one bad article.
            try statements.rollbackToSavepoint.execute()
            try statements.releaseSavepoint.execute()
            throw error
        }
        try statements.releaseSavepoint.execute()
        return outcome
    }

    private func store(_ analysis: ArticleAnalysis, keys: StorageKeys, articleID: Int64, articleHash: String,
                       through statements: Statements, in db: Database) throws {
        var entityIDs: [Int64?] = []
        entityIDs.reserveCapacity(analysis.entities.count)
        let role = statements.insertRole
        let articleEntity = statements.insertArticleEntity
        var mentions: [(entityID: Int64, position: Int, mention: EntityMention)] = []
        for (position, (entity, entityKeys)) in zip(analysis.entities, keys.entities).enumerated() {
            let found = try entities.upsert(entity, keys: entityKeys, articleHash: articleHash, in: db)
            entityIDs.append(found)
            guard let id = found else { continue }
            // One row per entity of the analysis, whatever it is linked to: the evidence every relink reads.
            articleEntity.bind(1, articleID)
            articleEntity.bind(2, position)
            articleEntity.bind(3, id)
            articleEntity.bind(4, entity.kind.rawValue)
            articleEntity.bind(5, entity.name)
            articleEntity.bind(6, entity.aliases.joined(separator: "\u{1F}"))
            articleEntity.bind(7, entity.roles.joined(separator: "\u{1F}"))
            articleEntity.bind(8, entityKeys.reason)
            try articleEntity.execute()
            for (r, roleKey) in zip(entity.roles, entityKeys.roles) {
                role.bind(1, id)
                role.bind(2, articleID)
                role.bind(3, r)
                role.bind(4, roleKey)
                try role.execute()
            }
            for m in entity.mentions { mentions.append((id, position, m)) }
        }
        var pending = mentions[...]
        while !pending.isEmpty {
            let rows = pending.prefix(statements.insertMentions.count)
            pending = pending.dropFirst(rows.count)
            let insert = statements.insertMentions[rows.count - 1]
            var column: Int32 = 1
            for (entityID, position, m) in rows {
                insert.bind(column, articleID)
                insert.bind(column + 1, entityID)
                insert.bind(column + 2, m.span.part.rawValue)
                insert.bind(column + 3, m.span.start)
                insert.bind(column + 4, m.span.end)
                insert.bind(column + 5, m.surface)
                insert.bind(column + 6, position)
                column += 7
            }
            try insert.execute()
        }
        if analysis.quotes.isEmpty { return }
        let quote = statements.insertQuote
        let speaker = statements.insertSpeaker
        let target = statements.insertTarget
        for q in analysis.quotes {
            quote.bind(1, articleID)
            quote.bind(2, q.text)
            quote.bind(3, q.span.part.rawValue)
            quote.bind(4, q.span.start)
            quote.bind(5, q.span.end)
            quote.bind(6, q.kind.rawValue)
            quote.bind(7, q.cue)
            quote.bind(8, q.confidence)
            quote.bind(9, q.rule?.rawValue)
            try quote.execute()
            let quoteID = db.lastInsertedRowID
            for (position, s) in q.speakers.enumerated() {
                speaker.bind(1, quoteID)
                speaker.bind(2, position)
                let entityID = s.entity.flatMap { entityIDs.indices.contains($0) ? entityIDs[$0] : nil }
                speaker.bind(3, entityID)
                speaker.bind(4, s.surface)
                speaker.bind(5, entityID == nil ? nil : s.entity.map(Int64.init))
                try speaker.execute()
            }
            for (k, t) in q.targets.enumerated() where entityIDs.indices.contains(t) {
                guard let id = entityIDs[t] else { continue }
                let evidence = q.targetEvidence.flatMap { $0.indices.contains(k) ? $0[k] : nil }
                target.bind(1, quoteID)
                target.bind(2, id)
                target.bind(3, evidence?.how.rawValue)
                if let confidence = evidence?.confidence {
                    target.bind(4, min(1, max(0, confidence)))
                } else {
                    target.bind(4, nil as String?)  // NULL: not recorded
                }
                try target.execute()
            }
        }
    }
}

extension ArticleAnalysis {
    /// The schema's CHECK on mention and quote spans, as SQLite words it, when a span breaks it; nil when all hold.
    /// (The kinds and parts the schema checks too are enums here, valid by their type.)
    var spanViolation: String? {
        func holds(_ span: TextSpan) -> Bool { span.start >= 0 && span.end >= span.start }
        let allHold = entities.allSatisfy { $0.mentions.allSatisfy { holds($0.span) } } && quotes.allSatisfy { holds($0.span) }
        return allHold ? nil : #"start >= 0 AND "end" >= start"#
    }
}

/// The folded forms by which the store finds an analysis's entities (`Normalizer.key` of each name, alias and
/// role, and which surfaces are names), worked out apart from the write: ingest computes them on the threads that
/// analyze articles, which takes most of `EntityStore`'s own work off the one writer thread.
public struct StorageKeys: Sendable {
    struct Entity: Sendable {
        /// The entity's provisional key (`EntityResolution`), without the article hash a first name takes.
        var key: String
        var isFirstName: Bool
        /// The folded name, and the name to store (a person's without honorifics).
        var normName: String
        var displayName: String
        /// The key of each role.
        var roles: [String]
        /// The link reason the key stands for, as `EntityLinker` would write it.
        var reason: String
        /// The aliases this article alone gives the entity (its name among them), and their folded forms, written at
        /// once so that lookups work before the linker runs; the linker sets the final ones.
        var aliases: [(surface: String, key: String)] = []

        init(_ entity: ExtractedEntity, lexicon: EntityResolution.Lexicon = .shared) {
            normName = Normalizer.key(entity.name)
            displayName = entity.name
            isFirstName = false
            // A person's name is split once, for its key and its words (`PersonName` folds it as `normName` is).
            let person = entity.kind == .person ? EntityResolution.PersonName(entity.name, key: normName, lexicon: lexicon) : nil
            switch entity.kind {
            case .person:
                let name = person!
                displayName = name.display
                if name.words.count >= 2 {
                    key = "person:" + name.spellingKey
                    reason = "full name"
                } else if lexicon.firstNames.contains(name.firstName) {
                    key = "first:" + name.firstName
                    isFirstName = true
                    reason = "first name only: the entity of this article alone"
                } else {
                    key = "surname:" + name.firstName
                    reason = "surname only; no full name has it"
                }
            default:
                key = entity.kind.rawValue + ":" + normName
                reason = "same name"
            }
            roles = entity.roles.map { Normalizer.key($0) }
            let personWords: Set<String>? = person.map { Set($0.words.map(String.init)) }
            var seen: Set<String> = []
            for (index, surface) in ([displayName] + entity.aliases).enumerated() {
                let key = index == 0 && surface == entity.name ? normName : Normalizer.key(surface)
                guard index == 0 ? !key.isEmpty : EntityResolution.isAlias(surface, key: key, ofPersonNamed: personWords,
                                                                           lexicon: lexicon),
                      !roles.contains(key), seen.insert(key).inserted else { continue }
                aliases.append((surface, key))
            }
        }
    }

    /// One for each of the analysis's entities, in order.
    var entities: [Entity]

    public init(_ analysis: ArticleAnalysis) {
        entities = analysis.entities.map { Entity($0) }
    }
}

/// Indexes the articles and quotes a transaction adds for full-text search in one statement each, when it ends,
/// instead of one trigger call per row (see `Migrations/0004_deferred_fulltext_index.sql`).
enum FullTextDeferral {
    /// Starts deferring in the caller's transaction. False when new ids could fall at or below the marks: at the
    /// largest rowid, SQLite picks new ones at random. A row some earlier writer left behind is indexed first.
    static func begin(in db: Database) throws -> Bool {
        try end(in: db)
        let articles = try Int64.fetchOne(db, sql: "SELECT max(id) FROM articles") ?? 0
        let quotes = try Int64.fetchOne(db, sql: "SELECT max(id) FROM quotes") ?? 0
        guard articles < Int64.max, quotes < Int64.max else { return false }
        try db.execute(sql: "INSERT INTO fulltext_deferral (articles_indexed_to, quotes_indexed_to) VALUES (?, ?)",
                       arguments: [articles, quotes])
        return true
    }

    /// Indexes the rows added since `begin` and stops deferring; nothing to do when not deferring.
    static func end(in db: Database) throws {
        guard try isDeferring(in: db) else { return }
        try db.execute(sql: """
            INSERT INTO articles_fts (rowid, title, body)
                SELECT id, title, body FROM articles WHERE id > (SELECT max(articles_indexed_to) FROM fulltext_deferral);
            INSERT INTO quotes_fts (rowid, text)
                SELECT id, text FROM quotes WHERE id > (SELECT max(quotes_indexed_to) FROM fulltext_deferral);
            DELETE FROM fulltext_deferral;
            """)
    }

    /// Runs `body`, which deletes articles, with every row indexed: the delete triggers remove a row's words
    /// from the index, which must hold them. Deferring resumes afterwards, above the ids that remain.
    static func suspended(in db: Database, _ body: () throws -> Void) throws {
        let deferring = try isDeferring(in: db)
        try end(in: db)
        try body()
        if deferring { _ = try begin(in: db) }
    }

    private static func isDeferring(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM fulltext_deferral)") ?? false
    }
}

/// Links each entity of an article, as ingest stores it, to a stored entity by its provisional key: the key
/// `EntityResolution` gives an article's entity from that article alone (a full name, a surname, a first name of
/// this article, or kind and name). What needs every article — one surname shared by two full names, a kind most
/// articles read otherwise, the user's curations — `EntityLinker` settles when the ingest, load or merge finishes.
/// The store writes each entity's aliases from its article alone (so lookups work at once); the linker settles them.
/// Entities the user forgot it leaves out.
///
/// The store remembers the ids of the keys it looked up and wrote while no other connection writes:
/// `beginTransaction` forgets them when `PRAGMA data_version` says one did, or the previous transaction did not commit.
public final class EntityStore: @unchecked Sendable {
    private var idByKey: [String: Int64] = [:]
    /// `kind:folded name` of every entity the user forgot (`quotebase entities forget`).
    private var forgotten: Set<String> = []
    /// Past this many remembered keys the store starts over, so a huge ingest keeps a bounded memory.
    private static let maximumKnown = 500_000

    private struct StoredAlias: Hashable {
        var entityID: Int64
        var normAlias: String
    }
    /// The aliases this store wrote or found written, so that each costs one statement.
    private var aliasesWritten: Set<StoredAlias> = []

    private struct Statements {
        let insert: BoundStatement
        let byKey: BoundStatement
        let insertAlias: BoundStatement

        init(_ db: Database) throws {
            insert = try BoundStatement("INSERT INTO entities (kind, name, norm_name, key) VALUES (?, ?, ?, ?)", in: db)
            byKey = try BoundStatement("SELECT id FROM entities WHERE key = ?", in: db)
            insertAlias = try BoundStatement("""
                INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm_alias) VALUES (?, ?, ?)
                """, in: db)
        }
    }

    private var statements = StatementsOfConnection<Statements>()
    private var trustedDataVersion: Int64?
    private var openTransactionDataVersion: Int64?
    private var transactionIsOpen = false

    public init() {}

    /// Finds or creates the stored entity for `entity` of the article with hash `articleHash`, in the caller's
    /// transaction, through a store used for it alone; nil when the user forgot it.
    public static func upsert(_ entity: ExtractedEntity, articleHash: String = "", in db: Database) throws -> Int64? {
        let store = EntityStore()
        try store.loadForgotten(in: db)
        return try store.upsert(entity, keys: StorageKeys.Entity(entity), articleHash: articleHash, in: db)
    }

    func beginTransaction(in db: Database) throws {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
        if version == nil || version != trustedDataVersion || idByKey.count + aliasesWritten.count > Self.maximumKnown {
            forgetAll()
            try loadForgotten(in: db)
        }
        trustedDataVersion = nil
        openTransactionDataVersion = version
        transactionIsOpen = true
    }

    private func loadForgotten(in db: Database) throws {
        forgotten = try String.fetchSet(db, sql: "SELECT entity_key FROM entity_curations WHERE action = 'forget'")
    }

    func transactionCommitted() {
        trustedDataVersion = openTransactionDataVersion
    }

    func transactionEnded() {
        transactionIsOpen = false
    }

    func forgetAll() {
        idByKey = [:]
        aliasesWritten = []
    }

    /// The stored entity for one of an article's entities; nil when the user forgot it.
    func upsert(_ entity: ExtractedEntity, keys: StorageKeys.Entity, articleHash: String, in db: Database) throws -> Int64? {
        if !transactionIsOpen { forgetAll() }
        if !forgotten.isEmpty, forgotten.contains(entity.kind.rawValue + ":" + keys.normName) { return nil }
        let key = keys.isFirstName ? keys.key + "@" + articleHash : keys.key
        let statements = try self.statements.statements(for: db, Statements.init)
        let id: Int64
        if let known = idByKey[key] {
            id = known
        } else {
            statements.byKey.bind(1, key)
            if let found = try statements.byKey.fetchInt64() {
                id = found
            } else {
                let insert = statements.insert
                insert.bind(1, entity.kind.rawValue)
                insert.bind(2, keys.displayName)
                insert.bind(3, Normalizer.key(keys.displayName))
                insert.bind(4, key)
                try insert.execute()
                id = db.lastInsertedRowID
            }
            idByKey[key] = id
        }
        for alias in keys.aliases where aliasesWritten.insert(StoredAlias(entityID: id, normAlias: alias.key)).inserted {
            let insertAlias = statements.insertAlias
            insertAlias.bind(1, id)
            insertAlias.bind(2, alias.surface)
            insertAlias.bind(3, alias.key)
            try insertAlias.execute()
        }
        return id
    }

    /// Whether every space-separated word of `surface` starts with a capital letter or a digit ("Vladimir Putin",
    /// "G7"), as names do and role descriptions ("presidente russo") do not.
    static func isNameLike(_ surface: String) -> Bool {
        // Byte by byte for ASCII text: Character properties cost about a microsecond per surface.
        let ascii: Bool? = surface.utf8.withContiguousStorageIfAvailable { bytes in
            var atWordStart = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    atWordStart = true
                } else if atWordStart {
                    guard (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) else { return false }
                    atWordStart = false
                }
            }
            return true
        } ?? nil
        if let ascii { return ascii }
        return surface.split(separator: " ").allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

}
