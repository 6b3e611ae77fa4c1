import GRDB

/// Reads a stored article and its analysis back out of a knowledge base, so that it can be stored again elsewhere
/// through `ArticleStore.insert` (how `ShardMerger` copies a shard: one code path for storing).
///
/// What comes back is what the database kept, not necessarily what the analyzer returned:
/// - an entity carries its stored canonical name, except a person whose name this article never uses: a later
///   article renamed "Putin" to "Vladimir Putin", so the article's fullest name-like mention ("Putin") is its name;
/// - its `aliases` are the stored aliases that this article's mentions use (aliases are kept per entity, not per
///   article); `ShardMerger` adds the entity's remaining aliases once the whole shard is copied;
/// - two extracted entities the store unified are one entity, with the mentions of both;
/// - entities come in the order of their first stored mention, then those named only in roles, speakers or targets.
public enum AnalysisReader {
    /// An entity row of the database being read.
    public struct StoredEntity: Sendable, Hashable {
        public var id: Int64
        public var kind: EntityKind
        public var name: String
        /// Every stored alias, keyed by its folded form (`Normalizer.key`).
        public var aliases: [String: String]

        /// The entity with all its aliases, as `EntityStore.upsert` takes it.
        public var extracted: ExtractedEntity {
            ExtractedEntity(name: name, kind: kind, aliases: aliases.values.filter { $0 != name }.sorted())
        }
    }

