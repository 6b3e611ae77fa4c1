import GRDB

/// One row of `quotebase articles`.
public struct ArticleSummary: Sendable, Hashable, Codable, FetchableRecord {
    public var id: Int64
    public var source: String
    public var title: String?
    public var author: String?
    public var published: String?
    public var lang: String
    public var quotes: Int
    public var mentions: Int
}

extension QuotebaseDatabase {
    /// Articles in ingest order, with their quote and mention counts.
    public func articles(limit: Int = 50, offset: Int = 0) throws -> [ArticleSummary] {
        try read { db in
            try ArticleSummary.fetchAll(db, sql: """
                SELECT a.id, a.source, a.title, a.author, a.published, a.lang,
                       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                       (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions
                FROM articles a ORDER BY a.id LIMIT ? OFFSET ?
                """, arguments: [limit, offset])
        }
    }
}
