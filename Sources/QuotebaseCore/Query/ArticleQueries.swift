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
    public var external_id: String?
    public var url: String?
    public var site: String?
    public var section: String?

    /// The listing's columns; new ones are only added at the end.
    public static let columns = ["id", "published", "lang", "title", "author", "quotes", "mentions", "source",
                                 "external_id", "url", "site", "section"]

    public var cells: [Cell] {
        func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .null }
        return [.integer(id), text(published), .text(lang), text(title), text(author), .integer(Int64(quotes)),
                .integer(Int64(mentions)), .text(source), text(external_id), text(url), text(site), text(section)]
    }
}

/// What `quotebase articles` filters on; every filter given must hold.
public struct ArticleFilter: Sendable, Hashable {
    public var lang: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    public var since: String?
    public var until: String?
    /// Each element is one `--mentions NAME` resolved to entity ids: the article mentions one of each.
    public var mentions: [[Int64]] = []
    public var limit: Int? = 50
    public var offset: Int = 0
    public var sort: SortKey?

    public init(lang: String? = nil, since: String? = nil, until: String? = nil, mentions: [[Int64]] = [],
                limit: Int? = 50, offset: Int = 0, sort: SortKey? = nil) {
        self.lang = lang
        self.since = since
        self.until = until
        self.mentions = mentions
        self.limit = limit
        self.offset = offset
        self.sort = sort
    }
}

extension QuotebaseDatabase {
    /// Articles in ingest order, with their quote and mention counts.
    public func articles(limit: Int = 50, offset: Int = 0) throws -> [ArticleSummary] {
        try articles(ArticleFilter(limit: limit == 0 ? nil : limit, offset: offset))
    }

    /// Articles matching `filter`, in ingest order unless `filter.sort` says otherwise.
    public func articles(_ filter: ArticleFilter) throws -> [ArticleSummary] {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        QuerySQL.appendArticleWindow(lang: filter.lang, since: filter.since, until: filter.until, to: &conditions, &arguments)
        for ids in filter.mentions {
            conditions.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id IN (\(QuerySQL.placeholders(ids.count))))")
            arguments += ids.map(\.databaseValue)
        }
        var sql = """
            SELECT a.id, a.source, a.title, a.author, a.published, a.lang,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
                   a.external_id, a.url, a.site, a.section
            FROM articles a
            """
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        var query: QuerySQL
        if let sort = filter.sort, ArticleSummary.columns.contains(sort.column) {
            query = QuerySQL(sql, arguments).sorted(by: sort.column, descending: sort.descending, tiebreak: "id",
                                                    limit: filter.limit, offset: filter.offset)
        } else {
            query = QuerySQL(sql + "\nORDER BY a.id", arguments)
            query.appendPage(limit: filter.limit, offset: filter.offset)
        }
        return try read { db in
            try ArticleSummary.fetchAll(db, sql: query.sql, arguments: query.statementArguments)
        }
    }
}
