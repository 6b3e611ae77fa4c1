/// Cross-article entity resolution: which entities of which articles are one real person, organization or place.
///
/// A pure function of its input (docs/ENTITIES.md): every article's own entities, the user's curations and the
/// name lexicon. Every decision rests on counts over the whole input, never on which article came first, so the
/// result does not depend on ingest order. `EntityLinker` applies it to a database.
///
/// The rules, in order:
/// 1. Kinds: a name read as a person in more articles than as an organization or place is a person everywhere
///    (a one-word name counts the articles that give a person of that surname too); a full name read as an
///    organization or place in more articles than as a person is that. Countries are never changed.
/// 2. A person's full name (two words or more, honorifics dropped) is its key; spellings that differ only in
///    spaces, hyphens or apostrophes ("Gian Carlo" / "Giancarlo") are one key. Different full names never merge.
/// 3. A one-word person that is mostly a first name ("Stefano") stays the entity of its own article.
/// 4. A one-word surname joins the full name with that surname in the same article, if there is one; else
///    ("Blair") the one full name with that surname when exactly one exists; otherwise
///    it stays a surname-only entity shared by the articles that give only that surname.
/// 5. Organizations, countries and places are keyed by kind and folded name.
/// 6. Curations: forget, split, merge, then rename and alias.
public enum EntityResolution {
    /// One entity as one article's analysis found it.
    public struct ArticleEntity: Sendable, Hashable {
        public var articleID: Int64
        /// The article's content hash: first-name entities and splits are keyed by it, which survives re-ingest.
        public var articleHash: String
        public var kind: EntityKind
        /// The article's fullest name for it ("Vladimir Putin", "Belarus").
        public var name: String
        /// The names the article's mentions use for it (roles and pronouns are filtered out here).
        public var surfaces: [String]
        /// The folded roles the article gives it ("sindaco", "president").
        public var roles: [String]

        public init(articleID: Int64, articleHash: String, kind: EntityKind, name: String, surfaces: [String] = [],
                    roles: [String] = []) {
            self.articleID = articleID
            self.articleHash = articleHash
            self.kind = kind
            self.name = name
            self.surfaces = surfaces
            self.roles = roles
        }
    }

    /// A user's decision, as stored in `entity_curations`.
    public struct Curation: Sendable, Hashable {
        public enum Action: String, Sendable, CaseIterable { case merge, split, rename, alias, forget }
        public var id: Int64
        public var action: Action
        public var entityKey: String
        public var otherKey: String?
        public var articleHash: String?
        public var value: String?

        public init(id: Int64, action: Action, entityKey: String, otherKey: String? = nil, articleHash: String? = nil,
                    value: String? = nil) {
            self.id = id
            self.action = action
            self.entityKey = entityKey
            self.otherKey = otherKey
            self.articleHash = articleHash
            self.value = value
        }
    }

    /// The words that are never a name on their own, and the first names.
    public struct Lexicon: Sendable {
        public var firstNames: Set<String>
        /// Honorifics and role words that may precede a name ("mr", "president", "sindaco").
        public var titles: Set<String>
        /// Folded role phrases: never an alias.
        public var roles: Set<String>
        /// Function words, month and day names and other common words: never an alias alone, nor the first or
        /// last word of a person's name ("Reagan Friday" is Reagan).
        public var commonWords: Set<String>
        /// Role phrase → role class, so that "presidente" and "president" agree.
        public var roleClasses: [String: String]
        /// Day and month names.
        public var calendarWords: Set<String>

        public init(firstNames: Set<String>, titles: Set<String>, roles: Set<String>, commonWords: Set<String>,
                    roleClasses: [String: String] = [:], calendarWords: Set<String> = []) {
            self.calendarWords = calendarWords
            self.firstNames = firstNames
            self.titles = titles
            self.roles = roles
            self.commonWords = commonWords
            self.roleClasses = roleClasses
        }

        /// The gazetteer's lists.
        static let shared = standard()

