import GRDB

/// A user's decisions about who is who: `quotebase entities merge|split|rename|alias|forget`.
///
/// Each decision is checked first (unknown ids, an entity merged into itself, a split that names no article of the
/// entity: a `QuotebaseError` and nothing written), then stored in `entity_curations` by entity key and article
/// hash, and the database relinked in the same transaction. Every later ingest, load, merge and relink applies it
/// again (`EntityResolution`, rule 8).
public struct EntityCuration: Sendable {
    public let database: QuotebaseDatabase

    public init(database: QuotebaseDatabase) {
        self.database = database
    }

    /// Makes `other` part of `target`: one entity, `target`'s key and, unless renamed, its articles' majority name.
    @discardableResult
    public func merge(_ other: Int64, into target: Int64) throws -> RelinkSummary {
        try curate { db in
            let into = try Self.entity(target, in: db), from = try Self.entity(other, in: db)
            guard target != other else {
                throw QuotebaseError(.invalidArgument, "#\(target)", "cannot merge an entity into itself")
            }
            guard into.kind == from.kind else {
                throw QuotebaseError(.invalidArgument, "#\(other)",
                    "is \(Self.article(from.kind)) \(from.kind) and #\(target) \(Self.article(into.kind)) \(into.kind); kinds must agree")
            }
            try Self.record(db, "merge", key: into.key, other: from.key)
        }
    }

    /// Takes the entity of each of `articles` out of `entity`, each into an entity of its own article.
    @discardableResult
    public func split(_ entity: Int64, articles: [Int64]) throws -> RelinkSummary {
        try curate { db in
            let stored = try Self.entity(entity, in: db)
            guard !articles.isEmpty else {
                throw QuotebaseError(.invalidArgument, "#\(entity)", "a split needs at least one article (--article ID)")
            }
            for article in articles {
                guard let hash = try String.fetchOne(db, sql: "SELECT content_hash FROM articles WHERE id = ?",
                                                     arguments: [article]) else {
                    throw QuotebaseError(.notFound, "article \(article)", "no article has this id")
                }
                let linked = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM article_entities WHERE article_id = ? AND entity_id = ?)
                    """, arguments: [article, entity]) ?? false
                guard linked else {
                    throw QuotebaseError(.invalidArgument, "article \(article)",
                        "does not name #\(entity) \(stored.name); see `quotebase entities --show \(entity)`")
                }
                try Self.record(db, "split", key: stored.key, hash: hash)
            }
        }
    }

    /// Gives `entity` a name of the user's choosing.
    @discardableResult
    public func rename(_ entity: Int64, to name: String) throws -> RelinkSummary {
        try curate { db in
            let stored = try Self.entity(entity, in: db)
            let trimmed = try Self.nonEmpty(name, what: "name")
            try Self.record(db, "rename", key: stored.key, value: trimmed)
        }
    }

    /// Adds an alias by which lookups find `entity`.
    @discardableResult
    public func alias(_ entity: Int64, _ alias: String) throws -> RelinkSummary {
        try curate { db in
            let stored = try Self.entity(entity, in: db)
            let trimmed = try Self.nonEmpty(alias, what: "alias")
            try Self.record(db, "alias", key: stored.key, value: trimmed)
        }
    }

    /// Never makes an entity of this kind and name again: its mentions go, its quotes keep the speaker's words.
    @discardableResult
    public func forget(_ entity: Int64) throws -> RelinkSummary {
        try curate { db in
            let stored = try Self.entity(entity, in: db)
            try Self.record(db, "forget", key: stored.kind + ":" + Normalizer.key(stored.name))
        }
    }

    private func curate(_ body: (Database) throws -> Void) throws -> RelinkSummary {
        try database.write(enforcingChecks: false) { db in
            try body(db)
            return try EntityLinker.relink(in: db)
        }
    }

    private static func entity(_ id: Int64, in db: Database) throws -> (kind: String, name: String, key: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, name, key FROM entities WHERE id = ?", arguments: [id]) else {
            throw QuotebaseError(.notFound, "#\(id)", "no entity has this id; find one with `quotebase entities --search NAME`")
        }
        return (row[0], row[1], row[2])
    }

    private static func nonEmpty(_ text: String, what: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !Normalizer.key(trimmed).isEmpty else {
            throw QuotebaseError(.invalidArgument, "\"\(text)\"", "the \(what) needs a letter or digit")
        }
        return trimmed
    }

    private static func article(_ kind: String) -> String { kind.first.map { "aeiou".contains($0) } == true ? "an" : "a" }

    private static func record(_ db: Database, _ action: String, key: String, other: String? = nil, hash: String? = nil,
                               value: String? = nil) throws {
        try db.execute(sql: """
            INSERT INTO entity_curations (action, entity_key, other_key, article_hash, value) VALUES (?, ?, ?, ?, ?)
            """, arguments: [action, key, other, hash, value])
    }
}

/// One entity in full: `quotebase entities --show ID`.
public struct EntityDetail: Sendable, Hashable, Codable {
    /// One article that names the entity, and why it is linked.
    public struct Link: Sendable, Hashable, Codable {
        public var article_id: Int64
        public var title: String?
        /// The name and kind the article gave it.
        public var name: String?
        public var kind: String
        public var roles: [String]
        public var link: String
    }

    public var id: Int64
    public var kind: String
    public var name: String
    public var key: String
    public var aliases: [String]
    public var articles: [Link]
    /// Curations that name this entity's key.
    public var curations: [String]

    /// The entity `id` with every article that names it; nil when there is none.
    public static func fetch(_ id: Int64, in db: Database) throws -> EntityDetail? {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, name, key FROM entities WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY norm_alias",
                                          arguments: [id])
        var roles: [Int64: [String]] = [:]
        for role in try Row.fetchAll(db, sql: "SELECT article_id, role FROM entity_roles WHERE entity_id = ? ORDER BY article_id, norm_role",
                                     arguments: [id]) {
            roles[role[0], default: []].append(role[1])
        }
        let links = try Row.fetchAll(db, sql: """
            SELECT x.article_id, a.title, x.name, x.kind, x.link FROM article_entities x JOIN articles a ON a.id = x.article_id
            WHERE x.entity_id = ? ORDER BY x.article_id
            """, arguments: [id]).map { row in
            Link(article_id: row[0], title: row[1], name: row[2], kind: row[3], roles: roles[row[0]] ?? [], link: row[4])
        }
        let key: String = row[2]
        let curations = try Row.fetchAll(db, sql: """
            SELECT id, action, coalesce(other_key, article_hash, value, '') FROM entity_curations
            WHERE entity_key = ? OR other_key = ? ORDER BY id
            """, arguments: [key, key]).map { "#\($0[0] as Int64) \($0[1] as String) \($0[2] as String)" }
        return EntityDetail(id: id, kind: row[0], name: row[1], key: key, aliases: aliases, articles: links,
                            curations: curations)
    }

    /// The detail as lines of text.
    public var lines: [String] {
        var lines = ["#\(id) \(name) (\(kind)); key \(key)", "aliases: " + aliases.joined(separator: ", ")]
        if !curations.isEmpty { lines.append("curations: " + curations.joined(separator: "; ")) }
        lines.append("articles (\(articles.count)):")
        for link in articles {
            var line = "  article \(link.article_id)"
            if let title = link.title, !title.isEmpty { line += " \"\(title)\"" }
            line += ": \(link.name ?? "?") (\(link.kind))"
            if !link.roles.isEmpty { line += ", roles " + link.roles.joined(separator: ", ") }
            line += " — " + link.link
            lines.append(line)
        }
        return lines
    }
}
