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
        /// Where the article was published (`EntityResolution.publication(language:site:)`): a lone surname joins
        /// only a full name given in an article of the same publication.
        public var publication: String

        public init(articleID: Int64, articleHash: String, kind: EntityKind, name: String, surfaces: [String] = [],
                    roles: [String] = [], publication: String = "") {
            self.articleID = articleID
            self.articleHash = articleHash
            self.publication = publication
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
        /// Words that make a name of two words or more ending in one an organization's, never a person's:
        /// corporate forms ("Inc", "Cos", "SpA") and the heads of firms' and bodies' names ("Group", "Bank",
        /// "Stations"). Folded.
        public var organizationSuffixes: Set<String>

        public init(firstNames: Set<String>, titles: Set<String>, roles: Set<String>, commonWords: Set<String>,
                    roleClasses: [String: String] = [:], calendarWords: Set<String> = [],
                    organizationSuffixes: Set<String> = Lexicon.organizationSuffixes) {
            self.calendarWords = calendarWords
            self.organizationSuffixes = organizationSuffixes
            self.firstNames = firstNames
            self.titles = titles
            self.roles = roles
            self.commonWords = commonWords
            self.roleClasses = roleClasses
        }

        /// The words that end organizations' names and no person's (docs/ENTITIES.md, rule 2): legal forms of
        /// companies in the corpora's languages, and nouns that head a firm's or a body's name. None is a surname
        /// a person in the corpora goes by (checked on the person-typed names of the three corpora: "Steel" of
        /// David Steel, "Banks" of Tony Banks and "Holding" are left out for that reason).
        public static let organizationSuffixes: Set<String> = [
            // legal forms
            "inc", "incorporated", "corp", "corporation", "co", "cos", "cie", "company", "companies", "ltd", "limited",
            "plc", "llc", "llp", "lp", "ag", "gmbh", "kg", "nv", "bv", "sa", "spa", "srl", "snc", "sas", "sapa", "scarl",
            "onlus", "coop", "cooperativa", "consorzio",
            // heads of firms' and bodies' names
            "group", "groups", "gruppo", "holdings", "partners", "associates", "brothers", "bros",
            "industries", "industrie", "enterprises", "investments", "securities", "bank", "bancorp",
            "bankshares", "banca", "banco", "trust", "fund", "funds", "capital", "financial", "insurance",
            "assicurazioni", "stations", "broadcasting", "communications", "airlines", "airways", "motors",
            "systems", "technologies", "electronics", "pharmaceuticals", "petroleum", "resources", "mining", "mines",
            "foods", "stores", "chemicals", "laboratories", "labs", "services", "products", "properties", "realty",
            "railroad", "railway", "railways", "shipping", "utilities",
        ]

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

    /// The publication of an article, as rule 5 compares them (docs/ENTITIES.md): its language, and the name of
    /// its site up to a parenthesis or semicolon, where the name ends and notes such as a section begin ("BBC News
    /// (…; section=politics)" → "bbc news"), folded: `en|bbc news`. Either part may be empty (unknown).
    public static func publication(language: String?, site: String?) -> String {
        var name = Substring(site ?? "")
        if let end = name.firstIndex(where: { $0 == "(" || $0 == ";" }) { name = name[..<end] }
        return Normalizer.key(language ?? "") + "|" + Normalizer.key(String(name))
    }

    /// Whether a lone surname of an article of publication `lone` may be the person of a full name given in an
    /// article of publication `full`: the same language, and the same site when both articles name theirs.
    static func samePublication(_ lone: String, _ full: String) -> Bool {
        if lone == full { return true }
        func parts(_ text: String) -> [Substring] {
            let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2 ? parts : [parts.first ?? "", ""]
        }
        return zip(parts(lone), parts(full)).allSatisfy { $0.isEmpty || $1.isEmpty || $0 == $1 }
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
            // A letter alone is an initial ("L.D. Brinkman", "A. Smith"), not the article a word list holds.
            while words.count > 1, words[0].count > 1,
                  lexicon.titles.contains(String(words[0])) || lexicon.commonWords.contains(String(words[0])) {
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

    /// The article entities to resolve, every text stored once (`StringInterner`) and every fact of an article
    /// entity in an array indexed by its number: what `EntityLinker` reads from a database, without a `String` or a
    /// dictionary of strings per row.
    struct Evidence {
        var strings = StringInterner()
        /// Per article, by dense number: the string number of its content hash, and of its publication.
        private(set) var articleHashes: [Int32] = []
        private(set) var articlePublications: [Int32] = []
        private var articleNumbers: [Int64: Int32] = [:]
        /// Per article entity.
        private(set) var articles: [Int32] = []
        private(set) var kinds: [EntityKind] = []
        private(set) var names: [Int32] = []
        /// Entity `i`'s surfaces are `surfaceIDs[surfaceStarts[i]..<surfaceStarts[i + 1]]`; its folded roles likewise.
        private(set) var surfaceStarts: [Int32] = [0]
        var surfaceIDs: [Int32] = []
        private(set) var roleStarts: [Int32] = [0]
        var roleIDs: [Int32] = []

        var count: Int { names.count }

        /// The dense number of the article with this id, the hash (and publication) given the first time it is seen.
        mutating func article(_ id: Int64, hash: (inout StringInterner) -> Int32,
                              publication: (inout StringInterner) -> Int32 = { $0.id("|") }) -> Int32 {
            if let known = articleNumbers[id] { return known }
            let number = Int32(articleHashes.count)
            articleHashes.append(hash(&strings))
            articlePublications.append(publication(&strings))
            articleNumbers[id] = number
            return number
        }

        /// Adds an article entity whose surfaces and roles were appended to `surfaceIDs` and `roleIDs` since the last.
        mutating func addEntity(article: Int32, kind: EntityKind, name: Int32) {
            articles.append(article)
            kinds.append(kind)
            names.append(name)
            surfaceStarts.append(Int32(surfaceIDs.count))
            roleStarts.append(Int32(roleIDs.count))
        }

        func surfaces(_ index: Int) -> ArraySlice<Int32> {
            surfaceIDs[Int(surfaceStarts[index])..<Int(surfaceStarts[index + 1])]
        }

        func roles(_ index: Int) -> ArraySlice<Int32> {
            roleIDs[Int(roleStarts[index])..<Int(roleStarts[index + 1])]
        }
    }

    /// Rule 5, a rarer name shared: a name given by at most this share of the articles is one two articles can
    /// share to say they are about the same people ("Modena", "U.S." are given by more).
    static let sharedNameShare = 0.05
    /// Below this many articles no name is rare enough to tell: the shared-name test holds from there on.
    static let sharedNameMinimumArticles = 200

    /// How many articles of a whole knowledge base give each name (folded), for input that is a sample of one
    /// (`Fixtures/entity-pairs`): rule 5 asks how rare a name is among all articles, which a sample cannot say.
    public struct NameArticleCounts: Sendable {
        public var articles: Int
        public var counts: [String: Int]
        public init(articles: Int, counts: [String: Int]) {
            self.articles = articles
            self.counts = counts
        }
    }

    /// Resolves `entities`; the same input in any order gives the same entities and the same links.
    public static func resolve(_ entities: [ArticleEntity], curations: [Curation] = [], lexicon: Lexicon,
                               nameArticleCounts: NameArticleCounts? = nil) -> Result {
        var evidence = Evidence()
        for entity in entities {
            let article = evidence.article(entity.articleID, hash: { $0.id(entity.articleHash) },
                                           publication: { $0.id(entity.publication) })
            for surface in entity.surfaces { evidence.surfaceIDs.append(evidence.strings.id(surface)) }
            for role in entity.roles { evidence.roleIDs.append(evidence.strings.id(role)) }
            evidence.addEntity(article: article, kind: entity.kind, name: evidence.strings.id(entity.name))
        }
        return resolve(evidence, curations: curations, lexicon: lexicon, nameArticleCounts: nameArticleCounts)
    }

    /// Counts, for each `first` of the pairs `first << 32 | second`, its distinct `second`s, into `counts[first]`.
    private static func countDistinct(_ pairs: inout [UInt64], into counts: inout [Int32]) {
        pairs.sort()
        var previous: UInt64?
        for pair in pairs where pair != previous {
            counts[Int(pair >> 32)] += 1
            previous = pair
        }
    }

    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// For each `first` of the pairs, its distinct `second`s in increasing order.
    private static func groupDistinct(_ pairs: inout [UInt64]) -> [Int32: [Int32]] {
        pairs.sort()
        var groups: [Int32: [Int32]] = [:]
        var previous: UInt64?
        for pair in pairs where pair != previous {
            groups[Int32(truncatingIfNeeded: pair >> 32), default: []].append(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
            previous = pair
        }
        return groups
    }

    /// Resolves the evidence: the rules of the type's documentation, computed once per distinct name and counted
    /// over sorted arrays of numbers.
    static func resolve(_ evidence: Evidence, curations: [Curation] = [], lexicon: Lexicon,
                        nameArticleCounts: NameArticleCounts? = nil) -> Result {
        var strings = evidence.strings
        let count = evidence.count

        // Each distinct name's folded form, words (honorifics dropped), display form and spelling key.
        struct NameFacts {
            var folded: Int32
            var oneWord: Bool
            var words: Range<Int>
            var display: Int32
            /// -1 for a name of fewer than two words.
            var spellingKey: Int32
            /// Two words, or three with a first name or a short particle in the middle.
            var shaped: Bool
        }
        var facts: [NameFacts] = []
        var words: [Int32] = []
        var factOfString = [Int32](repeating: -1, count: strings.count)
        var factOf = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            let name = Int(evidence.names[index])
            if factOfString[name] < 0 {
                let text = strings.strings[name]
                let key = Normalizer.key(text)
                let person = PersonName(text, key: key, lexicon: lexicon)
                let start = words.count
                for word in person.words { words.append(strings.id(word)) }
                let wordCount = person.words.count
                factOfString[name] = Int32(facts.count)
                facts.append(NameFacts(
                    folded: strings.id(key), oneWord: !key.contains(" "), words: start..<words.count,
                    display: strings.id(person.display), spellingKey: wordCount >= 2 ? strings.id(person.spellingKey) : -1,
                    shaped: wordCount == 2 || wordCount == 3
                        && (lexicon.firstNames.contains(String(person.words[1])) || person.words[1].count <= 3)))
            }
            factOf[index] = factOfString[name]
        }
        let stringCount = strings.count
        func fact(_ index: Int) -> NameFacts { facts[Int(factOf[index])] }
        func wordCount(_ index: Int) -> Int { fact(index).words.count }
        func firstWord(_ index: Int) -> Int32 { words[fact(index).words.lowerBound] }
        func lastWord(_ index: Int) -> Int32 { words[fact(index).words.upperBound - 1] }
        var firstNameFlags = [Int8](repeating: -1, count: stringCount)
        func isFirstName(_ word: Int32) -> Bool {
            if firstNameFlags[Int(word)] < 0 {
                firstNameFlags[Int(word)] = lexicon.firstNames.contains(strings.strings[Int(word)]) ? 1 : 0
            }
            return firstNameFlags[Int(word)] == 1
        }
        let articles = evidence.articles, originalKinds = evidence.kinds

        // Words that close organization names in more articles than people's ("Holdings", "Statistics"): a one-word
        // "person" of that word is an organization, and a "full name" ending in it no candidate for a lone surname.
        var organizationEndings = [Int32](repeating: 0, count: stringCount)
        var pairs: [UInt64] = []
        for index in 0..<count where originalKinds[index] == .organization && wordCount(index) >= 2 {
            pairs.append(pair(lastWord(index), articles[index]))
        }
        countDistinct(&pairs, into: &organizationEndings)

        // 1. Kinds, by the number of articles that read each name each way.
        let kindNumbers: [EntityKind: Int] = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, $0) })
        var readings = [[Int32]](repeating: [Int32](repeating: 0, count: stringCount), count: EntityKind.allCases.count)
        for kind in EntityKind.allCases {
            pairs.removeAll(keepingCapacity: true)
            for index in 0..<count where originalKinds[index] == kind { pairs.append(pair(fact(index).folded, articles[index])) }
            countDistinct(&pairs, into: &readings[kindNumbers[kind]!])
        }
        func readingCount(_ kind: EntityKind, _ folded: Int32) -> Int { Int(readings[kindNumbers[kind]!][Int(folded)]) }
        // Articles with a person of this surname (two words or more), and those or a person named by the word alone.
        var personSurnameArticles = [Int32](repeating: 0, count: stringCount)
        var personOrSurnameArticles = [Int32](repeating: 0, count: stringCount)
        pairs.removeAll(keepingCapacity: true)
        for index in 0..<count where originalKinds[index] == .person && wordCount(index) >= 2 {
            pairs.append(pair(lastWord(index), articles[index]))
        }
        countDistinct(&pairs, into: &personSurnameArticles)
        for index in 0..<count where originalKinds[index] == .person && fact(index).oneWord {
            pairs.append(pair(fact(index).folded, articles[index]))
        }
        countDistinct(&pairs, into: &personOrSurnameArticles)

        // A name of two words or more ending in an organization's word ("Williams Cos", "Fox Television
        // Stations") is an organization whatever the article or the majority read.
        var suffixFlags = [Int8](repeating: -1, count: stringCount)
        func organizationShaped(_ index: Int) -> Bool {
            guard wordCount(index) >= 2 else { return false }
            let word = lastWord(index)
            if suffixFlags[Int(word)] < 0 {
                suffixFlags[Int(word)] = lexicon.organizationSuffixes.contains(strings.strings[Int(word)]) ? 1 : 0
            }
            return suffixFlags[Int(word)] == 1
        }
        var kinds = originalKinds
        var kindNotes = [String?](repeating: nil, count: count)
        for index in 0..<count where originalKinds[index] != .country {
            let kind = originalKinds[index], name = fact(index), folded = name.folded
            if organizationShaped(index) {
                if kind == .person {
                    kinds[index] = .organization
                    kindNotes[index] = "read as a person here; \"\(strings.strings[Int(lastWord(index))])\" ends "
                        + "organizations' names"
                }
            } else if kind != .person {
                let person = name.oneWord ? Int(personOrSurnameArticles[Int(folded)]) : readingCount(.person, folded)
                let other = readingCount(.organization, folded) + readingCount(.location, folded)
                if person > other {
                    kinds[index] = .person
                    kindNotes[index] = "read as \(kind.rawValue) here, as a person in \(person) of \(person + other) articles"
                }
            } else if name.oneWord {
                let person = Int(personOrSurnameArticles[Int(folded)])
                let closes = Int(organizationEndings[Int(folded)])
                if closes > person {
                    kinds[index] = .organization
                    kindNotes[index] = "read as a person here; the word closes organization names in \(closes) articles, "
                        + "people's in \(person)"
                }
            } else {
                let person = readingCount(.person, folded)
                for other in [EntityKind.organization, .location] where readingCount(other, folded) > person {
                    kinds[index] = other
                    kindNotes[index] = "read as a person here, as \(other.rawValue) in \(readingCount(other, folded)) of "
                        + "\(readingCount(other, folded) + person) articles"
                    break
                }
            }
        }

        // 2. Full names, and how often each word opens or closes one.
        // A full name is a candidate for a lone surname when it is a name beyond doubt: its first word is a first
        // name, or two articles or more give it.
        var roleClassOf: [Int32: Int32] = [:]
        func roleClasses(_ index: Int) -> [Int32] {
            evidence.roles(index).map { role in
                if let known = roleClassOf[role] { return known }
                let text = strings.strings[Int(role)]
                let roleClass = lexicon.roleClasses[text].map { strings.id($0) } ?? role
                roleClassOf[role] = roleClass
                return roleClass
            }
        }
        var fullNameArticles = [Int32](repeating: 0, count: stringCount)
        var opensWithFirstName = [Bool](repeating: false, count: stringCount)
        var rolePairs: [UInt64] = []
        pairs.removeAll(keepingCapacity: true)
        for index in 0..<count where kinds[index] == .person && wordCount(index) >= 2 {
            let key = fact(index).spellingKey
            pairs.append(pair(key, articles[index]))
            for roleClass in roleClasses(index) { rolePairs.append(pair(key, roleClass)) }
            if isFirstName(firstWord(index)) { opensWithFirstName[Int(key)] = true }
        }
        countDistinct(&pairs, into: &fullNameArticles)
        let fullNameRoles = groupDistinct(&rolePairs)
        var namesOpening = [Int32](repeating: 0, count: stringCount)
        var candidatePairs: [UInt64] = []
        /// Article and surname → the one full name of the article with that surname, or -1 when there are several.
        var fullKeyInArticle: [UInt64: Int32] = [:]
        pairs.removeAll(keepingCapacity: true)
        var publicationPairs: [UInt64] = []
        for index in 0..<count where kinds[index] == .person && wordCount(index) >= 2 {
            let name = fact(index), key = name.spellingKey, surname = lastWord(index)
            pairs.append(pair(firstWord(index), key))
            publicationPairs.append(pair(key, evidence.articlePublications[Int(articles[index])]))
            let inArticle = pair(articles[index], surname)
            if let known = fullKeyInArticle[inArticle] {
                if known != key { fullKeyInArticle[inArticle] = -1 }
            } else {
                fullKeyInArticle[inArticle] = key
            }
            if (opensWithFirstName[Int(key)] && name.shaped || fullNameArticles[Int(key)] >= 2)
                && organizationEndings[Int(surname)] <= personSurnameArticles[Int(surname)] {
                candidatePairs.append(pair(surname, key))
            }
        }
        countDistinct(&pairs, into: &namesOpening)
        let fullKeysBySurname = groupDistinct(&candidatePairs)
        // Per full name: the publications of the articles that give it. A lone surname joins only a full name given
        // in its own publication: on the three corpora nearly every join across them was wrong ("Leahy" of Tesco
        // in the BBC to Patrick Leahy of Reuters, "Hague", "Moody", "Anzola" of Modena to a Venezuelan minister).
        let fullKeyPublications = groupDistinct(&publicationPairs)
        var compatiblePublications: [UInt64: Bool] = [:]
        func givenInPublication(_ fullKey: Int32, of article: Int32) -> Bool {
            let lone = evidence.articlePublications[Int(article)]
            return (fullKeyPublications[fullKey] ?? []).contains { full in
                let key = pair(lone, full)
                if let known = compatiblePublications[key] { return known }
                let same = samePublication(strings.strings[Int(lone)], strings.strings[Int(full)])
                compatiblePublications[key] = same
                return same
            }
        }
        // Per word: the organization-shaped names it opens ("Newmont" → Newmont Mining, "Salomon" → Salomon Brothers).
        var firmPairs: [UInt64] = []
        for index in 0..<count where kinds[index] == .organization && organizationShaped(index) {
            firmPairs.append(pair(firstWord(index), fact(index).folded))
        }
        let firmsOpening = groupDistinct(&firmPairs)
        // Per word: the articles that give it alone as a person, with no full name of that surname beside it.
        var loneArticles = [Int32](repeating: 0, count: stringCount)
        pairs.removeAll(keepingCapacity: true)
        for index in 0..<count where kinds[index] == .person && wordCount(index) == 1 {
            let word = firstWord(index)
            if fullKeyInArticle[pair(articles[index], word)] == nil { pairs.append(pair(word, articles[index])) }
        }
        countDistinct(&pairs, into: &loneArticles)

        // Article and word → the firm of the article whose name has that word ("Sells" of "Deloitte Haskins and
        // Sells", "Korth" of "P.W. Korth and Co"), or -1 when several firms of the article have it. A firm is an
        // organization whose name ends in an organization's word or joins names with "and".
        var firmInArticle: [UInt64: Int32] = [:]
        let connectors: Set<String> = ["and", "e", "und", "et", "y"]
        for index in 0..<count where kinds[index] == .organization && wordCount(index) >= 2 {
            let nameWords = words[fact(index).words]
            let shaped = organizationShaped(index)
                || nameWords.dropFirst().dropLast().contains { connectors.contains(strings.strings[Int($0)]) }
            guard shaped else { continue }
            for word in nameWords {
                let text = strings.strings[Int(word)]
                guard !connectors.contains(text), !lexicon.organizationSuffixes.contains(text),
                      !lexicon.commonWords.contains(text) else { continue }
                let key = pair(articles[index], word)
                if let known = firmInArticle[key] {
                    if known >= 0, fact(Int(known)).folded != fact(index).folded { firmInArticle[key] = -1 }
                } else {
                    firmInArticle[key] = Int32(index)
                }
            }
        }

        // 5b. What an article shares with another: the names both give (of any kind) that few articles give. A
        // lone surname with no role to say whose it is joins its only full name only when its article shares such a
        // name with an article of that full name (docs/ENTITIES.md, rule 5, "a rarer name shared").
        // Below the size the test needs, none of its tables is built.
        let knowledgeBaseArticles = nameArticleCounts?.articles ?? evidence.articleHashes.count
        let testsSharedNames = knowledgeBaseArticles >= Self.sharedNameMinimumArticles
        var articleNamePairs: [UInt64] = []
        var fullKeyArticlePairs: [UInt64] = []
        for index in 0..<count where testsSharedNames {
            articleNamePairs.append(pair(articles[index], fact(index).folded))
            if kinds[index] == .person && wordCount(index) >= 2 {
                fullKeyArticlePairs.append(pair(fact(index).spellingKey, articles[index]))
            }
        }
        let namesOfArticle = groupDistinct(&articleNamePairs)
        var articlesNaming = [Int32](repeating: 0, count: testsSharedNames ? stringCount : 0)
        for (_, names) in namesOfArticle { for name in names { articlesNaming[Int(name)] += 1 } }
        if let known = nameArticleCounts {
            for name in articlesNaming.indices where articlesNaming[name] > 0 {
                articlesNaming[name] = Int32(known.counts[strings.strings[name]] ?? Int(articlesNaming[name]))
            }
        }
        let articlesOfFullKey = groupDistinct(&fullKeyArticlePairs)
        let rareNameLimit = max(2, Int32(Double(knowledgeBaseArticles) * Self.sharedNameShare))
        func sharesARareName(_ article: Int32, withArticlesOf fullKey: Int32, besides word: Int32) -> Bool {
            guard testsSharedNames else { return true }
            guard let own = namesOfArticle[article] else { return false }
            for other in articlesOfFullKey[fullKey] ?? [] where other != article {
                guard let theirs = namesOfArticle[other] else { continue }
                var i = own.startIndex, j = theirs.startIndex
                while i < own.endIndex, j < theirs.endIndex {
                    if own[i] < theirs[j] { i += 1 } else if own[i] > theirs[j] { j += 1 } else {
                        let name = own[i]
                        if name != word, articlesNaming[Int(name)] <= rareNameLimit { return true }
                        i += 1
                        j += 1
                    }
                }
            }
            return false
        }

        // 3–5. Keys, coded as numbers (`KeyCode`) and spelled once per distinct key.
        enum KeyCode {
            static func person(_ key: Int32) -> UInt64 { 1 << 61 | UInt64(key) }
            static func surname(_ word: Int32) -> UInt64 { 2 << 61 | UInt64(word) }
            static func first(_ word: Int32, article: Int32) -> UInt64 { 3 << 61 | UInt64(word) << 30 | UInt64(article) }
            static func initials(_ key: Int32, article: Int32) -> UInt64 { 4 << 61 | UInt64(key) << 30 | UInt64(article) }
            static func kind(_ kind: Int, _ folded: Int32) -> UInt64 { UInt64(4 + kind) << 58 | UInt64(folded) }
        }
        var keyNumbers: [UInt64: Int32] = [:]
        var keyStrings: [String] = []
        func keyNumber(_ code: UInt64, _ spell: () -> String) -> Int32 {
            if let known = keyNumbers[code] { return known }
            let number = Int32(keyStrings.count)
            keyStrings.append(spell())
            keyNumbers[code] = number
            return number
        }
        var keys = [Int32](repeating: 0, count: count)
        var reasons = [String](repeating: "", count: count)
        for index in 0..<count {
            let name = fact(index), kind = kinds[index]
            var key: Int32
            var reason: String
            if kind == .person, name.words.count >= 2,
               words[name.words].allSatisfy({ strings.strings[Int($0)].unicodeScalars.count == 1 }) {
                // "A. N.", "D. M.": initials say whom only in their article.
                let article = articles[index]
                key = keyNumber(KeyCode.initials(name.spellingKey, article: article)) {
                    "initials:" + strings.strings[Int(name.spellingKey)] + "@"
                        + strings.strings[Int(evidence.articleHashes[Int(article)])]
                }
                reason = "initials only: the entity of this article alone"
            } else if kind == .person, name.words.count >= 2 {
                key = keyNumber(KeyCode.person(name.spellingKey)) { "person:" + strings.strings[Int(name.spellingKey)] }
                reason = "full name"
            } else if kind == .person, !name.words.isEmpty {
                let word = words[name.words.lowerBound]
                let surnameOf = fullKeysBySurname[word] ?? []
                let firstNameOf = Int(namesOpening[Int(word)])
                let firstName = isFirstName(word) ? firstNameOf >= surnameOf.count : firstNameOf > surnameOf.count
                let inArticle = fullKeyInArticle[pair(articles[index], word)]
                let roles = Set(roleClasses(index))
                // The full names given in this article's publication: only those may be whom it means.
                let nearby = inArticle != nil || surnameOf.isEmpty ? surnameOf
                    : surnameOf.filter { givenInPublication($0, of: articles[index]) }
                let fitting = roles.isEmpty ? [] : nearby.filter { !(fullNameRoles[$0] ?? []).allSatisfy { !roles.contains($0) } }
                let written = strings.strings[Int(evidence.names[index])]
                func person(_ fullKey: Int32) -> Int32 {
                    keyNumber(KeyCode.person(fullKey)) { "person:" + strings.strings[Int(fullKey)] }
                }
                func surname() -> Int32 { keyNumber(KeyCode.surname(word)) { "surname:" + strings.strings[Int(word)] } }
                if let only = inArticle, only >= 0 {
                    // Within the article first: its own full name with this surname says who it is.
                    key = person(only)
                    reason = "surname of the full name in the same article"
                } else if inArticle == nil, let firm = firmInArticle[pair(articles[index], word)], firm >= 0 {
                    // "Sells said" beside "Deloitte Haskins and Sells", with no person of that surname here: the firm.
                    let folded = fact(Int(firm)).folded
                    key = keyNumber(KeyCode.kind(kindNumbers[.organization]!, folded)) {
                        EntityKind.organization.rawValue + ":" + strings.strings[Int(folded)]
                    }
                    kinds[index] = .organization
                    reason = "a word of the firm \"\(strings.strings[Int(evidence.names[Int(firm)])])\" of the same article"
                } else if written.count >= 3, written.uppercased() == written, written.lowercased() != written {
                    // A headline's capitals hide whether the word is a name at all ("GABELLI OFFER").
                    key = surname()
                    reason = "surname only, in capitals; not linked beyond its article"
                } else if fitting.count == 1, let only = fitting.first {
                    // "il pm Graziano": a role before one word makes it a surname, and the role says whose.
                    key = person(only)
                    reason = "surname and role (\(roles.map { strings.strings[Int($0)] }.sorted().joined(separator: ", "))) "
                        + "of the only full name with both"
                } else if firstName {
                    let article = articles[index]
                    key = keyNumber(KeyCode.first(word, article: article)) {
                        "first:" + strings.strings[Int(word)] + "@" + strings.strings[Int(evidence.articleHashes[Int(article)])]
                    }
                    reason = "first name only: the entity of this article alone"
                } else if nearby.count == 1, let only = nearby.first,
                          loneArticles[Int(word)] <= fullNameArticles[Int(only)],
                          sharesARareName(articles[index], withArticlesOf: only, besides: name.folded) {
                    key = person(only)
                    reason = (surnameOf.count == 1 ? "surname of the only full name with it"
                        : "surname of the only full name with it in its publication")
                        + (testsSharedNames ? ", and a rarer name of its articles" : "")
                } else if nearby.count == 1, let only = nearby.first,
                          loneArticles[Int(word)] <= fullNameArticles[Int(only)] {
                    key = surname()
                    reason = "surname only; its only full name (\(strings.strings[Int(only)])) is in articles that share "
                        + "no rarer name with this one"
                } else if nearby.count == 1, let only = nearby.first {
                    // A person is introduced by full name in the articles about them: a word that stands alone in
                    // more articles than its only full name is named in is mostly something else ("Sears",
                    // "Honda", "Statistics").
                    key = surname()
                    reason = "surname only; it stands alone in \(loneArticles[Int(word)]) articles, its only full name "
                        + "(\(strings.strings[Int(only)])) is in \(fullNameArticles[Int(only)])"
                } else if surnameOf.isEmpty, let firms = firmsOpening[word], firms.count == 1, let firm = firms.first {
                    // "Newmont said": no person has that surname, and one firm's name opens with it.
                    key = keyNumber(KeyCode.kind(kindNumbers[.organization]!, firm)) {
                        EntityKind.organization.rawValue + ":" + strings.strings[Int(firm)]
                    }
                    kinds[index] = .organization
                    reason = "no person has this surname; the first word of the only firm named so "
                        + "(\(strings.strings[Int(firm)]))"
                } else {
                    key = surname()
                    reason = surnameOf.isEmpty ? "surname only; no full name has it"
                        : nearby.isEmpty ? "surname only; its full names (\(surnameOf.count)) are given in other publications"
                        : "surname only; \(nearby.count) full names share it"
                }
            } else {
                let kindNumber = kindNumbers[kind]!
                key = keyNumber(KeyCode.kind(kindNumber, name.folded)) { kind.rawValue + ":" + strings.strings[Int(name.folded)] }
                reason = "same name"
            }
            if let note = kindNotes[index] { reason += "; " + note }
            keys[index] = key
            reasons[index] = reason
        }

        // 6. Curations, in the order they were made.
        var forgotten: Set<UInt64> = []
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
            case .forget:
                // '<kind>:<folded name>': only names some article entity has can match one.
                let parts = curation.entityKey.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count == 2, let kind = EntityKind(rawValue: String(parts[0])),
                   let folded = strings.existingID(String(parts[1])) {
                    forgotten.insert(KeyCode.kind(kindNumbers[kind]!, folded))
                }
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
        var finalNumbers: [String: Int32] = [:]
        var finalKeys: [String] = []
        func finalNumber(_ key: String) -> Int32 {
            if let known = finalNumbers[key] { return known }
            let number = Int32(finalKeys.count)
            finalKeys.append(key)
            finalNumbers[key] = number
            return number
        }
        var finalOfKey = [Int32](repeating: -1, count: keyStrings.count)
        var mergedKey = [Bool](repeating: false, count: keyStrings.count)
        var assignment = [Int32](repeating: -1, count: count)
        for index in 0..<count {
            if !forgotten.isEmpty, forgotten.contains(KeyCode.kind(kindNumbers[kinds[index]]!, fact(index).folded)) {
                reasons[index] = "forgotten by the user"
                continue
            }
            let key = Int(keys[index])
            if !splits.isEmpty, let hashes = splits[keyStrings[key]] {
                let hash = strings.strings[Int(evidence.articleHashes[Int(articles[index])])]
                if hashes.contains(hash) {
                    reasons[index] = "split off by the user"
                    let split = "split:" + keyStrings[key] + "@" + hash
                    let merged = representative(split)
                    if merged != split { reasons[index] += "; merged by the user" }
                    assignment[index] = finalNumber(merged)
                    continue
                }
            }
            if finalOfKey[key] < 0 {
                let merged = representative(keyStrings[key])
                mergedKey[key] = merged != keyStrings[key]
                finalOfKey[key] = finalNumber(merged)
            }
            if mergedKey[key] { reasons[index] += "; merged by the user" }
            assignment[index] = finalOfKey[key]
        }

        // The entities: kind, name and aliases by majority over their articles, ties broken by the text itself.
        var memberStarts = [Int](repeating: 0, count: finalKeys.count + 1)
        for final in assignment where final >= 0 { memberStarts[Int(final) + 1] += 1 }
        for number in 0..<finalKeys.count { memberStarts[number + 1] += memberStarts[number] }
        var members = [Int32](repeating: 0, count: memberStarts[finalKeys.count])
        var filled = memberStarts
        for (index, final) in assignment.enumerated() where final >= 0 {
            members[filled[Int(final)]] = Int32(index)
            filled[Int(final)] += 1
        }
        // Per distinct surface: its folded form, whether it may be an alias at all, and its words as a person's name.
        struct SurfaceFacts {
            var folded: Int32
            var mayBeAlias: Bool
            var words: [Int32]
            var oneWord: Bool
        }
        var surfaceFacts: [Int32: SurfaceFacts] = [:]
        func surface(_ id: Int32) -> SurfaceFacts {
            if let known = surfaceFacts[id] { return known }
            let text = strings.strings[Int(id)]
            // Most surfaces are some article entity's name too, whose folded form and words are known.
            let named = Int(id) < factOfString.count ? Int(factOfString[Int(id)]) : -1
            let key = named >= 0 ? strings.strings[Int(facts[named].folded)] : Normalizer.key(text)
            var mayBeAlias = !key.isEmpty && !lexicon.roles.contains(key) && !lexicon.commonWords.contains(key)
            if mayBeAlias {
                let written = text.split(separator: " ")
                func capitalized(_ word: Substring?) -> Bool { word?.first.map { $0.isUppercase || $0.isNumber } ?? false }
                mayBeAlias = capitalized(written.first) && capitalized(written.last)
            }
            let personWords = !mayBeAlias ? []
                : named >= 0 ? Array(words[facts[named].words])
                : PersonName(text, key: key, lexicon: lexicon).words.map { strings.id($0) }
            let found = SurfaceFacts(folded: named >= 0 ? facts[named].folded : strings.id(key), mayBeAlias: mayBeAlias,
                                     words: personWords, oneWord: !key.contains(" "))
            surfaceFacts[id] = found
            return found
        }
        let emptyKey = strings.id("")
        var result: [Entity] = []
        result.reserveCapacity(finalKeys.count)
        var position = [Int](repeating: 0, count: finalKeys.count)
        let order = finalKeys.indices.sorted { finalKeys[$0] < finalKeys[$1] }
        for number in order {
            let key = finalKeys[number]
            let indexes = members[memberStarts[number]..<memberStarts[number + 1]].map(Int.init)
            let kind = majority(indexes.map { kinds[$0] }, rank: { $0.rawValue })
            let isPerson = kind == .person
            let fullNames = indexes.filter { wordCount($0) >= 2 }
            let nameSources = isPerson && !fullNames.isEmpty ? fullNames : indexes
            var nameID = majority(nameSources.map { isPerson ? fact($0).display : evidence.names[$0] }, rank: { id in
                let text = strings.strings[Int(id)]
                return padded(text.split(separator: " ").count, 3) + padded(text.count, 6) + text
            })
            if let curated = renamed[key] { nameID = strings.id(curated) }
            let name = strings.strings[Int(nameID)]
            var nameWords: Set<Int32> = []
            for index in nameSources { nameWords.formUnion(words[fact(index).words]) }
            var spellings: [Int32: [Int32]] = [:]
            // Surface → its folded form, or -1 when it is no alias: a big entity's articles repeat the same few names.
            var checked: [Int32: Int32] = [:]
            func offer(_ id: Int32, fromUser: Bool = false) {
                if !fromUser, let known = checked[id] {
                    if known >= 0 { spellings[known, default: []].append(id) }
                    return
                }
                let found = surface(id)
                guard found.folded != emptyKey else { return }
                if !fromUser {
                    var ok = found.mayBeAlias && (!isPerson || found.words.allSatisfy { nameWords.contains($0) })
                    // An organization's or place's one-word alias that more articles read as a person ("Reagan"
                    // of "Reagan administration") is that person's name, not this entity's.
                    if ok, !isPerson, found.oneWord, Int(found.folded) < stringCount,
                       Int(personOrSurnameArticles[Int(found.folded)]) > readingCount(kind, found.folded) {
                        ok = false
                    }
                    checked[id] = ok ? found.folded : -1
                    if !ok { return }
                }
                spellings[found.folded, default: []].append(id)
            }
            offer(nameID, fromUser: true)
            for index in indexes {
                offer(isPerson ? fact(index).display : evidence.names[index])
                for surface in evidence.surfaces(index) { offer(surface) }
            }
            for alias in extraAliases[key] ?? [] { offer(strings.id(alias), fromUser: true) }
            let nameKey = surface(nameID).folded
            let aliases = spellings.keys.sorted { strings.strings[Int($0)] < strings.strings[Int($1)] }.map { folded -> String in
                folded == nameKey ? name : strings.strings[Int(majority(spellings[folded]!, rank: { strings.strings[Int($0)] }))]
            }
            position[number] = result.count
            result.append(Entity(key: key, kind: kind, name: name, aliases: aliases))
        }
        return Result(entities: result, assignment: assignment.map { $0 >= 0 ? position[Int($0)] : nil }, reasons: reasons)
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