        /// The gazetteer's lists, plus `roles` (the roles a database stores).
        static func standard(roles extra: some Sequence<String> = []) -> Lexicon {
            let gazetteer = EntityGazetteer.shared
            var roles = Set(gazetteer.roles.keys)
            roles.formUnion(extra)
            var titles = gazetteer.honorifics
            for role in roles where !role.contains(" ") { titles.insert(role) }
            return Lexicon(firstNames: gazetteer.firstNames, titles: titles, roles: roles,
                           commonWords: gazetteer.notNames.union(gazetteer.calendarWords), roleClasses: gazetteer.roles,
                           calendarWords: gazetteer.calendarWords)
        }
    }

    /// One resolved entity.
    public struct Entity: Sendable, Hashable {
        public var key: String
        public var kind: EntityKind
        public var name: String
        /// Every name it goes by, the canonical one included, at most one spelling per folded form.
        public var aliases: [String]
    }

    public struct Result: Sendable {
        public var entities: [Entity]
        /// For each input entity, in input order: its index in `entities`, or nil when forgotten.
        public var assignment: [Int?]
        /// For each input entity: why it is linked where it is.
        public var reasons: [String]
    }

    /// A name split into folded words, honorifics dropped ("Mr. Tony Blair" → tony, blair).
    struct PersonName {
        var words: [Substring]
        /// The words of the name as written, without the dropped honorifics.
        var display: String

        init(_ name: String, lexicon: Lexicon) {
            self.init(name, key: Normalizer.key(name), lexicon: lexicon)
        }

        /// With `key`, `Normalizer.key(name)`, already made.
        init(_ name: String, key: String, lexicon: Lexicon) {
            var words = key.split(separator: " ")
            var dropped = 0, droppedAtEnd = 0
            while words.count > 1, lexicon.titles.contains(String(words[0])) || lexicon.commonWords.contains(String(words[0])) {
                words.removeFirst()
                dropped += 1
            }
            // "President Reagan Friday": a day or month after a name is the sentence going on.
            while words.count > 1, lexicon.calendarWords.contains(String(words[words.count - 1])) {
                words.removeLast()
                droppedAtEnd += 1
            }
            self.words = words
            spellingKey = words.count >= 2 ? String(String.UnicodeScalarView(words.joined().unicodeScalars.filter { $0 != "'" })) : ""
            let written = name.split(separator: " ")
            display = dropped + droppedAtEnd > 0 && written.count == words.count + dropped + droppedAtEnd
                ? written.dropFirst(dropped).dropLast(droppedAtEnd).joined(separator: " ") : name
        }

        /// Spaces, hyphens and apostrophes do not tell two spellings apart (made for names of two words or more).
        var spellingKey: String
        var surname: String { String(words.last ?? "") }
        var firstName: String { String(words.first ?? "") }
    }

