import Foundation
import GRDB

/// An entity a user's NAME matched, with the counts that help a user pick among several.
public struct EntityCandidate: Sendable, Hashable, Codable {
    public var id: Int64
    public var kind: String
    public var name: String
    /// The entity's identity key (docs/ENTITIES.md): `person:…`, `surname:…`, `first:…@…`, `organization:…`.
    public var key: String
    /// How the NAME matched: `id`, `name`, `alias`, `surname` or `surname only`.
    public var matchedBy: String
    public var mentions: Int
    public var quotesSaid: Int
    public var quotesAbout: Int
}

/// Turns what a user types ("putin", "Bielorússia", "Cremlino", "#12") into stored entities.
///
/// Lookups go through `Normalizer.key`, the same folding that filled `entities.norm_name` and
/// `entity_aliases.norm_alias`, so case, diacritics and typographic apostrophes never matter. A NAME is matched
/// against every kind at once, and never hides an ambiguity (docs/ENTITIES.md, "Lookups"):
///
/// - `#ID`: the entity with that id;
/// - the canonical name, any alias, and for one word the surname of every full-name person ("blair" → Tony Blair,
///   Cherie Blair and the surname-only "Blair");
/// - for a full name that no entity is called, the surname-only entity of its surname ("Gian Carlo Muzzarelli" →
///   "Muzzarelli" when the articles give only that);
/// - an entity whose canonical name it is wins over those that merely have it as an alias or surname, unless it is
///   itself a lone surname or first name;
/// - for `--speaker`, entities that speak are preferred over those that never do.
public enum EntityResolver {
    /// Every entity that `name` may stand for, best first (empty when nothing does).
    public static func candidates(for name: String, in db: Database) throws -> [EntityCandidate] {
        try search(name, in: db)
    }

    /// Every entity whose name, alias or surname is `name`, with counts, most active first: `entities --search`.
    public static func search(_ name: String, in db: Database) throws -> [EntityCandidate] {
        try matches(for: name, in: db).sorted(by: activity)
    }

    private static func activity(_ a: EntityCandidate, _ b: EntityCandidate) -> Bool {
        let x = a.quotesSaid + a.quotesAbout + a.mentions, y = b.quotesSaid + b.quotesAbout + b.mentions
        return x != y ? x > y : (a.name, a.id) < (b.name, b.id)
    }

