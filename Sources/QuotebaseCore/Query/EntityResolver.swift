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

    /// What a NAME was taken to stand for: `chosen`, and the candidates that fit too but were set aside because
    /// one person dominates them, which the CLI names on stderr.
    public struct Choice: Sendable {
        public var chosen: [EntityCandidate]
        /// The dominant speaker, when one was taken (`dominantSpeaker`); `chosen` then holds it and the entities of
        /// the articles that give only the name (surname-only), and no other person.
        public var dominant: EntityCandidate?
        public var setAside: [EntityCandidate] = []
        /// The dominant person's share of the quotes said by the candidates that are someone.
        public var share: Double?

        /// Several entities fit and none dominates: the CLI lists them with exit status 2.
        public var isAmbiguous: Bool { chosen.count > 1 && dominant == nil }
    }

    /// A `--speaker` NAME that several speaking entities fit stands for the full-name person who said at least this
    /// share of the quotes all of them said (docs/ENTITIES.md, "Lookups"): a reading of the name is then right for
    /// at least nine of ten of the quotes it could mean, and the others are named on stderr.
    public static let dominantShare = 0.9
    /// ... and at least this many quotes: below, one or two misattributed quotes swing the share.
    public static let dominantMinimumQuotes = 10

    /// The entities `name` stands for, after the preferences above: one, or several when it stays ambiguous.
    static func chosen(for name: String, preferSpeakers: Bool, in db: Database) throws -> [EntityCandidate] {
        try choice(for: name, preferSpeakers: preferSpeakers, in: db).chosen
    }

    /// The entities `name` stands for, and those a dominant speaker set aside.
    public static func choice(for name: String, preferSpeakers: Bool, in db: Database) throws -> Choice {
        var found = try matches(for: name, in: db)
        if preferSpeakers, found.count > 1 {
            let speaking = found.filter { $0.quotesSaid > 0 }
            if !speaking.isEmpty { found = speaking }
        }
        guard found.count > 1 else { return Choice(chosen: found) }
        let named = found.filter { $0.matchedBy == "name" }
        if named.count == 1, let only = named.first, !(only.key.hasPrefix("surname:") || only.key.hasPrefix("first:")) {
            return Choice(chosen: [only])
        }
        // A full name someone is called by beats the lone surname of a full name no one is called.
        let exact = found.filter { $0.matchedBy == "name" || $0.matchedBy == "alias" }
        if !exact.isEmpty, found.contains(where: { $0.matchedBy == "surname only" }) {
            found = exact.sorted(by: activity)
            if found.count == 1 { return Choice(chosen: found) }
        }
        found.sort(by: activity)
        if preferSpeakers, let dominant = dominantSpeaker(among: found) {
            let someone = found.filter { !isLoneSurname($0) }
            let total = someone.reduce(0) { $0 + $1.quotesSaid }
            let lone = found.filter(isLoneSurname)
            return Choice(chosen: [dominant] + lone, dominant: dominant,
                          setAside: found.filter { $0.id != dominant.id && !isLoneSurname($0) },
                          share: Double(dominant.quotesSaid) / Double(total))
        }
        return Choice(chosen: found)
    }

    /// A surname-only entity: the articles that give only that word, whoever they mean.
    static func isLoneSurname(_ candidate: EntityCandidate) -> Bool { candidate.key.hasPrefix("surname:") }

    /// The full-name person among `candidates` (two or more) who said at least `dominantShare` of the quotes said
    /// by the candidates that are someone (full-name people, first-name-only people of one article, organizations
    /// and places), and at least `dominantMinimumQuotes`; nil when no one does. Surname-only entities are no one
    /// in particular: they do not count, and they go with the dominant reading ("Reagan" alone, when Ronald is the
    /// only Reagan who speaks under a full name).
    static func dominantSpeaker(among candidates: [EntityCandidate]) -> EntityCandidate? {
        let someone = candidates.filter { !isLoneSurname($0) }
        guard candidates.count > 1,
              let top = someone.max(by: { ($0.quotesSaid, $1.id) < ($1.quotesSaid, $0.id) }),
              top.kind == EntityKind.person.rawValue, top.key.hasPrefix("person:"),
              top.quotesSaid >= dominantMinimumQuotes
        else { return nil }
        let total = someone.reduce(0) { $0 + $1.quotesSaid }
        return Double(top.quotesSaid) >= dominantShare * Double(total) ? top : nil
    }

    /// The ids `name` stands for. Several matches are an `.ambiguousName` error listing the candidates (exit code 2
    /// in the CLI) unless `allMatches`; no match is a `.notFound` error that suggests close names. When a dominant
    /// speaker set other candidates aside, `note` is told which (the CLI writes it on stderr).
    ///
    /// - Parameter option: the flag the name came from (`--speaker`), named in messages; `--speaker` prefers
    ///   entities that speak.
    public static func resolve(_ name: String, option: String, allMatches: Bool, in db: Database,
                               note: (String) -> Void = { _ in }) throws -> [Int64] {
        let choice = try choice(for: name, preferSpeakers: option == "--speaker", in: db)
        let subject = option.isEmpty ? name : "\(option) \(name)"
        let found = choice.chosen
        if found.isEmpty {
            let close = try suggestions(for: name, in: db)
            throw QuotebaseError(.notFound, subject, "no entity has this name, alias or surname"
                + (close.isEmpty ? "; list them with `quotebase entities --search`"
                                 : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?"))
        }
        if allMatches { return (found + choice.setAside).map(\.id) }
        if choice.isAmbiguous {
            throw QuotebaseError(.ambiguousName, subject,
                "matches \(found.count) entities; name one by its full name or #ID, or pass --all-matches:\n"
                + describe(found))
        }
        if let dominant = choice.dominant, let share = choice.share {
            let percent = Int((share * 100).rounded(.down))
            let lone = found.filter { $0.id != dominant.id }
            var text = "note: \(subject): taken as #\(dominant.id) \(dominant.name)"
            if !choice.setAside.isEmpty {
                text += ", who said \(percent)% of the quotes of the \(choice.setAside.count + 1) entities it names"
            } else {
                text += ", the only one it names who speaks under a full name"
            }
            if !lone.isEmpty {
                text += ", with the \(lone.reduce(0) { $0 + $1.quotesSaid }) quotes of articles that give only "
                    + "\"\(lone[0].name)\" (#\(lone.map { String($0.id) }.joined(separator: ", #")))"
            }
            if choice.setAside.isEmpty {
                note(text + "; `quotebase entities --search \(name)` lists every entity of that name")
            } else {
                note(text + "; the others (name one by its full name or #ID, or pass --all-matches for all):\n"
                    + describe(choice.setAside))
            }
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
