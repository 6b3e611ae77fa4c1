import GRDB

/// What `quotebase quotes` filters on. Entity and article filters hold ids already resolved
/// (see `EntityResolver` and `ArticleResolver`); every filter given must hold.
public struct QuoteFilter: Sendable, Hashable {
    /// Quotes said by any of these entities.
    public var speakers: [Int64]?
    /// Quotes about any of these entities.
    public var about: [Int64]?
    /// Full-text search in the quote text (user text, escaped by `FullTextQuery`).
    public var search: String?
    public var articles: [Int64]?
    public var lang: String?
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    public var since: String?
    public var until: String?
    public var kinds: [QuoteKind] = []
    /// Quotes whose attribution rule is at least this precise (`quotes.confidence`, 0…1).
    public var minimumConfidence: Double?
    /// With `about`: only targets found at least this surely count (`quote_targets.confidence`, 0…1; a target
    /// stored before confidences were recorded always counts).
    public var minimumTargetConfidence: Double?
    public var limit: Int?
    public var offset: Int = 0
    /// A column of `QuoteRow.listingColumns` (or `lang`, `part`, `start`, `end`); nil: quote order.
    public var sort: SortKey?

    public init(speakers: [Int64]? = nil, about: [Int64]? = nil, search: String? = nil, articles: [Int64]? = nil,
                lang: String? = nil, since: String? = nil, until: String? = nil, kinds: [QuoteKind] = [],
                minimumConfidence: Double? = nil, limit: Int? = nil, offset: Int = 0, sort: SortKey? = nil,
                minimumTargetConfidence: Double? = nil) {
        self.sort = sort
        self.minimumTargetConfidence = minimumTargetConfidence
        self.minimumConfidence = minimumConfidence
        self.speakers = speakers
        self.about = about
        self.search = search
        self.articles = articles
        self.lang = lang
        self.since = since
        self.until = until
        self.kinds = kinds
        self.limit = limit
        self.offset = offset
    }
}

/// One quote with its article, speakers and targets: a row of `quotes`, `show` and `export quotes`.
public struct QuoteRow: Sendable, Hashable, Codable {
    public var id: Int64
    public var article_id: Int64
    public var source: String
    public var title: String?
    public var published: String?
    public var lang: String
    public var text: String
    public var kind: String
    /// The first speaker (canonical name, or the article's words when unresolved).
    public var speaker: String?
    public var speakers: [String]
    /// Each speaker as the article wrote it ("il sindaco", "Blair"), beside the canonical names of `speakers`, so
    /// that a wrong link shows.
    public var speakers_as_written: [String]
    /// The kind of the first resolved speaker.
    public var speaker_kind: String?
    /// Canonical names of what the quote is about, alphabetical.
    public var about: [String]
    public var cue: String?
    public var part: String
    public var start: Int
    public var end: Int
    /// The measured precision of `rule` (see `AttributionRule`), 0…1.
    public var confidence: Double
    /// The attribution rule that chose the speakers; nil for quotes stored before rules were recorded.
    public var rule: String?

    /// The select list every quote listing shares; a row of it is read by `init(row:)`. List columns are joined
    /// with U+001F (unit separator), which never occurs in names.
    static let selectList = """
        q.id, q.article_id, a.source, a.title, a.published, a.lang, q.text, q.kind,
               (SELECT group_concat(name, char(31)) FROM (
                   SELECT coalesce(e.name, s.surface) AS name FROM quote_speakers s
                   LEFT JOIN entities e ON e.id = s.entity_id WHERE s.quote_id = q.id ORDER BY s.position)) AS speakers,
               (SELECT e.kind FROM quote_speakers s JOIN entities e ON e.id = s.entity_id
                   WHERE s.quote_id = q.id ORDER BY s.position LIMIT 1) AS speaker_kind,
               (SELECT group_concat(name, char(31)) FROM (
                   SELECT e.name FROM quote_targets t JOIN entities e ON e.id = t.entity_id
                   WHERE t.quote_id = q.id ORDER BY e.name)) AS about,
               q.cue, q.part, q.start, q."end", q.confidence,
               (SELECT group_concat(surface, char(31)) FROM (
                   SELECT s.surface FROM quote_speakers s WHERE s.quote_id = q.id ORDER BY s.position)) AS written,
               q.rule
        """

