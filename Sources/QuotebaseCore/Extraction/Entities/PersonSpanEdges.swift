/// What the learned tagger puts at the edges of a person's name that is no part of it. The tagger learned from
/// annotated sentences, not from the noise of real article text, where a byline runs into the dateline
/// ("di Luca Apicella MIRANDOLA Seconda rapina…"), a lost full stop joins a name to the next sentence ("analyst
/// Vadim Mitroshin The dispute…") and an affiliation stands before the name ("il ricercatore Unimore Giuseppe
/// Cannazza"). Across a knowledge base each such span is a second spelling of the person, which joins people
/// (docs/ENTITIES.md, the audit's chimeras).
///
/// Words are cut only from the outside in, and never the last one:
/// - at the end: a word in capitals after two words that are not (a dateline, "MSP", "QC"; a Roman numeral
///   stays), with the words after it; a function word ("The", "La", "Nel"), a month or day ("March"), a role
///   ("Kanzler"), and an elided article with a common noun ("L'anziano", "Un'officina"; "D'Alema" stays);
/// - at the start: a function word or sentence adverb ("However Baker"; a particle such as "De" stays), and in a
///   span of three words or more a word that is no first name before one that is ("Unimore Giuseppe
///   Cannazza", "Commodore Mohammed Hoseyn Malekzadegan").
enum PersonSpanEdges {
    struct Word {
        var start: Int
        var end: Int
    }

    /// The bounds of a person span after the cuts, and how many words were cut.
    static func trimmed(start: Int, end: Int, in scalars: [Unicode.Scalar],
                        gazetteer: EntityGazetteer) -> (start: Int, end: Int, cut: Int) {
        var words = self.words(from: start, to: end, in: scalars)
        guard words.count >= 2 else { return (start, end, 0) }
        func text(_ w: Word) -> String { scalars.text(w.start, w.end) }
        var cut = 0
        // A dateline or post-nominal in capitals ends the name, with whatever the span took after it.
        if let caps = words.indices.dropFirst(2).first(where: { isAllCapitals(scalars[words[$0].start..<words[$0].end]) }),
           !words[..<caps].contains(where: { isAllCapitals(scalars[$0.start..<$0.end]) }) {
            cut += words.count - caps
            words.removeLast(words.count - caps)
        }
        while words.count > 2, isNoNameEnd(text(words[words.count - 1]), gazetteer: gazetteer) {
            words.removeLast()
            cut += 1
        }
        while words.count >= 2, opensWithAFunctionWord(text(words[0]), gazetteer: gazetteer),
              scalars[words[1].start].isCapitalLetter, !isAllCapitals(scalars[words[1].start..<words[1].end]) {
            words.removeFirst()
            cut += 1
        }
        while words.count >= 3, opensWithANonName(text(words[0]), before: text(words[1]), gazetteer: gazetteer) {
            words.removeFirst()
            cut += 1
        }
        return (words.first!.start, words.last!.end, cut)
    }

    /// Whether `word`, last in a person span, is the text going on rather than the name.
    static func isNoNameEnd(_ word: String, gazetteer: EntityGazetteer) -> Bool {
        let scalars = Array(word.unicodeScalars)
        if let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           apostrophe > 0, apostrophe + 1 < scalars.count {
            // "L'anziano": an article elided before a common noun; "D'Alema", "O'Brien" are names.
            return scalars[apostrophe + 1].isSmallLetter
        }
        let key = Normalizer.key(word)
        return gazetteer.notNames.contains(key) || gazetteer.calendarWords.contains(key) || isRole(key, gazetteer)
    }

    /// A role, or a German compound ending in one ("Arbeitsminister", "Bundespräsident"); keys are folded.
    static func isRole(_ key: String, _ gazetteer: EntityGazetteer) -> Bool {
        if gazetteer.roles[key] != nil { return true }
        guard !key.contains(" ") else { return false }
        return compoundRoleHeads.contains { key.count > $0.count + 2 && key.hasSuffix($0) }
    }

