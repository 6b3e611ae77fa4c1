import GRDB

/// What `quotebase entities --audit` reports about who is who in a knowledge base (docs/ENTITIES.md, "Audit").
public struct EntityAudit: Sendable, Hashable, Codable {
    /// One finding: how many, and a few examples.
    public struct Finding: Sendable, Hashable, Codable {
        public var check: String
        public var count: Int
        public var examples: [String]
    }

    public var personEntities = 0
    /// Quotes with at least one speaker linked to a person.
    public var personQuotes = 0
    /// Person entities with two full-name aliases that cannot be one person's: two surnames, or two first names
    /// neither of which is the other shortened (`samePerson`).
    public var chimeras = 0
    /// Person-attributed quotes said by chimeras.
    public var chimeraQuotes = 0
    public var findings: [Finding] = []
    /// Of the 50 most-quoted people, how many `quotes --speaker SURNAME` finds alone, and how many it lists first.
    public var topPeople = 0
    public var topFoundBySurname = 0
    public var topListedFirstBySurname = 0
    /// Of those found alone, how many through the dominant speaker of a surname other entities share
    /// (`EntityResolver.dominantShare`).
    public var topFoundAsDominant = 0

    public var chimeraShareOfPeople: Double { personEntities == 0 ? 0 : Double(chimeras) / Double(personEntities) }
    public var chimeraShareOfQuotes: Double { personQuotes == 0 ? 0 : Double(chimeraQuotes) / Double(personQuotes) }

    /// How many examples each finding keeps.
    static let exampleCount = 8

    /// Whether two full names can be one person's: the same surname (spaces, hyphens and apostrophes aside:
    /// "De Santis", "Desantis") and first names one of which is the other with words left out or written as
    /// initials ("J. Hugh Liedtke", "Hugh Liedtke"; "Maria Angela", "Maria"). "Richard" and "L.D." Brinkman are
    /// two people, as are any two different first names.
    static func samePerson(_ a: EntityResolution.PersonName, _ b: EntityResolution.PersonName) -> Bool {
        // Within one entity a generation is the same person's ("Nicholas Gallo III" and "Nicholas Gallo" in one
        // article); across articles the resolver keeps father and son apart by it.
        func core(_ name: EntityResolution.PersonName) -> [String] {
            var words = name.words.map(String.init)
            while words.count > 2, let last = words.last, generations.contains(last) { words.removeLast() }
            return words
        }
        func unspaced(_ words: some Sequence<String>) -> String { words.joined().replacingOccurrences(of: "'", with: "") }
        let x = core(a), y = core(b)
        // "Lucia De Santis" and "Lucia Desantis": one surname, written with a space or without.
        if x.last != y.last, !unspaced(x).hasSuffix(unspaced(y.suffix(1))), !unspaced(y).hasSuffix(unspaced(x.suffix(1))) {
            return false
        }
        let first = Array(x.dropLast()), second = Array(y.dropLast())
        if first.joined() == second.joined() { return true }
        return isShortening(first, of: second) || isShortening(second, of: first)
    }

    static let generations: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Whether `short` is `long` with words left out, each word kept or written as its initial.
    static func isShortening(_ short: [String], of long: [String]) -> Bool {
        var rest = long[...]
        for word in short {
            guard let at = rest.firstIndex(where: { $0 == word || (word.count == 1 && $0.hasPrefix(word)) }) else {
                return false
            }
            rest = rest[(at + 1)...]
        }
        return true
    }

