import GRDB

/// Reads a stored article and its analysis back out of a knowledge base, so that it can be stored again elsewhere
/// through `ArticleStore.insert` (how `ShardMerger` copies a shard: one code path for storing).
///
/// What comes back is what the database kept, not necessarily what the analyzer returned:
/// - an entity carries the name and kind its article gave it (`article_entities`), or in a database never
///   relinked since its upgrade its stored canonical name (see `articleName(of:mentions:roles:)`);
/// - its `aliases` are the other surfaces of this article's mentions;
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
            SELECT \(articleColumns) FROM articles WHERE id = ?
            """), arguments: [id])
        return row.map { article(from: $0) }
    }

    /// The columns `article(from:first:)` reads, in its order.
    static let articleColumns = "source, title, author, published, lang, body, content_hash, external_id, url, site, section, extra"

    /// Maps the columns of `articleColumns`, starting at column `first`, to an article and its hash.
    static func article(from row: Row, first: Int = 0) -> (article: Article, contentHash: String) {
        (Article(source: row[first], title: row[first + 1], author: row[first + 2], published: row[first + 3],
                 lang: row[first + 4], body: row[first + 5], externalID: row[first + 7], url: row[first + 8],
                 site: row[first + 9], section: row[first + 10], extra: row[first + 11]),
         row[first + 6])
    }

    /// The stored analysis of article `articleID`; entity indexes in quotes refer to the returned `entities`.
    ///
    /// From schema 8 on, each entity the article's analysis had is one `article_entities` row with its own name,
    /// kind, aliases and roles, and comes back as it was, in its place: two entities of the article that resolution
    /// linked to one stored entity come back as two, so that storing the analysis again gives the evidence it gave.
    /// Their mentions and speakers go with the one they were stored for, targets with the first (a target row says
    /// only the stored entity).
    public static func analysis(articleID: Int64, in db: Database) throws -> ArticleAnalysis {
        if let analysis = try ownAnalysis(articleID: articleID, in: db) { return analysis }
        return try assembledAnalysis(articleID: articleID, in: db)
    }

    /// The analysis from the article's own entities; nil when some lack their name, aliases or roles (a database
    /// upgraded from an older schema and not relinked since) or are not the only ones its rows name.
    private static func ownAnalysis(articleID: Int64, in db: Database) throws -> ArticleAnalysis? {
        struct Own { var entityID: Int64; var position: Int64; var entity: ExtractedEntity; var names: Set<String> }
        var own: [Own] = []
        let ownRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity_id, kind, name, aliases, roles, position FROM article_entities WHERE article_id = ? ORDER BY position
            """), arguments: [articleID])
        while let row = try ownRows.next() {
            let kindName: String = row[1]
            guard let kind = EntityKind(rawValue: kindName), let name: String = row[2], let aliases: String = row[3],
                  let roles: String = row[4] else { return nil }
            let entity = ExtractedEntity(name: name, kind: kind, aliases: EntityLinker.roles(aliases),
                                         roles: EntityLinker.roles(roles))
            own.append(Own(entityID: row[0], position: row[5], entity: entity,
                           names: Set(([name] + entity.aliases).map { Normalizer.key($0) })))
        }
        var members: [Int64: [Int]] = [:]
        for (index, item) in own.enumerated() { members[item.entityID, default: []].append(index) }
        /// The article entity on stored entity `entity` a row was stored for (`position`), or that the words
        /// `surface` name; nil when none is on it.
        func member(_ entity: Int64, _ surface: String, _ position: Int64?) -> Int? {
            guard let candidates = members[entity] else { return nil }
            if candidates.count == 1 { return candidates[0] }
            if let position, let stored = candidates.first(where: { own[$0].position == position }) { return stored }
            let key = Normalizer.key(surface)
            return candidates.first { own[$0].names.contains(key) } ?? candidates[0]
        }
        let mentionRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity_id, part, start, "end", surface, entity_position FROM mentions WHERE article_id = ? ORDER BY id
            """), arguments: [articleID])
        while let row = try mentionRows.next() {
            let surface: String = row[4]
            guard let index = member(row[0], surface, row[5]) else { return nil }
            own[index].entity.mentions.append(EntityMention(
                span: TextSpan(part: try part(row[1]), start: row[2], end: row[3]), surface: surface))
        }
        let roleEntities = try Int64.fetchSet(db.cachedStatement(sql: "SELECT entity_id FROM entity_roles WHERE article_id = ?"),
                                              arguments: [articleID])
        guard roleEntities.allSatisfy({ members[$0] != nil }) else { return nil }

        var quotes: [ExtractedQuote] = []
        var quoteIndex: [Int64: Int] = [:]
        let quoteRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT id, text, part, start, "end", kind, cue, confidence FROM quotes WHERE article_id = ? ORDER BY id
            """), arguments: [articleID])
        while let row = try quoteRows.next() {
            quoteIndex[row[0]] = quotes.count
            quotes.append(try quote(from: row))
        }
        if !quotes.isEmpty {
            let speakerRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT s.quote_id, s.entity_id, s.surface, s.entity_position FROM quote_speakers s
                JOIN quotes q ON q.id = s.quote_id WHERE q.article_id = ? ORDER BY s.quote_id, s.position
                """), arguments: [articleID])
            while let row = try speakerRows.next() {
                guard let index = quoteIndex[row[0]] else { continue }
                let surface: String = row[2]
                var entity: Int?
                if let id: Int64 = row[1] {
                    guard let found = member(id, surface, row[3]) else { return nil }
                    entity = found
                }
                quotes[index].speakers.append(QuoteSpeaker(surface: surface, entity: entity))
            }
            let targetRows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT t.quote_id, t.entity_id, t.how, t.confidence FROM quote_targets t JOIN quotes q ON q.id = t.quote_id
                WHERE q.article_id = ? ORDER BY t.quote_id, t.rowid
                """), arguments: [articleID])
            while let row = try targetRows.next() {
                guard let index = quoteIndex[row[0]] else { continue }
                guard let first = members[row[1]]?.first else { return nil }
                quotes[index].targets.append(first)
                quotes[index].appendEvidence(how: row[2], confidence: row[3])
            }
        }
        return ArticleAnalysis(entities: own.map(\.entity), quotes: quotes)
    }

    private static func quote(from row: Row) throws -> ExtractedQuote {
        let kindName: String = row[5]
        guard let kind = QuoteKind(rawValue: kindName) else {
            throw QuotebaseError(.malformedInput, "quotes.id \(row[0] as Int64)", "unknown quote kind \"\(kindName)\"")
        }
        return ExtractedQuote(text: row[1], span: TextSpan(part: try part(row[2]), start: row[3], end: row[4]), kind: kind,
                              cue: row[6], confidence: row[7])
    }

    /// The analysis assembled from the rows that hang on stored entities, for a database whose article entities do
    /// not all carry their own evidence yet.
    private static func assembledAnalysis(articleID: Int64, in db: Database) throws -> ArticleAnalysis {
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
            SELECT id, text, part, start, "end", kind, cue, confidence, rule FROM quotes WHERE article_id = ? ORDER BY id
            """), arguments: [articleID])
        while let row = try quoteRows.next() {
            let kindName: String = row[5]
            guard let kind = QuoteKind(rawValue: kindName) else {
                throw QuotebaseError(.malformedInput, "quotes.id \(row[0] as Int64)", "unknown quote kind \"\(kindName)\"")
            }
            quoteIndex[row[0]] = quotes.count
            quotes.append(StoredQuote(quote: ExtractedQuote(
                text: row[1], span: TextSpan(part: try part(row[2]), start: row[3], end: row[4]), kind: kind,
                cue: row[6], confidence: row[7], rule: (row[8] as String?).flatMap(AttributionRule.init(rawValue:)))))
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
                SELECT t.quote_id, t.entity_id, t.how, t.confidence FROM quote_targets t JOIN quotes q ON q.id = t.quote_id
                WHERE q.article_id = ? ORDER BY t.quote_id, t.rowid
                """), arguments: [articleID])
            while let row = try targetRows.next() {
                guard let index = quoteIndex[row[0]] else { continue }
                let entity: Int64 = row[1]
                note(entity)
                quotes[index].targets.append(entity)
                quotes[index].quote.appendEvidence(how: row[2], confidence: row[3])
            }
        }

        // The name and kind the article itself gave each entity, when stored (schema 6 on).
        var own: [Int64: (kind: EntityKind, name: String, aliases: [String]?)] = [:]
        let ownRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity_id, kind, name, aliases FROM article_entities WHERE article_id = ? AND name IS NOT NULL
            ORDER BY position DESC
            """), arguments: [articleID])
        while let row = try ownRows.next() {
            let aliases: String? = row[3]
            if let kind = EntityKind(rawValue: row[1]) {
                own[row[0]] = (kind, row[2], aliases.map { $0.isEmpty ? [] : $0.components(separatedBy: "\u{1F}") })
            }
        }

        var position: [Int64: Int] = [:]
        var entities: [ExtractedEntity] = []
        entities.reserveCapacity(order.count)
        for id in order {
            guard var stored = try entity(id: id, in: db) else { continue }
            let used = mentions[id, default: []]
            if let own = own[id] { stored.kind = own.kind }
            let name = own[id]?.name ?? articleName(of: stored, mentions: used, roles: roles[id, default: []])
            // As the analyzer lists them: every other surface of the article's mentions, in text order, once each.
            var aliases: [String] = []
            var seen: Set<String> = [name]
            for mention in used.sorted(by: { $0.span < $1.span }) where seen.insert(mention.surface).inserted {
                aliases.append(mention.surface)
            }
            if let ownAliases = own[id]?.aliases { aliases = ownAliases }
            position[id] = entities.count
            entities.append(ExtractedEntity(name: name, kind: stored.kind, aliases: aliases,
                                            roles: roles[id, default: []], mentions: used))
        }
        let resolved = quotes.map { stored -> ExtractedQuote in
            var quote = stored.quote
            quote.speakers = stored.speakers.map { QuoteSpeaker(surface: $0.surface, entity: $0.entity.flatMap { position[$0] }) }
            let kept = stored.targets.indices.filter { position[stored.targets[$0]] != nil }
            quote.targets = kept.map { position[stored.targets[$0]]! }
            quote.targetEvidence = quote.targetEvidence.map { evidence in kept.compactMap { evidence.indices.contains($0) ? evidence[$0] : nil } }
            return quote
        }
        return ArticleAnalysis(entities: entities, quotes: resolved)
    }

    /// The name the article most likely gave the entity. For places, organizations and countries, the stored
    /// (gazetteer) name. For a person, like the analyzer, the article's fullest name-like mention that is not one of
    /// its roles ("Rob Lee", not "President"): the stored name may come from another article, which renamed "Putin"
    /// to "Vladimir Putin", or into which the store unified this one through an alias ("Lee Ta" ← "Rob Lee").
    /// Storing the article again under the name it had then unifies it as ingest did.
    static func articleName(of stored: StoredEntity, mentions: [EntityMention], roles: [String]) -> String {
        guard stored.kind == .person else { return stored.name }
        let storedKey = Normalizer.key(stored.name)
        let roleKeys = Set(roles.map { Normalizer.key($0) })
        // Names first ("Dick de Bruyn" counts: particles inside are fine), then most words, then the stored name,
        // then the surface stored for the alias (the first the shard saw, so the one its analysis named the entity
        // by: "Ames" rather than the headline's "AMES"), then text order.
        func looksLikeName(_ surface: String) -> Bool {
            let words = surface.split(separator: " ")
            return [words.first, words.last].allSatisfy { $0?.first.map { $0.isUppercase || $0.isNumber } ?? false }
        }
        var best: (rank: (Int, Int, Int, Int), surface: String)?
        for mention in mentions.sorted(by: { $0.span < $1.span }) {
            let key = Normalizer.key(mention.surface)
            guard let alias = stored.aliases[key], !roleKeys.contains(key) else { continue }
            let isStored = key == storedKey
            let rank = (looksLikeName(mention.surface) || isStored ? 1 : 0, key.split(separator: " ").count,
                        isStored ? 1 : 0, alias == mention.surface ? 1 : 0)
            if best == nil || rank > best!.rank {
                best = (rank, isStored && alias != mention.surface ? stored.name : mention.surface)
            }
        }
        return best?.surface ?? stored.name
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

extension ExtractedQuote {
    /// Appends the stored evidence of the target just appended; a row stored before schema 10 (NULL `how`) reads as
    /// found inside the quote, confidence unknown.
    mutating func appendEvidence(how: String?, confidence: Double?) {
        var evidence = targetEvidence ?? []
        evidence.append(TargetEvidence(how: how.flatMap(TargetSource.init(rawValue:)) ?? .inside, confidence: confidence))
        targetEvidence = evidence
    }
}
