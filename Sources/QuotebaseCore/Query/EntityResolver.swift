import Foundation
import GRDB

/// An entity a user's NAME matched, with the counts that help a user pick among several.
public struct EntityCandidate: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: String
    public var name: String
    /// How the NAME matched: `id`, `name`, `alias` or `surname`.
    public var matchedBy: String
    public var mentions: Int
    public var quotesSaid: Int
    public var quotesAbout: Int
}

/// Turns what a user types ("putin", "Bielorússia", "Cremlino", "#12") into stored entities.
///
/// Lookups go through `Normalizer.key`, the same folding that filled `entities.norm_name` and
/// `entity_aliases.norm_alias`, so case, diacritics and typographic apostrophes never matter. Matches are tried in
/// tiers and the first tier that finds anything wins, so the canonical "Russia" is not made ambiguous by another
/// entity that merely has "Russia" among its aliases:
///
/// 1. `#ID`: the entity with that id;
/// 2. the canonical name (`entities.norm_name`);
/// 3. any alias (`entity_aliases.norm_alias`): "Bielorussia" → Belarus, "Cremlino" → Kremlin;
/// 4. a person's last name(s): "putin" → Vladimir Putin (only when no name or alias matched).
public enum EntityResolver {
    /// Every entity of the first tier that matches `name` (empty when nothing does).
    public static func candidates(for name: String, in db: Database) throws -> [EntityCandidate] {
        try candidates(for: name, counting: true, in: db)
    }

    /// - Parameter counting: fill in the mention and quote counts, which cost a pass over each entity's rows; a
    ///   plain lookup (`quotes --speaker putin`) skips them so it starts as fast as the `sqlite3` shell.
    static func candidates(for name: String, counting: Bool, in db: Database) throws -> [EntityCandidate] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()) {
            return try fetch("e.id = ?", [id], matchedBy: "id", counting: counting, in: db)
        }
        let key = Normalizer.key(trimmed)
        guard !key.isEmpty else { return [] }
        let tiers: [(condition: String, matchedBy: String)] = [
            ("e.norm_name = ?", "name"),
            ("e.id IN (SELECT entity_id FROM entity_aliases WHERE norm_alias = ?)", "alias"),
            // Folded names contain only letters, digits, ' and single spaces, so LIKE's % and _ cannot appear in key.
            ("e.kind = 'person' AND e.norm_name LIKE '% ' || ?", "surname"),
        ]
        for tier in tiers {
            let found = try fetch(tier.condition, [key], matchedBy: tier.matchedBy, counting: counting, in: db)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The ids `name` stands for. Several matches are an `.ambiguousName` error listing the candidates (exit code 2
    /// in the CLI) unless `allMatches`; no match is a `.notFound` error.
    ///
    /// - Parameter option: the flag the name came from (`--speaker`), named in messages.
    public static func resolve(_ name: String, option: String, allMatches: Bool, in db: Database) throws -> [Int64] {
        let found = try candidates(for: name, counting: false, in: db)
        if found.isEmpty {
            throw QuotebaseError(.notFound, option.isEmpty ? name : "\(option) \(name)",
                "no entity has this name or alias; list them with `quotebase entities`")
        }
        if found.count > 1 && !allMatches {
            throw QuotebaseError(.ambiguousName, option.isEmpty ? name : "\(option) \(name)",
                "matches \(found.count) entities; name one by its full name or #ID, or pass --all-matches:\n"
                + describe(try candidates(for: name, in: db)))
        }
        return found.map(\.id)
    }

    /// One indented line per candidate: `#12  Moscow (location) — 10 mentions, 3 quotes said, 1 about; matched by alias`.
    public static func describe(_ candidates: [EntityCandidate]) -> String {
        candidates.map { c in
            "  #\(c.id)  \(c.name) (\(c.kind)) — \(c.mentions) mentions, \(c.quotesSaid) quotes said, "
                + "\(c.quotesAbout) quotes about; matched by \(c.matchedBy)"
        }.joined(separator: "\n")
    }

    private static func fetch(_ condition: String, _ arguments: StatementArguments, matchedBy: String,
                              counting: Bool, in db: Database) throws -> [EntityCandidate] {
        guard counting else {
            return try Row.fetchAll(db.cachedStatement(sql: "SELECT e.id, e.kind, e.name FROM entities e WHERE \(condition) ORDER BY e.id"),
                                    arguments: arguments).map { row in
                EntityCandidate(id: row[0], kind: row[1], name: row[2], matchedBy: matchedBy,
                                mentions: 0, quotesSaid: 0, quotesAbout: 0)
            }
        }
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, e.kind, e.name,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
                   (SELECT count(DISTINCT s.quote_id) FROM quote_speakers s WHERE s.entity_id = e.id) AS said,
                   (SELECT count(*) FROM quote_targets t WHERE t.entity_id = e.id) AS about
            FROM entities e WHERE \(condition)
            ORDER BY said + about + mentions DESC, e.name, e.id
            """), arguments: arguments).map { row in
            EntityCandidate(id: row[0], kind: row[1], name: row[2], matchedBy: matchedBy,
                            mentions: row[3], quotesSaid: row[4], quotesAbout: row[5])
        }
    }
}
