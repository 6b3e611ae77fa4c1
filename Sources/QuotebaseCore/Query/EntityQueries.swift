import GRDB

/// An entity with how often it is mentioned, quoted and quoted about: a row of `quotebase entities`.
public struct EntitySummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: String
    public var name: String
    public var aliases: [String]
    public var mentions: Int
    public var quotes_said: Int
    public var quotes_about: Int

    public static let columns = ["id", "kind", "name", "aliases", "mentions", "quotes_said", "quotes_about"]

    public var cells: [Cell] {
        [.integer(id), .text(kind), .text(name), .list(aliases), .integer(Int64(mentions)),
         .integer(Int64(quotes_said)), .integer(Int64(quotes_about))]
    }

    /// Entities with their counts, most active first (mentions + quotes said + quotes about). Each count is one
    /// pass over a covering index, joined to entities once, instead of three lookups per entity.
    static func sql(kindFilter: Bool) -> String {
        """
        SELECT e.id, e.kind, e.name,
               (SELECT group_concat(alias, char(31)) FROM entity_aliases x
                WHERE x.entity_id = e.id AND x.norm_alias <> e.norm_name) AS aliases,
               coalesce(m.n, 0) AS mentions, coalesce(s.n, 0) AS quotes_said, coalesce(t.n, 0) AS quotes_about
        FROM entities e
        LEFT JOIN (SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id) m ON m.entity_id = e.id
        LEFT JOIN (SELECT entity_id, count(DISTINCT quote_id) AS n FROM quote_speakers
                   WHERE entity_id IS NOT NULL GROUP BY entity_id) s ON s.entity_id = e.id
        LEFT JOIN (SELECT entity_id, count(*) AS n FROM quote_targets GROUP BY entity_id) t ON t.entity_id = e.id
        \(kindFilter ? "WHERE e.kind = ?" : "")
        ORDER BY mentions + quotes_said + quotes_about DESC, e.name, e.id
        """
    }

    init(row: Row) {
        id = row[0]
        kind = row[1]
        name = row[2]
        aliases = QuoteRow.list(row[3])
        mentions = row[4]
        quotes_said = row[5]
        quotes_about = row[6]
    }
}

extension QuotebaseDatabase {
    /// Entities, most mentioned and quoted first; `kind` keeps one kind, `limit` the first rows.
    public func entitySummaries(kind: EntityKind? = nil, limit: Int? = nil, offset: Int = 0) throws -> [EntitySummary] {
        var arguments: [DatabaseValue] = []
        if let kind { arguments.append(kind.rawValue.databaseValue) }
        arguments.append((limit ?? -1).databaseValue)
        arguments.append(offset.databaseValue)
        return try read { db in
            try Row.fetchAll(db, sql: EntitySummary.sql(kindFilter: kind != nil) + " LIMIT ? OFFSET ?",
                             arguments: StatementArguments(arguments)).map(EntitySummary.init(row:))
        }
    }
}