    /// The export columns, in `selectList` order. The first twelve without `lang` are the `quotes` JSON fields.
    public static let columns = ["id", "article_id", "source", "title", "published", "lang", "text", "kind",
                                 "speaker", "speakers", "speaker_kind", "about", "cue", "part", "start", "end",
                                 "confidence", "speakers_as_written", "rule"]
    /// The fields `quotebase quotes --format json|jsonl|csv` prints.
    public static let listingColumns = ["id", "article_id", "source", "title", "published", "text", "kind",
                                        "speaker", "speakers", "speakers_as_written", "speaker_kind", "about", "cue",
                                        "rule", "confidence"]

    init(row: Row) {
        id = row[0]
        article_id = row[1]
        source = row[2]
        title = row[3]
        published = row[4]
        lang = row[5]
        text = row[6]
        kind = row[7]
        speakers = Self.list(row[8])
        speaker = speakers.first
        speaker_kind = row[9]
        about = Self.list(row[10])
        cue = row[11]
        part = row[12]
        start = row[13]
        end = row[14]
        confidence = row[15]
        speakers_as_written = Self.list(row[16])
        rule = row[17]
    }

    /// Every field, nil ones as `null`: a JSON reader sees the same keys on every quote.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(article_id, forKey: .article_id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(lang, forKey: .lang)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(speakers_as_written, forKey: .speakers_as_written)
        try c.encode(speaker_kind, forKey: .speaker_kind)
        try c.encode(about, forKey: .about)
        try c.encode(cue, forKey: .cue)
        try c.encode(part, forKey: .part)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(rule, forKey: .rule)
    }

    static func list(_ joined: String?) -> [String] {
        guard let joined, !joined.isEmpty else { return [] }
        return joined.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }

    /// The value of one of `columns`.
    public func cell(_ column: String) -> Cell {
        switch column {
        case "id": return .integer(id)
        case "article_id": return .integer(article_id)
        case "source": return .text(source)
        case "title": return title.map(Cell.text) ?? .null
        case "published": return published.map(Cell.text) ?? .null
        case "lang": return .text(lang)
        case "text": return .text(text)
        case "kind": return .text(kind)
        case "speaker": return speaker.map(Cell.text) ?? .null
        case "speakers": return .list(speakers)
        case "speakers_as_written": return .list(speakers_as_written)
        case "speaker_kind": return speaker_kind.map(Cell.text) ?? .null
        case "about": return .list(about)
        case "cue": return cue.map(Cell.text) ?? .null
        case "part": return .text(part)
        case "start": return .integer(Int64(start))
        case "end": return .integer(Int64(end))
        case "confidence": return .real(confidence)
        case "rule": return rule.map(Cell.text) ?? .null
        default: return .null
        }
    }
}

/// Builds the SQL of quote listings.
///
/// The statement is driven by the most selective index: a speaker filter walks
/// `quote_speakers(entity_id, quote_id)`, an about filter `quote_targets(entity_id, quote_id)`, a date filter
/// `articles(published)`. Rows come in quote order (ingest order), which for one speaker is the index order, so
/// `--limit 20` reads 20 index entries and stops.
public enum QuoteQuery {
    /// The result column `--sort` orders by for each output column it accepts.
    public static let sortColumns: [String: String] = {
        var columns = Dictionary(uniqueKeysWithValues: QuoteRow.columns.map { ($0, $0) })
        columns["speaker"] = "speakers"
        columns["speakers_as_written"] = "written"
        return columns
    }()

