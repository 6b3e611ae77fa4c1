import GRDB

/// One place an article names an entity, with the words around it.
public struct MentionRow: Sendable, Hashable, Codable {
    public var id: Int64
    public var entity_id: Int64
    public var entity: String
    public var entity_kind: String
    public var article_id: Int64
    public var source: String
    public var title: String?
    public var published: String?
    public var part: String
    public var start: Int
    public var end: Int
    public var surface: String
    /// Up to `MentionQuery.contextScalars` characters before and after the mention, on one line.
    public var before: String
    public var after: String

    /// `before + surface + after`, with the mention between `open` and `close` ("**", "**" or ANSI bold).
    public func context(open: String = "", close: String = "") -> String {
        before + open + surface + close + after
    }
}

/// What `quotebase mentions NAME` filters on.
public struct MentionFilter: Sendable, Hashable {
    public var entities: [Int64]
    public var articles: [Int64]?
    public var since: String?
    public var until: String?
    public var limit: Int?
    public var offset: Int = 0
    /// One of the listing's columns (see `MentionQuery.sortColumns`); nil: article order.
    public var sort: SortKey?

    public init(entities: [Int64], articles: [Int64]? = nil, since: String? = nil, until: String? = nil,
                limit: Int? = nil, offset: Int = 0, sort: SortKey? = nil) {
        self.sort = sort
        self.entities = entities
        self.articles = articles
        self.since = since
        self.until = until
        self.limit = limit
        self.offset = offset
    }
}

/// Builds the SQL of mention listings: driven by `mentions(entity_id, article_id)`, in article order.
public enum MentionQuery {
    /// Characters of context on each side of a mention.
    public static let contextScalars = 60

    /// The result column `--sort` orders by for each output column it accepts.
    public static let sortColumns: [String: String] = [
        "id": "id", "article_id": "article_id", "published": "published", "source": "source", "title": "title",
        "entity": "name", "entity_kind": "kind", "part": "part", "start": "start", "end": "end", "surface": "surface",
        "before": "before", "after": "after",
    ]

    public static func sql(_ filter: MentionFilter) -> QuerySQL {
        var arguments = filter.entities.map(\.databaseValue)
        var conditions = ["m.entity_id IN (\(QuerySQL.placeholders(filter.entities.count)))"]
        if let articles = filter.articles {
            conditions.append("m.article_id IN (\(QuerySQL.placeholders(articles.count)))")
            arguments += articles.map(\.databaseValue)
        }
        QuerySQL.appendArticleWindow(since: filter.since, until: filter.until, to: &conditions, &arguments)
        // Offsets count Unicode scalars, the unit of SQLite's substr() on TEXT, so SQLite cuts the context itself
        // and a long body never reaches Swift.
        let text = "CASE m.part WHEN 'title' THEN a.title ELSE a.body END"
        let n = contextScalars
        let sql = """
            SELECT m.id, m.entity_id, e.name, e.kind, m.article_id, a.source, a.title, a.published, m.part, m.start,
                   m."end", m.surface,
                   substr(\(text), max(m.start - \(n), 0) + 1, m.start - max(m.start - \(n), 0)) AS before,
                   substr(\(text), m."end" + 1, \(n)) AS after
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
            WHERE \(conditions.joined(separator: " AND "))
            """
        if let sort = filter.sort, let column = sortColumns[sort.column] {
            return QuerySQL(sql, arguments).sorted(by: column, descending: sort.descending, tiebreak: "article_id, id",
                                                   limit: filter.limit, offset: filter.offset)
        }
        var query = QuerySQL(sql + "\nORDER BY m.article_id, m.id", arguments)
        query.appendPage(limit: filter.limit, offset: filter.offset)
        return query
    }
}

extension MentionRow {
    init(row: Row) {
        id = row[0]
        entity_id = row[1]
        entity = row[2]
        entity_kind = row[3]
        article_id = row[4]
        source = row[5]
        title = row[6]
        published = row[7]
        part = row[8]
        start = row[9]
        end = row[10]
        surface = row[11]
        before = Self.oneLine(row[12] ?? "", keepingEnd: true)
        after = Self.oneLine(row[13] ?? "", keepingEnd: false)
    }

    /// Newlines become spaces, and the context is cut at a word boundary away from the mention.
    static func oneLine(_ text: String, keepingEnd: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        }
        var line = String(scalars)
        if line.count >= MentionQuery.contextScalars {
            if keepingEnd, let space = line.firstIndex(of: " ") {
                line = "…" + line[line.index(after: space)...]
            } else if !keepingEnd, let space = line.lastIndex(of: " ") {
                line = line[..<space] + "…"
            }
        }
        return line
    }
}

extension QuotebaseDatabase {
    /// Mentions of `filter.entities`, in article order.
    public func mentions(_ filter: MentionFilter) throws -> [MentionRow] {
        let query = MentionQuery.sql(filter)
        return try read { db in
            try Row.fetchAll(db, sql: query.sql, arguments: query.statementArguments).map(MentionRow.init(row:))
        }
    }
}
