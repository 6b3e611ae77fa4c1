import Foundation

/// The gazetteer and lexicons of `Resources/gazetteer/`, loaded once and shared read-only.
///
/// Every key is a phrase of token keys joined by one space, each token key made by `Normalizer.key`, so the
/// recognizer looks phrases up by the same keys its tokenizer produces ("Stati Uniti" → `stati uniti`,
/// "U.S." → `u s`, "dell’Ue" → tokens `dell`, `ue`).
struct EntityGazetteer: Sendable {
    struct Entry: Sendable, Hashable {
        var surface: String
        var canonical: String
        var kind: EntityKind
        /// A demonym adjective: matched in any case and counted as a mention of its country.
        var isAdjective: Bool
        /// May be written in lower case ("i carabinieri", "la procura").
        var matchesLowercase: Bool
        /// An institution that takes a place after "di"/"of": "Comune di Carpi".
        var takesPlace: Bool
        /// The alias is an acronym in capitals ("US", "WHO"): only an all-caps surface matches it.
        var requiresAllCaps: Bool
    }

    /// Phrase key → entries, best first (countries, then organizations, then places).
    let names: NameTable
    /// First token key → the longest phrase (in tokens) starting with it, in `names` or `roles`.
    let longestPhrase: [String: Int]
    let firstNames: Set<String>
    /// Function words and boilerplate that are never a name alone, all languages together.
    let notNames: Set<String>
    /// Month and day names: not names at a sentence start, but "Sabato Simonetti" mid-sentence is a person.
    let calendarWords: Set<String>
    /// Role phrase key → role class ("portavoce" → spokesman, "prime minister" → premier).
    let roles: [String: String]
    let honorifics: Set<String>
    let particles: Set<String>
    /// Speech-verb phrase keys ("ha detto", "said"); first token → longest phrase length.
    let speechVerbs: Set<String>
    let longestSpeechVerb: [String: Int]
    /// Every key above and of the recognizer's word lists → what all those tables say about it.
    let words: WordTable

    static let shared: EntityGazetteer = EntityGazetteer.load()

    static func phraseKey(_ text: String) -> String {
        // `Normalizer.key` joins its words with single spaces already; apostrophes are what is left to split at, as
        // the tokenizer does ("Consiglio d'Europa" → `consiglio d europa`).
        let key = Normalizer.key(text)
        guard key.utf8.contains(0x27) else { return key }
        return key.split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }

