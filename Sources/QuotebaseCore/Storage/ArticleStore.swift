import GRDB

/// Writes analyzed articles. Every method runs inside the caller's transaction; `insert` wraps one article in
/// a savepoint so that an article is stored whole, with all its mentions and quotes, or not at all.
public enum ArticleStore {
    public enum Outcome: Sendable, Equatable {
        case inserted(id: Int64)
        case duplicate(id: Int64)
        case replaced(id: Int64)
    }

    /// The id of the article with this content hash, if stored.
    public static func articleID(contentHash: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ?"),
                           arguments: [contentHash])
    }

    /// Stores `article` with its analysis. A stored duplicate (same content hash) is left alone, or replaced
    /// when `replace` is true (`ingest --force`).
    @discardableResult
    public static func insert(_ article: Article, contentHash: String? = nil, analysis: ArticleAnalysis,
                              replace: Bool = false, in db: Database) throws -> Outcome {
        let hash = contentHash ?? article.contentHash
        var outcome: Outcome = .duplicate(id: 0)
        try db.inSavepoint {
            var replaced = false
            if let existing = try articleID(contentHash: hash, in: db) {
                guard replace else {
                    outcome = .duplicate(id: existing)
                    return .commit
                }
                try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [existing])
                replaced = true
            }
            try db.cachedStatement(sql: """
                INSERT INTO articles (source, title, author, published, lang, body, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [article.source, article.title, article.author, article.published,
                                         article.lang, article.body, hash])
            let articleID = db.lastInsertedRowID
            try store(analysis, articleID: articleID, in: db)
            outcome = replaced ? .replaced(id: articleID) : .inserted(id: articleID)
            return .commit
        }
        return outcome
    }

    static func store(_ analysis: ArticleAnalysis, articleID: Int64, in db: Database) throws {
        var entityIDs: [Int64] = []
        entityIDs.reserveCapacity(analysis.entities.count)
        for entity in analysis.entities {
            let id = try EntityStore.upsert(entity, in: db)
            entityIDs.append(id)
            let role = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role, norm_role) VALUES (?, ?, ?, ?)
                """)
            for r in entity.roles { try role.execute(arguments: [id, articleID, r, Normalizer.key(r)]) }
            let mention = try db.cachedStatement(sql: """
                INSERT INTO mentions (article_id, entity_id, part, start, "end", surface) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for m in entity.mentions {
                try mention.execute(arguments: [articleID, id, m.span.part.rawValue, m.span.start, m.span.end, m.surface])
            }
        }
        let quote = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_id, text, part, start, "end", kind, cue, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let speaker = try db.cachedStatement(sql: """
            INSERT INTO quote_speakers (quote_id, position, entity_id, surface) VALUES (?, ?, ?, ?)
            """)
        let target = try db.cachedStatement(sql: "INSERT OR IGNORE INTO quote_targets (quote_id, entity_id) VALUES (?, ?)")
        for q in analysis.quotes {
            try quote.execute(arguments: [articleID, q.text, q.span.part.rawValue, q.span.start, q.span.end,
                                          q.kind.rawValue, q.cue, q.confidence])
            let quoteID = db.lastInsertedRowID
            for (position, s) in q.speakers.enumerated() {
                let entityID = s.entity.flatMap { entityIDs.indices.contains($0) ? entityIDs[$0] : nil }
                try speaker.execute(arguments: [quoteID, position, entityID, s.surface])
            }
            for t in q.targets where entityIDs.indices.contains(t) {
                try target.execute(arguments: [quoteID, entityIDs[t]])
            }
        }
    }
}

/// Finds or creates the one stored entity for an entity found in an article.
///
/// Entities are keyed by kind and folded canonical name. A person first seen by surname only ("Putin") and later
/// by full name ("Vladimir Putin") is one row, renamed to the fuller form; name-like aliases link the two.
public enum EntityStore {
    public static func upsert(_ entity: ExtractedEntity, in db: Database) throws -> Int64 {
        let normName = Normalizer.key(entity.name)
        let id: Int64
        if let existing = try find(entity, normName: normName, in: db) {
            id = existing.id
            if entity.kind == .person, existing.normName != normName,
               fuller(normName, than: existing.normName),
               try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE kind = ? AND norm_name = ?"),
                                  arguments: [entity.kind.rawValue, normName]) == nil {
                try db.cachedStatement(sql: "UPDATE entities SET name = ?, norm_name = ? WHERE id = ?")
                    .execute(arguments: [entity.name, normName, id])
            }
        } else {
            try db.cachedStatement(sql: "INSERT INTO entities (kind, name, norm_name) VALUES (?, ?, ?)")
                .execute(arguments: [entity.kind.rawValue, entity.name, normName])
            id = db.lastInsertedRowID
        }
        let alias = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm_alias) VALUES (?, ?, ?)
            """)
        for surface in [entity.name] + entity.aliases {
            let key = Normalizer.key(surface)
            if !key.isEmpty { try alias.execute(arguments: [id, surface, key]) }
        }
        return id
    }

    private static func find(_ entity: ExtractedEntity, normName: String, in db: Database) throws
        -> (id: Int64, normName: String)?
    {
        let byName = try db.cachedStatement(sql: "SELECT id, norm_name FROM entities WHERE kind = ? AND norm_name = ?")
        if let row = try Row.fetchOne(byName, arguments: [entity.kind.rawValue, normName]) {
            return (row[0], row[1])
        }
        // Link through names, never through role descriptions ("presidente russo" names different people over time).
        let byAlias = try db.cachedStatement(sql: """
            SELECT e.id, e.norm_name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.norm_alias = ? AND e.kind = ? LIMIT 1
            """)
        for surface in [entity.name] + entity.aliases where isNameLike(surface) {
            if let row = try Row.fetchOne(byAlias, arguments: [Normalizer.key(surface), entity.kind.rawValue]) {
                return (row[0], row[1])
            }
        }
        return nil
    }

    static func isNameLike(_ surface: String) -> Bool {
        surface.split(separator: " ").allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    private static func fuller(_ candidate: String, than current: String) -> Bool {
        let a = candidate.split(separator: " "), b = current.split(separator: " ")
        return a.count > b.count && a.last == b.last
    }
}
