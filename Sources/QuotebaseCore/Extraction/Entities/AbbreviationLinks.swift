/// Links an abbreviation to the entity it abbreviates within one article: after "General Motors" or "United Auto
/// Workers" the article writes "GM" and "UAW", which the gazetteer does not list and the name rules do not see as a
/// name (a short all-caps word). Each such word becomes a mention of the one entity whose name's initials it
/// spells, and an entity "named" only by such a word joins that entity.
///
/// Evidence kept narrow: the long form must be an organization, country or place of this article with at least two
/// capitalized words; the abbreviation spells their initials (function words and a company suffix may be left out:
/// "General Motors Corp" → GM or GMC); two entities with the same initials link neither, unless their names differ
/// only by a company suffix. An all-caps part (a wire
/// headline, "GM <GM> LABOR STRIFE") is skipped: there every word is in capitals.
struct AbbreviationLinks {
    static let lengths = 2...6
    /// Words left out of initials: "Bank of England" → BE as well as BOE.
    static let functionWords: Set<String> = [
        "of", "the", "and", "for", "di", "del", "della", "dei", "degli", "delle", "e", "de", "des", "du", "la", "le",
        "los", "las", "y", "et", "der", "die", "das", "und", "für", "von",
    ]
    static let companySuffixes: Set<String> = ["corp", "co", "inc", "ltd", "plc", "llc", "spa", "ag", "sa", "gmbh"]

    /// `entities` with the abbreviations of `texts` (part → text) linked.
    static func apply(to entities: [ExtractedEntity], texts: [(part: ArticlePart, text: String)]) -> [ExtractedEntity] {
        var byInitials: [String: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() where entity.kind != .person {
            for initials in initialsForms(of: entity.name) { byInitials[initials, default: []].insert(index) }
        }
        guard !byInitials.isEmpty else { return entities }
        // Several entities with these initials are one when their names differ only by a company suffix ("General
        // Motors Corp", "General Motors"): the one mentioned most (then the first) takes the abbreviation.
        func target(of word: String) -> Int? {
            guard let found = byInitials[word], let first = found.min() else { return nil }
            let core = coreName(entities[first].name)
            guard found.allSatisfy({ coreName(entities[$0].name) == core }) else { return nil }
            return found.max { (entities[$0].mentions.count, -$0) < (entities[$1].mentions.count, -$1) }
        }
        var out = entities
        // An entity named only by abbreviations of another one: its mentions move there.
        var absorbed = Set<Int>()
        for (index, entity) in entities.enumerated() where isAbbreviation(entity.name) {
            guard let long = target(of: entity.name), long != index,
                  entity.mentions.allSatisfy({ isAbbreviation($0.surface) }) else { continue }
            out[long].mentions.append(contentsOf: entity.mentions)
            if !out[long].aliases.contains(entity.name) { out[long].aliases.append(entity.name) }
            absorbed.insert(index)
        }
        var covered: [ArticlePart: [Range<Int>]] = [:]
        for entity in entities {
            for m in entity.mentions { covered[m.span.part, default: []].append(m.span.start..<m.span.end) }
        }
        for (part, text) in texts where !isAllCaps(text) {
            for (word, range) in capitalWords(in: text) {
                guard let long = target(of: word), !absorbed.contains(long),
                      !(covered[part] ?? []).contains(where: { $0.overlaps(range) }) else { continue }
                out[long].mentions.append(EntityMention(span: TextSpan(part: part, start: range.lowerBound,
                                                                        end: range.upperBound), surface: word))
                if !out[long].aliases.contains(word) { out[long].aliases.append(word) }
            }
        }
        for k in out.indices { out[k].mentions.sort { $0.span < $1.span } }
        return out.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// The initials an abbreviation of `name` may spell: of every capitalized word, and without function words or a
    /// trailing company suffix. Empty when fewer than two capitalized words remain.
    static func initialsForms(of name: String) -> Set<String> {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count >= 2 else { return [] }
        var forms = Set<String>()
        func initials(_ ws: [String]) -> String? {
            let letters = ws.compactMap(\.unicodeScalars.first)
            guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
            let s = String(String.UnicodeScalarView(letters))
            return lengths.contains(s.unicodeScalars.count) ? s : nil
        }
        let content = words.filter { !functionWords.contains($0.lowercased()) }
        var trimmed = content
        if let last = trimmed.last, companySuffixes.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            trimmed.removeLast()
        }
        for ws in [content, trimmed] {
            if let s = initials(ws) { forms.insert(s) }
        }
        // "Bank of England" → BOE: function words spelled too, when every word is then capitalized or a function word.
        let spelled = words.compactMap(\.unicodeScalars.first).map { String($0).uppercased() }.joined()
        if content.count >= 2, content.allSatisfy({ $0.unicodeScalars.first!.properties.isUppercase }),
           lengths.contains(spelled.count) {
            forms.insert(spelled)
        }
        return forms
    }

    /// The name without function words, case and a trailing company suffix.
    static func coreName(_ name: String) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
            .filter { !functionWords.contains($0) }
        if let last = words.last, companySuffixes.contains(last.trimmingCharacters(in: .punctuationCharacters)) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    static func isAbbreviation(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return lengths.contains(scalars.count) && scalars.allSatisfy { $0.isCapitalLetter }
    }

    /// Most letters of the text are capitals: a wire headline or a shouting title.
    static func isAllCaps(_ text: String) -> Bool {
        var upper = 0, lower = 0
        for s in text.unicodeScalars where s.isLetter {
            if s.isCapitalLetter { upper += 1 } else if s.isSmallLetter { lower += 1 }
        }
        return upper > lower
    }

    /// Words of 2–6 capital letters standing alone (not inside a longer word, not joined by a dot or a hyphen to
    /// letters as in "U.S." or "GMAC-like"), with their scalar ranges.
    static func capitalWords(in text: String) -> [(word: String, range: Range<Int>)] {
        let scalars = Array(text.unicodeScalars)
        var out: [(String, Range<Int>)] = []
        var k = 0
        while k < scalars.count {
            guard TaggerTokenizer.isLetterOrDigit(scalars[k]) else { k += 1; continue }
            var e = k
            while e < scalars.count, TaggerTokenizer.isLetterOrDigit(scalars[e]) { e += 1 }
            // "U.S.", "GMAC-like": part of a longer written word.
            func joins(_ s: Unicode.Scalar, _ neighbour: Int) -> Bool {
                (s == "." || s == "-") && neighbour >= 0 && neighbour < scalars.count
                    && scalars[neighbour].isLetter
            }
            // Most words are no abbreviation: test the scalars before making a string of them.
            if lengths.contains(e - k), scalars[k..<e].allSatisfy(\.isCapitalLetter),
               !((k > 0 && joins(scalars[k - 1], k - 2)) || (e < scalars.count && joins(scalars[e], e + 1))) {
                out.append((String(String.UnicodeScalarView(scalars[k..<e])), k..<e))
            }
            k = e
        }
        return out
    }
}