    /// Calls `body` with the tab-separated fields of each line of a resource file, leaving out blank lines and
    /// `#` comments. The files are split as bytes: a tab or a line feed is one byte in UTF-8 and never part of
    /// another character, and walking 40,000 lines as characters was most of the load.
    private static func forEachRecord(in name: String, _ body: (_ fields: [String]) -> Void) {
        guard let base = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let data = try? Data(contentsOf: base.appendingPathComponent("gazetteer/\(name)"))
        else {
            preconditionFailure("missing resource gazetteer/\(name): the QuotebaseCore bundle is incomplete")
        }
        var fields: [String] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                let end = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(of: 0x0A).map { start + $0 } ?? bytes.count
                defer { start = end + 1 }
                guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = start
                while true {
                    let tab = UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]).firstOffset(of: 0x09).map { fieldStart + $0 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<(tab ?? end)]), as: UTF8.self))
                    guard let tab else { break }
                    fieldStart = tab + 1
                }
                body(fields)
            }
        }
    }

    /// The words of a phrase key, which `phraseKey` joins with single spaces.
    private static func wordsOfKey(_ key: String) -> [String] {
        var key = key
        return key.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            while let space = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(of: 0x20) {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + space)]), as: UTF8.self))
                start += space + 1
            }
            words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return words
        }
    }

    /// Two letters or more, all capitals ("US", "WHO").
    private static func isAcronym(_ surface: String) -> Bool {
        var letters = 0
        for scalar in surface.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    private static func load() -> EntityGazetteer {
        // Room for the ~26,000 names up front: growing a dictionary rehashes every key it holds.
        var names = [String: [Entry]](minimumCapacity: 32_768)
        var longest = [String: Int](minimumCapacity: 32_768)
        /// Records in `table` the phrase's length in words under its first word, when it is the longest so far.
        func noteLength(_ key: String, in table: inout [String: Int]) {
            guard !key.isEmpty else { return }
            // A phrase key's words are joined by single spaces; most keys are one word.
            let words = wordsOfKey(key)
            if words.count > table[words[0], default: 0] { table[words[0]] = words.count }
        }
        forEachRecord(in: "names.tsv") { cols in
            guard cols.count >= 3, let kind = EntityKind(rawValue: cols[2]) else { return }
            let flags = cols.count > 3 ? cols[3].split(separator: " ") : []
            let surface = cols[0]
            let entry = Entry(
                surface: surface, canonical: cols[1], kind: kind,
                isAdjective: flags.contains("adj"), matchesLowercase: flags.contains("lc"),
                takesPlace: flags.contains("inst"), requiresAllCaps: isAcronym(surface))
            let key = phraseKey(surface)
            guard !key.isEmpty else { return }
            names[key, default: []].append(entry)
            noteLength(key, in: &longest)
        }
        func rank(_ e: Entry) -> Int {
            switch e.kind {
            case .country: return 0
            case .organization: return 1
            case .location: return 2
            case .person: return 3
            }
        }
        for (key, entries) in names where entries.count > 1 {
            names[key] = entries.sorted { (rank($0), $0.surface) < (rank($1), $1.surface) }
        }

        var firstNames = Set<String>()
        forEachRecord(in: "first_names.txt") { firstNames.insert(Normalizer.key($0[0])) }

        var notNames = Set<String>(), calendar = Set<String>()
        forEachRecord(in: "not_names.tsv") { fields in
            let cols = fields.filter { !$0.isEmpty }
            guard cols.count == 2 else { return }
            let words = cols[1].split(separator: "|").map { Normalizer.key($0) }
            if cols[0].hasPrefix("calendar:") { calendar.formUnion(words) } else { notNames.formUnion(words) }
        }

        var roles: [String: String] = [:], honorifics = Set<String>(), particles = Set<String>()
        var verbs = Set<String>(), longestVerb: [String: Int] = [:]
        forEachRecord(in: "person_cues.tsv") { fields in
            let cols = fields.filter { !$0.isEmpty }
            guard cols.count == 3 else { return }
            for surface in cols[2].split(separator: "|") {
                let key = phraseKey(String(surface))
                guard !key.isEmpty else { continue }
                switch cols[0] {
                case "role":
                    roles[key] = cols[1]
                    noteLength(key, in: &longest)
                case "honorific": honorifics.insert(key)
                case "particle": particles.insert(key)
                case "verb":
                    verbs.insert(key)
                    noteLength(key, in: &longestVerb)
                default: continue
                }
            }
        }

        var words = [String: WordFacts](minimumCapacity: 65_536)
        func mark(_ keys: some Sequence<String>, _ list: WordFacts.Lists) {
            for key in keys { words[key, default: WordFacts()].lists.insert(list) }
        }
        mark(names.keys, .names)
        mark(roles.keys, .roles)
        for key in Array(names.keys) + Array(roles.keys) where key.utf8.contains(0x20) {
            mark(wordsOfKey(key), .phraseWords)
        }
        mark(firstNames, .firstNames)
        mark(notNames, .notNames)
        mark(calendar, .calendarWords)
        mark(honorifics, .honorifics)
        mark(particles, .particles)
        for (list, keys) in RecognitionSession.wordLists { mark(keys, list) }
        for (key, length) in longest { words[key, default: WordFacts()].longestPhrase = length }
        for (key, length) in longestVerb { words[key, default: WordFacts()].longestSpeechVerb = length }
        return EntityGazetteer(
            names: NameTable(names), longestPhrase: longest, firstNames: firstNames, notNames: notNames,
            calendarWords: calendar, roles: roles, honorifics: honorifics, particles: particles,
            speechVerbs: verbs, longestSpeechVerb: longestVerb, words: WordTable(words))
    }
}

/// `EntityGazetteer.words`: every word of the gazetteer and of the recognizer's word lists, with its facts. An entry
/// keeps its key, so a word looked up by its bytes takes the table's string instead of making one.
struct WordTable: Sendable {
    private let table: UTF8KeyTable<(key: String, facts: WordFacts)>

    init(_ words: [String: WordFacts]) {
        table = UTF8KeyTable(words.map { (key: $0.key.utf8, value: (key: $0.key, facts: $0.value)) })
    }

    subscript(key: String) -> WordFacts? { table[key]?.facts }

    /// The key spelled by these UTF-8 bytes, as the table stores it, and its facts.
    func entry(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (key: String, facts: WordFacts)? { table.value(utf8: bytes) }
}

/// `EntityGazetteer.names`: phrase key → entries, looked up as the recognizers do it for every candidate phrase.
/// An ASCII key (nearly all) is found by its bytes in a `UTF8KeyTable`, without hashing a `String`; any other key in
/// the dictionary itself, with Swift's string equality. The table holds every key equal to an ASCII string: the ASCII
/// ones, and any whose canonical decomposition is ASCII (the dictionary cannot hold both), so both ways find
/// exactly what the dictionary would.
struct NameTable: Sendable {
    let all: [String: [EntityGazetteer.Entry]]
    private let ascii: UTF8KeyTable<[EntityGazetteer.Entry]>

    init(_ all: [String: [EntityGazetteer.Entry]]) {
        self.all = all
        var entries: [(key: [UInt8], value: [EntityGazetteer.Entry])] = []
        for (key, value) in all {
            let canonical = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.decomposedStringWithCanonicalMapping
            if canonical.utf8.allSatisfy({ $0 < 0x80 }) { entries.append((key: Array(canonical.utf8), value: value)) }
        }
        ascii = UTF8KeyTable(entries)
    }

    var keys: Dictionary<String, [EntityGazetteer.Entry]>.Keys { all.keys }

    subscript(key: String) -> [EntityGazetteer.Entry]? {
        let original = key
        var key = key
        return key.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return all[original] }
            return ascii.value(utf8: bytes)
        }
    }
}
