import GRDB

/// Finds the article a user means by `ID` or `SOURCE`.
///
/// An all-digit reference is an id when an article has it. Otherwise, in this order: the source as stored
/// (`Fixtures/articles/x.txt`, `feed.jsonl:12`), the record's own id (`external_id`, `dice-8996`), the URL; failing
/// those, a stored source that ends with `/` + the reference, so `x.txt` finds `Fixtures/articles/x.txt`.
public enum ArticleResolver {
    public static func resolve(_ reference: String, option: String = "", in db: Database) throws -> [Int64] {
        let subject = option.isEmpty ? reference : "\(option) \(reference)"
        if let id = Int64(reference),
           try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE id = ?", arguments: [id]) == true {
            return [id]
        }
        var ids: [Int64] = []
        for column in ["source", "external_id", "url"] where ids.isEmpty {
            // Column names come from the fixed list above, never from the user.
            ids = try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE \(column) = ? ORDER BY id",
                                     arguments: [reference])
        }
        if ids.isEmpty, Int64(reference) != nil {
            throw QuotebaseError(.notFound, subject, "no article has this id; list them with `quotebase articles`")
        }
        if ids.isEmpty {
            // substr() rather than LIKE, so % and _ in file names are not wildcards.
            ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM articles WHERE substr(source, -length(?) - 1) = '/' || ? ORDER BY id LIMIT 2
                """, arguments: [reference, reference])
        }
        if ids.isEmpty {
            throw QuotebaseError(.notFound, subject,
                                 "no article has this id, source, external id or URL; list them with `quotebase articles`")
        }
        return ids
    }

    /// Exactly one article, or an `.ambiguousName` error.
    public static func resolveOne(_ reference: String, in db: Database) throws -> Int64 {
        let ids = try resolve(reference, in: db)
        if ids.count > 1 {
            throw QuotebaseError(.ambiguousName, reference,
                "several articles have this source (ids \(ids.map(String.init).joined(separator: ", ")), …); name one by id")
        }
        return ids[0]
    }
}

/// An article with what extraction found in it: `quotebase show`.
public struct ArticleDetail: Sendable, Hashable, Codable {
    public struct EntityInArticle: Sendable, Hashable, Codable {
        public var id: Int64
        public var kind: String
        public var name: String
        public var mentions: Int
    }

    public var id: Int64
    public var source: String
    public var title: String?
    public var author: String?
    public var published: String?
    public var lang: String
    public var ingested_at: String
    public var external_id: String?
    public var url: String?
    public var site: String?
    public var section: String?
    /// The record's other fields (a JSON object), as stored.
    public var extra: String?
    public var body: String
    public var entities: [EntityInArticle]
    public var quotes: [QuoteRow]

    /// Every field, nil ones as `null` (`show --format json`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(published, forKey: .published)
        try c.encode(lang, forKey: .lang)
        try c.encode(ingested_at, forKey: .ingested_at)
        try c.encode(external_id, forKey: .external_id)
        try c.encode(url, forKey: .url)
        try c.encode(site, forKey: .site)
        try c.encode(section, forKey: .section)
        try c.encode(extra, forKey: .extra)
        try c.encode(body, forKey: .body)
        try c.encode(entities, forKey: .entities)
        try c.encode(quotes, forKey: .quotes)
    }
}

extension QuotebaseDatabase {
    /// The article `reference` names (id or source), with its entities and quotes.
    public func article(_ reference: String) throws -> ArticleDetail {
        try read { db in
            let id = try ArticleResolver.resolveOne(reference, in: db)
            let row = try Row.fetchOne(db, sql: """
                SELECT id, source, title, author, published, lang, ingested_at, body, external_id, url, site, section,
                       extra
                FROM articles WHERE id = ?
                """, arguments: [id])!
            let entities = try Row.fetchAll(db, sql: """
                SELECT e.id, e.kind, e.name, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = ? GROUP BY e.id ORDER BY count(*) DESC, e.name
                """, arguments: [id]).map { ArticleDetail.EntityInArticle(id: $0[0], kind: $0[1], name: $0[2], mentions: $0[3]) }
            var filter = QuoteFilter(articles: [id])
            filter.limit = nil
            let query = QuoteQuery.sql(filter)
            let quotes = try Row.fetchAll(db, sql: query.sql + "", arguments: query.statementArguments)
                .map(QuoteRow.init(row:)).sorted { ($0.part == "title" ? 0 : 1, $0.start, $0.id) < ($1.part == "title" ? 0 : 1, $1.start, $1.id) }
            return ArticleDetail(id: row[0], source: row[1], title: row[2], author: row[3], published: row[4],
                                 lang: row[5], ingested_at: row[6], external_id: row[8], url: row[9], site: row[10],
                                 section: row[11], extra: row[12], body: row[7], entities: entities, quotes: quotes)
        }
    }
}
