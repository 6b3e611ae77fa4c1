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
    let names: [String: [Entry]]
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
        // Apostrophes split tokens the way the tokenizer does ("Consiglio d'Europa" → `consiglio d europa`).
        let key = Normalizer.key(text)
        // In ASCII every character is one byte (a key holds no CR), so splitting the bytes gives the same words.
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            return key.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x27 }).map { String(Substring($0)) }
                .joined(separator: " ")
        }
        return key.split(whereSeparator: { $0 == " " || $0 == "'" }).joined(separator: " ")
    }

    /// The tab-separated fields of a resource line. A tab is a control character, which always stands alone as
    /// a `Character`, so splitting the bytes gives what splitting the characters would, without walking them.
    private static func fields(_ line: Substring) -> [Substring] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
    }

    private static func lines(_ name: String) -> [Substring] {
        guard let base = Bundle.module.url(forResource: "Resources", withExtension: nil),
              var text = try? String(contentsOf: base.appendingPathComponent("gazetteer/\(name)"), encoding: .utf8)
        else {
            preconditionFailure("missing resource gazetteer/\(name): the QuotebaseCore bundle is incomplete")
        }
        // Split on the byte, found with memchr: breaking 40,000 lines into characters took a quarter of the load.
        let lineOffsets: [Range<Int>] = text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            while start < bytes.count {
                let end = UnsafeBufferPointer(rebasing: bytes[start...]).firstOffset(of: 0x0A).map { start + $0 } ?? bytes.count
                if end > start, bytes[start] != UInt8(ascii: "#") { lines.append(start..<end) }
                start = end + 1
            }
            return lines
        }
        let utf8 = text.utf8
        return lineOffsets.map { offsets in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)])
        }
    }

    /// The words of a phrase key, which `phraseKey` joins with single spaces.
    private static func wordsOfKey(_ key: String) -> [String] {
        key.utf8.split(separator: 0x20).map { String(Substring($0)) }
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
        var names: [String: [Entry]] = [:]
        var longest: [String: Int] = [:]
        /// Records in `table` the phrase's length in words under its first word, when it is the longest so far.
        func noteLength(_ key: String, in table: inout [String: Int]) {
            // A phrase key's words are joined by single spaces.
            let utf8 = key.utf8
            guard !utf8.isEmpty else { return }
            let first = String(Substring(utf8[..<(utf8.firstIndex(of: 0x20) ?? utf8.endIndex)]))
            let words = 1 + utf8.lazy.filter { $0 == 0x20 }.count
            table[first] = max(table[first] ?? 0, words)
        }
        for line in lines("names.tsv") {
            let cols = fields(line)
            guard cols.count >= 3, let kind = EntityKind(rawValue: String(cols[2])) else { continue }
            let flags = cols.count > 3 ? cols[3].split(separator: " ") : []
            let surface = String(cols[0])
            let entry = Entry(
                surface: surface, canonical: String(cols[1]), kind: kind,
                isAdjective: flags.contains("adj"), matchesLowercase: flags.contains("lc"),
                takesPlace: flags.contains("inst"), requiresAllCaps: isAcronym(surface))
            let key = phraseKey(surface)
            guard !key.isEmpty else { continue }
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
        for (key, entries) in names {
            names[key] = entries.sorted { (rank($0), $0.surface) < (rank($1), $1.surface) }
        }

        var firstNames = Set<String>()
        for line in lines("first_names.txt") { firstNames.insert(Normalizer.key(line)) }

        var notNames = Set<String>(), calendar = Set<String>()
        for line in lines("not_names.tsv") {
            let cols = fields(line).filter { !$0.isEmpty }
            guard cols.count == 2 else { continue }
            let words = cols[1].split(separator: "|").map { Normalizer.key($0) }
            if cols[0].hasPrefix("calendar:") { calendar.formUnion(words) } else { notNames.formUnion(words) }
        }

        var roles: [String: String] = [:], honorifics = Set<String>(), particles = Set<String>()
        var verbs = Set<String>(), longestVerb: [String: Int] = [:]
        for line in lines("person_cues.tsv") {
            let cols = fields(line).filter { !$0.isEmpty }
            guard cols.count == 3 else { continue }
            for surface in cols[2].split(separator: "|") {
                let key = phraseKey(String(surface))
                guard !key.isEmpty else { continue }
                switch cols[0] {
                case "role":
                    roles[key] = String(cols[1])
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

        var words: [String: WordFacts] = [:]
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
            names: names, longestPhrase: longest, firstNames: firstNames, notNames: notNames,
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