    /// Resolves `entities`; the same input in any order gives the same entities and the same links.
    public static func resolve(_ entities: [ArticleEntity], curations: [Curation] = [], lexicon: Lexicon) -> Result {
        let folded = entities.map { Normalizer.key($0.name) }
        let names = zip(entities, folded).map { PersonName($0.name, key: $1, lexicon: lexicon) }
        // Words that close organization names in more articles than people's ("Holdings", "Statistics"): a one-word
        // "person" of that word is an organization, and a "full name" ending in it no candidate for a lone surname.
        var organizationEndings: [String: Set<Int64>] = [:]
        for index in entities.indices where entities[index].kind == .organization {
            let entity = (articleID: entities[index].articleID, kind: entities[index].kind)
            if let last = names[index].words.last, names[index].words.count >= 2 {
                organizationEndings[String(last), default: []].insert(entity.articleID)
            }
        }

        // 1. Kinds, by the number of articles that read each name each way.
        var articlesByNameKind: [String: [EntityKind: Set<Int64>]] = [:]
        var personSurnameArticles: [String: Set<Int64>] = [:]
        for index in entities.indices {
            let kind = entities[index].kind, article = entities[index].articleID
            articlesByNameKind[folded[index], default: [:]][kind, default: []].insert(article)
            if kind == .person, names[index].words.count >= 2 {
                personSurnameArticles[names[index].surname, default: []].insert(article)
            }
        }
        var kinds = entities.map(\.kind)
        var kindNotes = [String?](repeating: nil, count: entities.count)
        for index in entities.indices where entities[index].kind != .country {
            let entity = (kind: entities[index].kind, articleID: entities[index].articleID)
            let readings = articlesByNameKind[folded[index]] ?? [:]
            func count(_ kind: EntityKind) -> Int { readings[kind]?.count ?? 0 }
            let oneWord = !folded[index].contains(" ")
            if entity.kind != .person {
                var person = readings[.person] ?? []
                if oneWord { person.formUnion(personSurnameArticles[folded[index]] ?? []) }
                let other = count(.organization) + count(.location)
                if person.count > other {
                    kinds[index] = .person
                    kindNotes[index] = "read as \(entity.kind.rawValue) here, as a person in \(person.count) of "
                        + "\(person.count + other) articles"
                }
            } else if oneWord {
                let person = (readings[.person] ?? []).union(personSurnameArticles[folded[index]] ?? [])
                let closes = organizationEndings[folded[index]]?.count ?? 0
                if closes > person.count {
                    kinds[index] = .organization
                    kindNotes[index] = "read as a person here; the word closes organization names in \(closes) articles, "
                        + "people's in \(person.count)"
                }
            } else {
                let person = count(.person)
                for other in [EntityKind.organization, .location] where count(other) > person {
                    kinds[index] = other
                    kindNotes[index] = "read as a person here, as \(other.rawValue) in \(count(other)) of "
                        + "\(count(other) + person) articles"
                    break
                }
            }
        }

        // 2. Full names, and how often each word opens or closes one.
        // A full name is a candidate for a lone surname when it is a name beyond doubt: its first word is a first
        // name, or two articles or more give it.
        var fullNameArticles: [String: Set<Int64>] = [:]
        var fullNameRoles: [String: Set<String>] = [:]
        var opensWithFirstName: Set<String> = []
        func roleClasses(_ index: Int) -> [String] { entities[index].roles.map { lexicon.roleClasses[$0] ?? $0 } }
        for index in entities.indices where kinds[index] == .person && names[index].words.count >= 2 {
            let key = names[index].spellingKey
            fullNameArticles[key, default: []].insert(entities[index].articleID)
            fullNameRoles[key, default: []].formUnion(roleClasses(index))
            if lexicon.firstNames.contains(names[index].firstName) { opensWithFirstName.insert(key) }
        }
        var fullKeysBySurname: [String: Set<String>] = [:]
        var namesOpening: [String: Set<String>] = [:]
        struct ArticleSurname: Hashable { var article: Int64; var surname: String }
        var fullKeysInArticle: [ArticleSurname: Set<String>] = [:]
        for index in entities.indices where kinds[index] == .person && names[index].words.count >= 2 {
            let name = names[index]
            let key = name.spellingKey
            namesOpening[name.firstName, default: []].insert(key)
            fullKeysInArticle[ArticleSurname(article: entities[index].articleID, surname: name.surname), default: []]
                .insert(key)
            let surnameCloses = organizationEndings[name.surname]?.count ?? 0
            let shaped = name.words.count == 2 || name.words.count == 3
                && (lexicon.firstNames.contains(String(name.words[1])) || name.words[1].count <= 3)
            if (opensWithFirstName.contains(key) && shaped || fullNameArticles[key, default: []].count >= 2)
                && surnameCloses <= (personSurnameArticles[name.surname]?.count ?? 0) {
                fullKeysBySurname[name.surname, default: []].insert(key)
            }
        }

        // 3–5. Keys.
        var keys: [String] = []
        var reasons: [String] = []
        keys.reserveCapacity(entities.count)
        for index in entities.indices {
            let entity = (name: entities[index].name, articleID: entities[index].articleID,
                          articleHash: entities[index].articleHash)
            let name = names[index]
            let kind = kinds[index]
            var key: String
            var reason: String
            if kind == .person, name.words.count >= 2 {
                key = "person:" + name.spellingKey
                reason = "full name"
            } else if kind == .person, let word = name.words.first {
                let word = String(word)
                let surnameOf = fullKeysBySurname[word] ?? []
                let firstNameOf = namesOpening[word]?.count ?? 0
                let isFirstName = lexicon.firstNames.contains(word) ? firstNameOf >= surnameOf.count
                                                                     : firstNameOf > surnameOf.count
                let inArticle = fullKeysInArticle[ArticleSurname(article: entity.articleID, surname: word)] ?? []
                let roles = Set(roleClasses(index))
                let fitting = roles.isEmpty ? [] : surnameOf.filter { !(fullNameRoles[$0] ?? []).isDisjoint(with: roles) }
                if inArticle.count == 1, let only = inArticle.first {
                    // Within the article first: its own full name with this surname says who it is.
                    key = "person:" + only
                    reason = "surname of the full name in the same article"
                } else if entity.name.count >= 3, entity.name.uppercased() == entity.name,
                          entity.name.lowercased() != entity.name {
                    // A headline's capitals hide whether the word is a name at all ("GABELLI OFFER").
                    key = "surname:" + word
                    reason = "surname only, in capitals; not linked beyond its article"
                } else if fitting.count == 1, let only = fitting.first {
                    // "il pm Graziano": a role before one word makes it a surname, and the role says whose.
                    key = "person:" + only
                    reason = "surname and role (\(roles.sorted().joined(separator: ", "))) of the only full name with both"
                } else if isFirstName {
                    key = "first:" + word + "@" + entity.articleHash
                    reason = "first name only: the entity of this article alone"
                } else if surnameOf.count == 1, let only = surnameOf.first {
                    key = "person:" + only
                    reason = "surname of the only full name with it"
                } else {
                    key = "surname:" + word
                    reason = surnameOf.isEmpty ? "surname only; no full name has it"
                                               : "surname only; \(surnameOf.count) full names share it"
                }
            } else {
                key = kind.rawValue + ":" + folded[index]
                reason = "same name"
            }
            if let note = kindNotes[index] { reason += "; " + note }
            keys.append(key)
            reasons.append(reason)
        }

        // 6. Curations, in the order they were made.
        var forgotten: Set<String> = []
        var mergedInto: [String: String] = [:]
        var renamed: [String: String] = [:]
        var extraAliases: [String: [String]] = [:]
        func representative(_ key: String) -> String {
            var key = key
            var seen: Set<String> = []
            while let next = mergedInto[key], seen.insert(key).inserted { key = next }
            return key
        }
        var splits: [String: Set<String>] = [:]
        for curation in curations.sorted(by: { $0.id < $1.id }) {
            switch curation.action {
            case .forget: forgotten.insert(curation.entityKey)
            case .split: if let hash = curation.articleHash { splits[curation.entityKey, default: []].insert(hash) }
            case .merge:
                if let other = curation.otherKey {
                    let target = representative(curation.entityKey), source = representative(other)
                    if target != source { mergedInto[source] = target }
                }
            case .rename: if let value = curation.value { renamed[curation.entityKey] = value }
            case .alias: if let value = curation.value { extraAliases[curation.entityKey, default: []].append(value) }
            }
        }
        var assignmentKeys: [String?] = []
        for index in entities.indices {
            let entity = (articleHash: entities[index].articleHash, kind: entities[index].kind)
            if forgotten.contains(kinds[index].rawValue + ":" + folded[index]) {
                assignmentKeys.append(nil)
                reasons[index] = "forgotten by the user"
                continue
            }
            var key = keys[index]
            if splits[key]?.contains(entity.articleHash) == true {
                key = "split:" + key + "@" + entity.articleHash
                reasons[index] = "split off by the user"
            }
            let merged = representative(key)
            if merged != key { reasons[index] += "; merged by the user" }
            assignmentKeys.append(merged)
        }

        // The entities: kind, name and aliases by majority over their articles, ties broken by the text itself.
        var members: [String: [Int]] = [:]
        for (index, key) in assignmentKeys.enumerated() { if let key { members[key, default: []].append(index) } }
        var result: [Entity] = []
        var position: [String: Int] = [:]
        for key in members.keys.sorted() {
            let indexes = members[key]!
            let kind = majority(indexes.map { kinds[$0] }, rank: { $0.rawValue })
            let isPerson = kind == .person
            let fullNames = indexes.filter { names[$0].words.count >= 2 }
            let nameSources = isPerson && !fullNames.isEmpty ? fullNames : indexes
            var name = majority(nameSources.map { isPerson ? names[$0].display : entities[$0].name },
                                rank: { padded($0.split(separator: " ").count, 3) + padded($0.count, 6) + $0 })
            if let curated = renamed[key] { name = curated }
            let nameWords = Set(nameSources.flatMap { names[$0].words.map(String.init) })
            var spellings: [String: [String]] = [:]
            // Surface → its key, or "" when it is no alias: a big entity's articles repeat the same few names.
            var checked: [String: String] = [:]
            func offer(_ surface: String, fromUser: Bool = false) {
                if !fromUser, let known = checked[surface] {
                    if !known.isEmpty { spellings[known, default: []].append(surface) }
                    return
                }
                let key = Normalizer.key(surface)
                guard !key.isEmpty else { return }
                if !fromUser {
                    let ok = Self.isAlias(surface, key: key, ofPersonNamed: isPerson ? nameWords : nil, lexicon: lexicon)
                    checked[surface] = ok ? key : ""
                    if !ok { return }
                }
                spellings[key, default: []].append(surface)
            }
            offer(name, fromUser: true)
            for index in indexes {
                offer(isPerson ? names[index].display : entities[index].name)
                for surface in entities[index].surfaces { offer(surface) }
            }
            for alias in extraAliases[key] ?? [] { offer(alias, fromUser: true) }
            let nameKey = Normalizer.key(name)
            let aliases = spellings.keys.sorted().map { folded -> String in
                folded == nameKey ? name : majority(spellings[folded]!, rank: { $0 })
            }
            position[key] = result.count
            result.append(Entity(key: key, kind: kind, name: name, aliases: aliases))
        }
        return Result(entities: result, assignment: assignmentKeys.map { $0.flatMap { position[$0] } },
                      reasons: reasons)
    }