    /// All matches of `name`, each once, with the first way it matched.
    static func matches(for name: String, in db: Database) throws -> [EntityCandidate] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()) {
            return try fetch("e.id = ?", [id], matchedBy: "id", in: db)
        }
        let key = Normalizer.key(trimmed)
        guard !key.isEmpty else { return [] }
        var tiers: [(condition: String, argument: String, matchedBy: String)] = [
            ("e.norm_name = ?", key, "name"),
            ("e.id IN (SELECT entity_id FROM entity_aliases WHERE norm_alias = ?)", key, "alias"),
        ]
        let words = key.split(separator: " ")
        if words.count == 1 {
            // Folded names contain only letters, digits, ' and single spaces, so LIKE's % and _ cannot appear in key.
            tiers.append(("e.kind = 'person' AND e.norm_name LIKE '% ' || ?", key, "surname"))
        } else if let last = words.last {
            tiers.append(("e.key = 'surname:' || ?", String(last), "surname only"))
        }
        var found: [EntityCandidate] = []
        var seen: Set<Int64> = []
        for tier in tiers {
            for candidate in try fetch(tier.condition, [tier.argument], matchedBy: tier.matchedBy, in: db)
            where seen.insert(candidate.id).inserted {
                found.append(candidate)
            }
        }
        return found
    }

    /// The entities `name` stands for, after the preferences above: one, or several when it stays ambiguous.
    static func chosen(for name: String, preferSpeakers: Bool, in db: Database) throws -> [EntityCandidate] {
        var found = try matches(for: name, in: db)
        if preferSpeakers, found.count > 1 {
            let speaking = found.filter { $0.quotesSaid > 0 }
            if !speaking.isEmpty { found = speaking }
        }
        guard found.count > 1 else { return found }
        let named = found.filter { $0.matchedBy == "name" }
        if named.count == 1, let only = named.first, !(only.key.hasPrefix("surname:") || only.key.hasPrefix("first:")) {
            return [only]
        }
        // A full name someone is called by beats the lone surname of a full name no one is called.
        let exact = found.filter { $0.matchedBy == "name" || $0.matchedBy == "alias" }
        if !exact.isEmpty, found.contains(where: { $0.matchedBy == "surname only" }) { return exact.sorted(by: activity) }
        return found.sorted(by: activity)
    }

    /// The ids `name` stands for. Several matches are an `.ambiguousName` error listing the candidates (exit code 2
    /// in the CLI) unless `allMatches`; no match is a `.notFound` error that suggests close names.
    ///
    /// - Parameter option: the flag the name came from (`--speaker`), named in messages; `--speaker` prefers
    ///   entities that speak.
    public static func resolve(_ name: String, option: String, allMatches: Bool, in db: Database) throws -> [Int64] {
        let found = try chosen(for: name, preferSpeakers: option == "--speaker", in: db)
        let subject = option.isEmpty ? name : "\(option) \(name)"
        if found.isEmpty {
            let close = try suggestions(for: name, in: db)
            throw QuotebaseError(.notFound, subject, "no entity has this name, alias or surname"
                + (close.isEmpty ? "; list them with `quotebase entities --search`"
                                 : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?"))
        }
        if found.count > 1 && !allMatches {
            throw QuotebaseError(.ambiguousName, subject,
                "matches \(found.count) entities; name one by its full name or #ID, or pass --all-matches:\n"
                + describe(found))
        }
        return found.map(\.id)
    }

    /// Up to three stored names close to `name`: the same first three letters of a word and at most two edits.
    public static func suggestions(for name: String, in db: Database) throws -> [String] {
        let key = Normalizer.key(name)
        guard key.count >= 3 else { return [] }
        let prefix = String(key.prefix(3))
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT name, norm_name FROM entities WHERE norm_name LIKE ? || '%' OR norm_name LIKE '% ' || ? || '%' LIMIT 5000
            """), arguments: [prefix, prefix])
        var scored: [(distance: Int, name: String)] = []
        for row in rows {
            let norm: String = row[1]
            let distance = ([norm] + norm.split(separator: " ").map(String.init))
                .map { editDistance($0, key) }.min() ?? Int.max
            if distance <= 2 { scored.append((distance, row[0])) }
        }
        var names: [String] = []
        for item in scored.sorted(by: { ($0.distance, $0.name) < ($1.distance, $1.name) })
        where !names.contains(item.name) && names.count < 3 {
            names.append(item.name)
        }
        return names
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > 2 { return 3 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var row = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }

    /// At most this many candidates are listed; "and N more" says how many are not.
    public static let listedCandidates = 10

    /// One indented line per candidate, at most `listedCandidates`:
    /// `#12  Moscow (location) — 10 mentions, 3 quotes said, 1 about; matched by alias`.
    public static func describe(_ candidates: [EntityCandidate]) -> String {
        var lines = candidates.prefix(listedCandidates).map { c in
            "  #\(c.id)  \(c.name) (\(c.kind)) — \(c.mentions) mentions, \(c.quotesSaid) quotes said, "
                + "\(c.quotesAbout) quotes about; matched by \(c.matchedBy)"
        }
        if candidates.count > listedCandidates { lines.append("  and \(candidates.count - listedCandidates) more") }
        return lines.joined(separator: "\n")
    }

    private static func fetch(_ condition: String, _ arguments: StatementArguments, matchedBy: String,
                              in db: Database) throws -> [EntityCandidate] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, e.kind, e.name, e.key,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
                   (SELECT count(DISTINCT s.quote_id) FROM quote_speakers s WHERE s.entity_id = e.id) AS said,
                   (SELECT count(*) FROM quote_targets t WHERE t.entity_id = e.id) AS about
            FROM entities e WHERE \(condition)
            ORDER BY e.id
            """), arguments: arguments).map { row in
            EntityCandidate(id: row[0], kind: row[1], name: row[2], key: row[3], matchedBy: matchedBy,
                            mentions: row[4], quotesSaid: row[5], quotesAbout: row[6])
        }
    }
}