    public static func sql(_ filter: QuoteFilter) -> QuerySQL {
        let parts = clauses(filter)
        var sql = "SELECT \(QuoteRow.selectList)\nFROM \(parts.from)"
        if !parts.conditions.isEmpty { sql += "\nWHERE " + parts.conditions.joined(separator: "\n  AND ") }
        if let sort = filter.sort, let column = sortColumns[sort.column] {
            return QuerySQL(sql, parts.arguments).sorted(by: column, descending: sort.descending, tiebreak: "id",
                                                         limit: filter.limit, offset: filter.offset)
        }
        sql += "\nORDER BY \(parts.order)"
        var query = QuerySQL(sql, parts.arguments)
        query.appendPage(limit: filter.limit, offset: filter.offset)
        return query
    }

    /// The FROM clause (quotes `q`, articles `a`), the conditions and their arguments of `filter`, and the
    /// quote order its driving index gives; shared by listings and `report`.
    static func clauses(_ filter: QuoteFilter) -> (from: String, conditions: [String], arguments: [DatabaseValue], order: String) {
        var from: String
        var order = "q.id"
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        func ids(_ values: [Int64]) -> String {
            arguments += values.map(\.databaseValue)
            return QuerySQL.placeholders(values.count)
        }
        /// " AND coalesce(t.confidence, 1) >= ?" for the target table alias `t`, when a minimum is asked for.
        func targetConfidence(_ alias: String) -> String {
            guard let minimum = filter.minimumTargetConfidence else { return "" }
            arguments.append(minimum.databaseValue)
            return " AND coalesce(\(alias).confidence, 1) >= ?"
        }
        if let speakers = filter.speakers {
            from = "quote_speakers d JOIN quotes q ON q.id = d.quote_id JOIN articles a ON a.id = q.article_id"
            order = "d.quote_id"
            conditions.append("d.entity_id IN (\(ids(speakers)))")
            // One row per quote even when a quote names the same (or two matching) speakers twice.
            conditions.append("""
                NOT EXISTS (SELECT 1 FROM quote_speakers d2 WHERE d2.quote_id = d.quote_id \
                AND d2.position < d.position AND d2.entity_id IN (\(ids(speakers))))
                """)
            if let about = filter.about {
                conditions.append("""
                    EXISTS (SELECT 1 FROM quote_targets t WHERE t.quote_id = q.id AND t.entity_id IN (\(ids(about)))\
                    \(targetConfidence("t")))
                    """)
            }
        } else if let about = filter.about {
            from = "quote_targets d JOIN quotes q ON q.id = d.quote_id JOIN articles a ON a.id = q.article_id"
            order = "d.quote_id"
            conditions.append("d.entity_id IN (\(ids(about)))\(targetConfidence("d"))")
            if about.count > 1 {
                conditions.append("""
                    NOT EXISTS (SELECT 1 FROM quote_targets d2 WHERE d2.quote_id = d.quote_id \
                    AND d2.entity_id < d.entity_id AND d2.entity_id IN (\(ids(about)))\(targetConfidence("d2")))
                    """)
            }
        } else if filter.since != nil || filter.until != nil {
            from = "articles a JOIN quotes q ON q.article_id = a.id"
        } else {
            from = "quotes q JOIN articles a ON a.id = q.article_id"
        }
        if let search = filter.search {
            conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            arguments.append((FullTextQuery.escape(search) ?? "\"\"").databaseValue)
        }
        if let articles = filter.articles { conditions.append("q.article_id IN (\(ids(articles)))") }
        QuerySQL.appendArticleWindow(lang: filter.lang, since: filter.since, until: filter.until, to: &conditions, &arguments)
        if !filter.kinds.isEmpty {
            conditions.append("q.kind IN (\(QuerySQL.placeholders(filter.kinds.count)))")
            arguments += filter.kinds.map(\.rawValue.databaseValue)
        }
        if let minimum = filter.minimumConfidence {
            conditions.append("q.confidence >= ?")
            arguments.append(minimum.databaseValue)
        }
        return (from, conditions, arguments, order)
    }
}

