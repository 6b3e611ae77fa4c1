import Foundation
import GRDB

/// Counts that describe a knowledge base: rows per table, articles per language, entities per kind.
public struct Statistics: Sendable, Hashable {
    public var schemaVersion: String?
    public var tableRows: [(table: String, rows: Int)]
    public var articlesPerLanguage: [(lang: String, articles: Int)]
    public var entitiesPerKind: [(kind: String, entities: Int)]
    /// Database file plus its write-ahead log, in bytes.
    public var bytes: Int64

    public static func == (a: Statistics, b: Statistics) -> Bool {
        a.schemaVersion == b.schemaVersion && a.bytes == b.bytes
            && a.tableRows.map(\.table) == b.tableRows.map(\.table) && a.tableRows.map(\.rows) == b.tableRows.map(\.rows)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(schemaVersion); hasher.combine(bytes) }

    public func rows(of table: String) -> Int { tableRows.first { $0.table == table }?.rows ?? 0 }

    static let tables = ["articles", "entities", "entity_aliases", "entity_roles", "mentions", "quotes",
                         "quote_speakers", "quote_targets"]
}

extension QuotebaseDatabase {
    public func statistics() throws -> Statistics {
        let version = try schemaVersion()
        return try read { db in
            let rows = try Statistics.tables.map { table in
                // Table names come from the fixed list above, never from the user.
                (table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
            }
            let languages = try Row.fetchAll(db, sql: "SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY 2 DESC, 1")
                .map { (lang: $0[0] as String, articles: $0[1] as Int) }
            let kinds = try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM entities GROUP BY kind ORDER BY 2 DESC, 1")
                .map { (kind: $0[0] as String, entities: $0[1] as Int) }
            return Statistics(schemaVersion: version, tableRows: rows, articlesPerLanguage: languages,
                              entitiesPerKind: kinds, bytes: fileBytes())
        }
    }

    func fileBytes() -> Int64 {
        [path, path + "-wal"].reduce(Int64(0)) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)??.int64Value ?? 0
            return total + size
        }
    }
}