    static let compoundRoleHeads = ["minister", "ministerin", "prasident", "prasidentin", "kanzler", "kanzlerin",
                                    "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "chef", "chefin"]

    /// A word of two letters or more in capitals that is no Roman numeral ("MIRANDOLA", "MSP"; not "III", "J.").
    static func isAllCapitals(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && !letters.contains(where: \.isSmallLetter)
            && !letters.allSatisfy { "IVXL".unicodeScalars.contains($0) }
    }

    /// A sentence's first word the tagger took into the name after it ("However Baker", "Alla Rando"); a
    /// particle ("De Maio", "La Russa") opens names. Cut only before a capitalized word that is no acronym
    /// ("Presidente della Regione" is a role, "Redazione ANSA" no person either way).
    static func opensWithAFunctionWord(_ word: String, gazetteer: EntityGazetteer) -> Bool {
        let key = Normalizer.key(word)
        return key.count > 1 && gazetteer.notNames.contains(key) && !gazetteer.particles.contains(key)
            && !gazetteer.firstNames.contains(key)  // "Mark", "May" are function words of the English list too
    }

    /// Whether a span of three words or more opens with a word that is no first name, honorific or particle
    /// before a first name: an affiliation, a place or a title the tagger took into the name.
    static func opensWithANonName(_ first: String, before second: String, gazetteer: EntityGazetteer) -> Bool {
        let firstKey = Normalizer.key(first), secondKey = Normalizer.key(second)
        // An initial ("J. Hugh Liedtke", "D. M.") is the name's own.
        guard firstKey.count > 1, gazetteer.firstNames.contains(secondKey), !gazetteer.firstNames.contains(firstKey)
        else { return false }
        return !gazetteer.particles.contains(firstKey) && !gazetteer.honorifics.contains(firstKey)
    }

    /// The space-separated words of `from..<to`.
    static func words(from: Int, to: Int, in scalars: [Unicode.Scalar]) -> [Word] {
        var out: [Word] = []
        var i = from
        while i < to {
            while i < to, scalars[i] == " " { i += 1 }
            let s = i
            while i < to, scalars[i] != " " { i += 1 }
            if s < i { out.append(Word(start: s, end: i)) }
        }
        return out
    }
}

extension PersonSpanEdges {
    /// The rules' person mentions cut the same way (the rules join a byline to its dateline too), each entity
    /// renamed where its name was a mention that lost words.
    static func apply(to entities: [ExtractedEntity], parts: [TaggedNames.TaggedPart],
                      gazetteer: EntityGazetteer) -> [ExtractedEntity] {
        var out = entities
        for e in out.indices where out[e].kind == .person {
            var renamed: [String: String] = [:]
            for m in out[e].mentions.indices {
                let mention = out[e].mentions[m]
                // Names only: a role ("presidente del Consiglio") is no name to cut.
                guard mention.surface.unicodeScalars.first?.isCapitalLetter == true,
                      let scalars = parts.first(where: { $0.part == mention.span.part })?.scalars,
                      mention.span.end <= scalars.count else { continue }
                let edges = trimmed(start: mention.span.start, end: mention.span.end, in: scalars, gazetteer: gazetteer)
                guard (edges.start, edges.end) != (mention.span.start, mention.span.end) else { continue }
                let surface = scalars.text(edges.start, edges.end)
                renamed[mention.surface] = surface
                out[e].mentions[m] = EntityMention(span: TextSpan(part: mention.span.part, start: edges.start,
                                                                  end: edges.end), surface: surface)
            }
            guard !renamed.isEmpty else { continue }
            if let name = renamed[out[e].name] { out[e].name = name }
            var seen: Set<String> = [out[e].name]
            out[e].aliases = out[e].aliases.map { renamed[$0] ?? $0 }.filter { seen.insert($0).inserted }
        }
        return out
    }
}

extension PersonSpanEdges {
    /// `name`, a person's name read outside the recognizer (a byline), cut the same way.
    static func trimmed(_ name: String, gazetteer: EntityGazetteer) -> String {
        let scalars = Array(name.unicodeScalars)
        let edges = trimmed(start: 0, end: scalars.count, in: scalars, gazetteer: gazetteer)
        return scalars.text(edges.start, edges.end)
    }
}
