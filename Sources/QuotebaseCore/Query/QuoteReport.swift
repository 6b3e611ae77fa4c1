import GRDB

/// One row of the `quote_report` view: what the `sqlite3` shell shows a user who never read our Swift.
public struct QuoteReportRow: Sendable, Hashable, Codable, FetchableRecord {
    public var quote_id: Int64
    public var source: String
    public var title: String?
    public var published: String?
    public var speaker: String?
    public var speaker_kind: String?
    public var quote: String
    public var about: String?
    public var kind: String
}

/// An entity with how often it is mentioned, quoted and quoted about.
public struct EntityCount: Sendable, Hashable, Codable, FetchableRecord {
    public var id: Int64
    public var kind: String
    public var name: String
    public var mentions: Int
}

extension QuotebaseDatabase {
    /// The first `limit` rows of `quote_report` that have a speaker, in article order.
    public func quoteReport(limit: Int) throws -> [QuoteReportRow] {
        try read { db in
            try QuoteReportRow.fetchAll(db, sql: """
                SELECT quote_id, source, title, published, speaker, speaker_kind, quote, about, kind
                FROM quote_report WHERE speaker IS NOT NULL ORDER BY quote_id LIMIT ?
                """, arguments: [limit])
        }
    }

    /// The most mentioned entities.
    public func mostMentioned(limit: Int) throws -> [EntityCount] {
        try read { db in
            try EntityCount.fetchAll(db, sql: """
                SELECT e.id, e.kind, e.name, count(*) AS mentions FROM mentions m JOIN entities e ON e.id = m.entity_id
                GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?
                """, arguments: [limit])
        }
    }
}