    /// The article stored under `id`, or nil when there is none.
    public static func article(id: Int64, in db: Database) throws -> (article: Article, contentHash: String)? {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT source, title, author, published, lang, body, content_hash FROM articles WHERE id = ?
            """), arguments: [id])
        return row.map { article(from: $0) }
    }

    /// Maps the columns `source, title, author, published, lang, body, content_hash`, starting at column
    /// `first`, to an article and its hash.
    static func article(from row: Row, first: Int = 0) -> (article: Article, contentHash: String) {
        (Article(source: row[first], title: row[first + 1], author: row[first + 2], published: row[first + 3],
                 lang: row[first + 4], body: row[first + 5]),
         row[first + 6])
    }

    /// The stored analysis of article `articleID`; entity indexes in quotes refer to the returned `entities`.
    public static func analysis(articleID: Int64, in db: Database) throws -> ArticleAnalysis {
        var order: [Int64] = []
        var mentions: [Int64: [EntityMention]] = [:]
        var roles: [Int64: [String]] = [:]
        func note(_ entity: Int64) {
            if mentions[entity] == nil { mentions[entity] = []; order.append(entity) }
        }

        let mentionRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity_id, part, start, "end", surface FROM mentions WHERE article_id = ? ORDER BY id
            """), arguments: [articleID])
        while let row = try mentionRows.next() {
            let entity: Int64 = row[0]
            note(entity)
            mentions[entity]!.append(EntityMention(span: TextSpan(part: try part(row[1]), start: row[2], end: row[3]),
                                                   surface: row[4]))
        }
        let roleRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity_id, role FROM entity_roles WHERE article_id = ? ORDER BY entity_id, norm_role
            """), arguments: [articleID])
        while let row = try roleRows.next() {
            let entity: Int64 = row[0]
            note(entity)
            roles[entity, default: []].append(row[1])
        }

        struct StoredQuote {
            var quote: ExtractedQuote
            var speakers: [(entity: Int64?, surface: String)] = []
            var targets: [Int64] = []
        }
        var quotes: [StoredQuote] = []
        var quoteIndex: [Int64: Int] = [:]
        let quoteRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, text, part, start, "end", kind, cue, confidence FROM quotes WHERE article_id = ? ORDER BY id
            """), arguments: [articleID])
        while let row = try quoteRows.next() {
            let kindName: String = row[5]
            guard let kind = QuoteKind(rawValue: kindName) else {
                throw QuotebaseError(.malformedInput, "quotes.id \(row[0] as Int64)", "unknown quote kind \"\(kindName)\"")
            }
            quoteIndex[row[0]] = quotes.count
            quotes.append(StoredQuote(quote: ExtractedQuote(
                text: row[1], span: TextSpan(part: try part(row[2]), start: row[3], end: row[4]), kind: kind,
                cue: row[6], confidence: row[7])))
        }
        if !quotes.isEmpty {
            let speakerRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT s.quote_id, s.entity_id, s.surface FROM quote_speakers s JOIN quotes q ON q.id = s.quote_id
                WHERE q.article_id = ? ORDER BY s.quote_id, s.position
                """), arguments: [articleID])
            while let row = try speakerRows.next() {
                guard let index = quoteIndex[row[0]] else { continue }
                let entity: Int64? = row[1]
                if let entity { note(entity) }
                quotes[index].speakers.append((entity, row[2]))
            }
            let targetRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT t.quote_id, t.entity_id FROM quote_targets t JOIN quotes q ON q.id = t.quote_id
                WHERE q.article_id = ? ORDER BY t.quote_id, t.entity_id
                """), arguments: [articleID])
            while let row = try targetRows.next() {
                guard let index = quoteIndex[row[0]] else { continue }
                let entity: Int64 = row[1]
                note(entity)
                quotes[index].targets.append(entity)
            }
        }

        var position: [Int64: Int] = [:]
        var entities: [ExtractedEntity] = []
        entities.reserveCapacity(order.count)
        for id in order {
            guard let stored = try entity(id: id, in: db) else { continue }
            let used = mentions[id, default: []]
            var aliases: [String] = []
            var seen: Set<String> = [Normalizer.key(stored.name)]
            for mention in used {
                let key = Normalizer.key(mention.surface)
                if let alias = stored.aliases[key], seen.insert(key).inserted { aliases.append(alias) }
            }
            // A person renamed by a later article ("Putin", then "Vladimir Putin") keeps the name this article
            // used, so that storing it again unifies it as ingest did: by surname where ingest had only the surname.
            var name = stored.name
            if stored.kind == .person, !aliases.isEmpty,
               !used.contains(where: { Normalizer.key($0.surface) == Normalizer.key(stored.name) }),
               let fullest = aliases.filter(EntityStore.isNameLike).max(by: {
                   ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count)
               }) {
                name = fullest
                aliases.removeAll { $0 == fullest }
            }
            position[id] = entities.count
            entities.append(ExtractedEntity(name: name, kind: stored.kind, aliases: aliases,
                                            roles: roles[id, default: []], mentions: used))
        }
        let resolved = quotes.map { stored -> ExtractedQuote in
            var quote = stored.quote
            quote.speakers = stored.speakers.map { QuoteSpeaker(surface: $0.surface, entity: $0.entity.flatMap { position[$0] }) }
            quote.targets = stored.targets.compactMap { position[$0] }
            return quote
        }
        return ArticleAnalysis(entities: entities, quotes: resolved)
    }

    /// The entity stored under `id` with all its aliases, or nil when there is none.
    public static func entity(id: Int64, in db: Database) throws -> StoredEntity? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT kind, name FROM entities WHERE id = ?"),
                                         arguments: [id]) else { return nil }
        let kindName: String = row[0]
        guard let kind = EntityKind(rawValue: kindName) else {
            throw QuotebaseError(.malformedInput, "entities.id \(id)", "unknown entity kind \"\(kindName)\"")
        }
        var aliases: [String: String] = [:]
        let aliasRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT norm_alias, alias FROM entity_aliases WHERE entity_id = ?
            """), arguments: [id])
        while let alias = try aliasRows.next() { aliases[alias[0]] = alias[1] }
        return StoredEntity(id: id, kind: kind, name: row[1], aliases: aliases)
    }

    private static func part(_ name: String) throws -> ArticlePart {
        guard let part = ArticlePart(rawValue: name) else {
            throw QuotebaseError(.malformedInput, "part", "unknown article part \"\(name)\"")
        }
        return part
    }
}