    /// Whether `surface` (folded: `key`) may be an alias: a name (first and last word capitalized: "Republic of
    /// Belarus", "Dick de Bruyn"), no role or common word, and for a person (`personWords`, the words of its full
    /// names) made only of words of its name, so that "Madre" or "Spokesman" never is.
    static func isAlias(_ surface: String, key: String, ofPersonNamed personWords: Set<String>?, lexicon: Lexicon) -> Bool {
        guard !key.isEmpty, !lexicon.roles.contains(key), !lexicon.commonWords.contains(key) else { return false }
        let written = surface.split(separator: " ")
        guard [written.first, written.last].allSatisfy({ $0?.first.map { $0.isUppercase || $0.isNumber } ?? false })
        else { return false }
        guard let personWords else { return true }
        let words = PersonName(surface, key: key, lexicon: lexicon).words
        return words.allSatisfy { personWords.contains(String($0)) }
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The most frequent value; among equally frequent ones, the one with the largest `rank`.
    private static func majority<T: Hashable>(_ values: [T], rank: (T) -> String) -> T {
        if values.count == 1 { return values[0] }
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        if counts.count == 1 { return values[0] }
        var best: (value: T, count: Int, rank: String)?
        for (value, count) in counts {
            if let current = best, count < current.count { continue }
            let valueRank = rank(value)
            if let current = best, count == current.count, valueRank <= current.rank { continue }
            best = (value, count, valueRank)
        }
        return best!.value
    }
}