    /// Audits the database `db` reads.
    public static func run(in db: Database) throws -> EntityAudit {
        var audit = EntityAudit()
        let storedRoles = try String.fetchSet(db, sql: "SELECT DISTINCT norm_role FROM entity_roles")
        let lexicon = EntityResolution.Lexicon.standard(roles: storedRoles)

        struct Entity { var id: Int64; var kind: String; var name: String; var aliases: [String] = [] }
        var entities: [Int64: Entity] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, kind, name FROM entities") {
            entities[row[0]] = Entity(id: row[0], kind: row[1], name: row[2])
        }
        for row in try Row.fetchAll(db, sql: "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, norm_alias") {
            entities[row[0]]?.aliases.append(row[1])
        }
        var quotesSaid: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT entity_id, count(DISTINCT quote_id) FROM quote_speakers WHERE entity_id IS NOT NULL GROUP BY entity_id
            """) {
            quotesSaid[row[0]] = row[1]
        }
        audit.personQuotes = try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT s.quote_id) FROM quote_speakers s JOIN entities e ON e.id = s.entity_id
            WHERE e.kind = 'person'
            """) ?? 0

        let people = entities.values.filter { $0.kind == "person" }.sorted { $0.id < $1.id }
        audit.personEntities = people.count

        // Chimeras.
        var chimeraExamples: [(quotes: Int, text: String)] = []
        var chimeraIDs: [Int64] = []
        for person in people {
            let names = (person.aliases + [person.name]).map { EntityResolution.PersonName($0, lexicon: lexicon) }
                .filter { $0.words.count >= 2 }
            var incompatible = false
            search: for a in names.indices {
                for b in names.indices where b > a && !Self.samePerson(names[a], names[b]) {
                    incompatible = true
                    break search
                }
            }
            if incompatible {
                chimeraIDs.append(person.id)
                let quotes = quotesSaid[person.id] ?? 0
                chimeraExamples.append((quotes, "#\(person.id) \(person.name) (\(quotes) quotes): "
                                        + person.aliases.prefix(6).joined(separator: ", ")))
            }
        }
        audit.chimeras = chimeraIDs.count
        if !chimeraIDs.isEmpty {
            audit.chimeraQuotes = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT quote_id) FROM quote_speakers WHERE entity_id IN (\(chimeraIDs.map(String.init).joined(separator: ",")))
                """) ?? 0
        }
        audit.findings.append(Finding(check: "person entities with two or more surnames or first names (not one shortened)",
                                      count: chimeraIDs.count,
                                      examples: chimeraExamples.sorted { ($0.quotes, $1.text) > ($1.quotes, $0.text) }
                                          .prefix(exampleCount).map(\.text)))

        // Role and common-noun aliases.
        var roleAliases: [String] = []
        var roleAliasCount = 0
        for entity in entities.values.sorted(by: { $0.id < $1.id }) {
            let nameKey = Normalizer.key(entity.name)
            for alias in entity.aliases {
                let key = Normalizer.key(alias)
                // The same test resolution applies (a role, a common word, or not capitalized like a name), on every
                // alias but the entity's own name.
                if key != nameKey, !EntityResolution.isAlias(alias, key: key, ofPersonNamed: nil, lexicon: lexicon) {
                    roleAliasCount += 1
                    if roleAliases.count < exampleCount { roleAliases.append("#\(entity.id) \(entity.name): \(alias)") }
                }
            }
        }
        audit.findings.append(Finding(check: "role or common-noun aliases", count: roleAliasCount, examples: roleAliases))

        // Names held by entities of different kinds.
        var kindsByName: [String: Set<String>] = [:]
        for entity in entities.values {
            for name in Set(([entity.name] + entity.aliases).map { Normalizer.key($0) }) {
                kindsByName[name, default: []].insert(entity.kind)
            }
        }
        let mixed = kindsByName.filter { $0.value.count >= 2 }.keys.sorted()
        audit.findings.append(Finding(check: "names held by entities of different kinds", count: mixed.count,
                                      examples: mixed.prefix(exampleCount).map { "\($0): " + kindsByName[$0]!.sorted().joined(separator: ", ") }))

        // Probable splits.
        var fullNamesBySurname: [String: Int] = [:]
        var entitiesBySpelling: [String: [Int64]] = [:]
        var loneSurnames: [Entity] = []
        for person in people {
            let name = EntityResolution.PersonName(person.name, lexicon: lexicon)
            if name.words.count >= 2 {
                fullNamesBySurname[name.surname, default: 0] += 1
                entitiesBySpelling[name.spellingKey, default: []].append(person.id)
            } else if name.words.count == 1 {
                loneSurnames.append(person)
            }
        }
        let splitSurnames = loneSurnames.filter {
            let word = Normalizer.key($0.name)
            return !lexicon.firstNames.contains(word) && (fullNamesBySurname[word] ?? 0) > 0
        }
        audit.findings.append(Finding(
            check: "surname-only people while full names with that surname exist", count: splitSurnames.count,
            examples: splitSurnames.sorted { (quotesSaid[$0.id] ?? 0) > (quotesSaid[$1.id] ?? 0) }.prefix(exampleCount).map {
                "#\($0.id) \($0.name) (\(quotesSaid[$0.id] ?? 0) quotes; \(fullNamesBySurname[Normalizer.key($0.name)] ?? 0) full names)"
            }))
        let spellingSplits = entitiesBySpelling.filter { $0.value.count >= 2 }.keys.sorted()
        audit.findings.append(Finding(
            check: "full-name people that differ only in spacing", count: spellingSplits.count,
            examples: spellingSplits.prefix(exampleCount).map { key in
                entitiesBySpelling[key]!.map { "#\($0) \(entities[$0]!.name)" }.joined(separator: " / ")
            }))

        // The 50 most-quoted people, by surname alone.
        let top = people.filter { (quotesSaid[$0.id] ?? 0) > 0 }
            .sorted { ((quotesSaid[$0.id] ?? 0), $1.id) > ((quotesSaid[$1.id] ?? 0), $0.id) }.prefix(50)
        audit.topPeople = top.count
        var missed: [String] = [], notAlone: [String] = []
        for person in top {
            let surname = EntityResolution.PersonName(person.name, lexicon: lexicon).surname
            let choice = try EntityResolver.choice(for: surname, preferSpeakers: true, in: db)
            let chosen = choice.chosen
            // Found alone: the lookup is not ambiguous and takes this entity, and no other but the surname-only
            // entity of the name.
            if !choice.isAmbiguous, chosen.contains(where: { $0.id == person.id }) {
                audit.topFoundBySurname += 1
                if choice.dominant != nil { audit.topFoundAsDominant += 1 }
            } else if notAlone.count < exampleCount {
                let said = chosen.reduce(0) { $0 + $1.quotesSaid }
                notAlone.append("#\(person.id) \(person.name) (\(quotesSaid[person.id] ?? 0) of \(said) quotes) by \"\(surname)\": "
                    + chosen.prefix(4).map { "#\($0.id) \($0.name) \($0.quotesSaid)" }.joined(separator: ", ")
                    + (chosen.count > 4 ? ", and \(chosen.count - 4) more" : ""))
            }
            if chosen.first?.id == person.id { audit.topListedFirstBySurname += 1 } else if missed.count < exampleCount {
                missed.append("#\(person.id) \(person.name) (\(quotesSaid[person.id] ?? 0) quotes) by \"\(surname)\"")
            }
        }
        audit.findings.append(Finding(check: "top-50 people not found alone by their surname",
                                      count: top.count - audit.topFoundBySurname, examples: notAlone))
        audit.findings.append(Finding(check: "top-50 people not listed first by their surname",
                                      count: top.count - audit.topListedFirstBySurname, examples: missed))
        return audit
    }

    /// The report as lines of text.
    public var lines: [String] {
        var lines = [
            "person entities: \(personEntities); person-attributed quotes: \(personQuotes)",
            String(format: "chimeras: %d (%.2f%% of person entities), saying %d quotes (%.2f%% of person quotes)",
                   chimeras, 100 * chimeraShareOfPeople, chimeraQuotes, 100 * chimeraShareOfQuotes),
            "50 most-quoted people found by surname alone: \(topFoundBySurname) of \(topPeople) "
                + "(\(topFoundAsDominant) of them as the dominant speaker of the surname; listed first among candidates: "
                + "\(topListedFirstBySurname))",
        ]
        for finding in findings {
            lines.append("\(finding.check): \(finding.count)")
            lines += finding.examples.map { "  " + $0 }
        }
        return lines
    }
}