/// A speaker of quotes about some entity, for `quotebase who --about NAME`.
public struct SpeakerRank: Sendable, Hashable, Codable {
    /// nil for a speaker the article names but extraction did not resolve ("un testimone").
    public var entity_id: Int64?
    public var speaker: String
    public var kind: String?
    public var quotes: Int
    /// The first such quote.
    public var sample: String
    public var sample_id: Int64
}

/// A "who talks about whom" edge for `quotebase network`.
public struct NetworkEdge: Sendable, Hashable, Codable {
    public var speaker_id: Int64
    public var speaker: String
    public var speaker_kind: String
    public var target_id: Int64
    public var target: String
    public var target_kind: String
    public var quotes: Int

    public static let columns = ["speaker_id", "speaker", "speaker_kind", "target_id", "target", "target_kind", "quotes"]

    public var cells: [Cell] {
        [.integer(speaker_id), .text(speaker), .text(speaker_kind), .integer(target_id), .text(target),
         .text(target_kind), .integer(Int64(quotes))]
    }
}

extension QuotebaseDatabase {
    /// Quotes matching `filter`, in quote (ingest) order.
    ///
    /// ```swift
    /// let putin = try db.read { try EntityResolver.resolve("putin", option: "--speaker", allMatches: false, in: $0) }
    /// let rows = try db.quotes(QuoteFilter(speakers: putin, limit: 20))
    /// ```
    public func quotes(_ filter: QuoteFilter) throws -> [QuoteRow] {
        let query = QuoteQuery.sql(filter)
        return try read { db in
            try Row.fetchAll(db, sql: query.sql, arguments: query.statementArguments).map(QuoteRow.init(row:))
        }
    }

    /// Speakers ranked by how many of their quotes are about any of `entities`, with the first such quote each.
    /// Unresolved speakers are grouped by the words the article used.
    /// With `minimumTargetConfidence`, only targets found at least that surely count (older rows always do).
    public func speakers(about entities: [Int64], limit: Int? = nil,
                         minimumTargetConfidence: Double? = nil) throws -> [SpeakerRank] {
        let sql = """
            SELECT g.entity_id, coalesce(e.name, g.surface) AS speaker, e.kind, g.quotes, q.text, g.sample_id
            FROM (
                SELECT s.entity_id, CASE WHEN s.entity_id IS NULL THEN s.surface END AS surface,
                       count(DISTINCT t.quote_id) AS quotes, min(t.quote_id) AS sample_id
                FROM quote_targets t JOIN quote_speakers s ON s.quote_id = t.quote_id
                WHERE t.entity_id IN (\(QuerySQL.placeholders(entities.count))) AND coalesce(t.confidence, 1) >= ?
                GROUP BY s.entity_id, CASE WHEN s.entity_id IS NULL THEN s.surface END
            ) g
            LEFT JOIN entities e ON e.id = g.entity_id
            JOIN quotes q ON q.id = g.sample_id
            ORDER BY g.quotes DESC, speaker
            LIMIT ?
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(entities.map(\.databaseValue)
                + [(minimumTargetConfidence ?? 0).databaseValue, Int64(limit ?? -1).databaseValue])).map { row in
                SpeakerRank(entity_id: row[0], speaker: row[1], kind: row[2], quotes: row[3], sample: row[4],
                            sample_id: row[5])
            }
        }
    }

    /// Speaker → target edges between resolved entities, most quotes first.
    /// With `minimumTargetConfidence`, an edge counts only quotes whose target was found at least that surely.
    public func network(minQuotes: Int = 1, limit: Int? = nil,
                        minimumTargetConfidence: Double? = nil) throws -> [NetworkEdge] {
        try read { db in
            try Row.fetchAll(db, sql: ExportTable.network.sql + " LIMIT ?",
                             arguments: [minimumTargetConfidence ?? 0, minQuotes, limit ?? -1]).map(NetworkEdge.init(row:))
        }
    }
}

extension NetworkEdge {
    init(row: Row) {
        speaker_id = row[0]
        speaker = row[1]
        speaker_kind = row[2]
        target_id = row[3]
        target = row[4]
        target_kind = row[5]
        quotes = row[6]
    }
}
