/// Descriptions inside a quote that designate one entity of the article (TARGETS.md A.3): "il Paese", "la città",
/// "the company", "la empresa", and a role the article gives one person ("il premier" when the article calls
/// Abdulhamid Dabaiba "premier").
///
/// A description names its entity only when exactly one entity of the matching kind is named in the quote's
/// sentence or the two before it; else it stays unresolved (TARGETS.md D: a word that could mean two entities).
/// The first person is not a target: "il nostro Paese", "notre pays", "nuestro país" do not resolve (the
/// possessive sits between the article and the noun, so the determiner test already refuses them).
struct QuoteCoreference {
    let finder: QuoteTargetFinder

    static let confidence = 0.6
    static let roleConfidence = 0.6

    /// Nouns that designate an entity of a kind, per language, as keys.
    static let nouns: [String: [String: EntityKind]] = [
        "it": ["paese": .country, "nazione": .country, "citta": .location, "azienda": .organization,
               "societa": .organization],
        "fr": ["pays": .country, "nation": .country, "ville": .location, "entreprise": .organization,
               "societe": .organization],
        "es": ["pais": .country, "nacion": .country, "ciudad": .location, "empresa": .organization,
               "compania": .organization],
        "en": ["country": .country, "nation": .country, "city": .location, "town": .location,
               "company": .organization, "firm": .organization],
        "de": ["land": .country, "stadt": .location, "unternehmen": .organization, "firma": .organization],
    ]

    /// Definite articles (and contracted prepositions with one) that make the noun a definite description.
    static let definite: [String: Set<String>] = [
        "it": ["il", "la", "l", "lo", "del", "della", "dello", "nel", "nella", "nello", "al", "alla", "allo", "dal",
               "dalla", "sul", "sulla", "questo", "questa"],
        "fr": ["le", "la", "l", "du", "au", "ce", "cette"],
        "es": ["el", "la", "del", "al", "este", "esta"],
        "en": ["the", "this"],
        "de": ["das", "die", "der", "dem", "den", "des", "dieses", "diese"],
    ]

    /// How many sentences before the quote's own one may name the entity a description means.
    static let sentencesBack = 2

    func targets(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        let text = finder.text, c = scope.candidate
        guard let nouns = Self.nouns[finder.lang], let dets = Self.definite[finder.lang] else { return [] }
        let words = text.words
        let range = text.wordRange(c.contentStart, c.contentEnd)
        var out: [QuoteTargetFinder.Found] = []
        var contextStart = scope.sentenceStart
        for _ in 0..<Self.sentencesBack where contextStart > 0 {
            contextStart = text.sentenceStart(containing: contextStart - 1)
        }
        contextStart = max(contextStart, c.outerStart - QuoteTargetFinder.contextReach)
        for k in range where k > range.lowerBound {
            guard let kind = nouns[words[k].key], dets.contains(words[k - 1].key) else { continue }
            // "la città di Roma", "the company's": the complement names it, or it is a common noun.
            if k + 1 < words.count, ["di", "de", "of", "von"].contains(words[k + 1].key), !finder.phraseBreak(before: k + 1) {
                continue
            }
            // Already named by a mention here ("il Paese" as an alias of Italy): the inside rule has it.
            if finder.attributor.mentions(inside: words[k - 1].start, words[k].end).isEmpty == false { continue }
            let named = Set(finder.attributor.mentions(inside: contextStart, words[k].start)
                .filter { finder.entities.entities[$0.entity].kind == kind && !scope.speakers.contains($0.entity) }
                .map(\.entity))
            if named.count == 1, let e = named.first {
                out.append(.init(entity: e, how: .coreference, confidence: Self.confidence))
            }
        }
        out += roleTargets(in: scope, words: range)
        out += pronounTargets(in: scope, words: range)
        return out
    }

    static let pronounConfidence = 0.55

    /// Third-person pronouns that point at a person, as lower-cased words (accents kept: Spanish "él" is not the
    /// article "el"). French "il" and German "sie" are left out: too often impersonal or plural.
    static let pronouns: [String: Set<String>] = [
        "it": ["lui", "lei", "egli", "ella"],
        "fr": ["lui", "elle"],
        "es": ["él", "ella"],
        "en": ["he", "she", "him", "his", "her"],
        "de": ["er", "ihn", "ihm"],
    ]

    /// A pronoun inside the quote whose referent is named in the quote's own sentence (TARGETS.md A.4): exactly one
    /// person other than the speakers named there, outside the quote or inside it before the pronoun.
    private func pronounTargets(in scope: QuoteTargetFinder.Scope, words range: Range<Int>) -> [QuoteTargetFinder.Found] {
        guard let pronouns = Self.pronouns[finder.lang] else { return [] }
        let words = finder.text.words
        guard let first = range.first(where: { pronouns.contains(words[$0].lower) }) else { return [] }
        let c = scope.candidate
        var people = Set<Int>()
        let reach = QuoteTargetFinder.contextReach
        for m in finder.outsideMentions(max(scope.sentenceStart, c.outerStart - reach), min(scope.sentenceEnd, c.outerEnd + reach))
            + finder.attributor.mentions(inside: c.contentStart, words[first].start)
        where finder.entities.entities[m.entity].kind == .person && !scope.speakers.contains(m.entity) {
            people.insert(m.entity)
        }
        guard people.count == 1, let who = people.first else { return [] }
        return [.init(entity: who, how: .coreference, confidence: Self.pronounConfidence)]
    }

    /// A role inside the quote, after a definite article, that the article gives exactly one entity
    /// ("«Evidemment, le Premier ministre peut décider…»" when Andrej Babiš is "Premier ministre").
    private func roleTargets(in scope: QuoteTargetFinder.Scope, words range: Range<Int>) -> [QuoteTargetFinder.Found] {
        guard let dets = Self.definite[finder.lang], range.count > 1 else { return [] }
        let words = finder.text.words
        let holders = finder.roleHolders
        guard !holders.isEmpty else { return [] }
        var out: [QuoteTargetFinder.Found] = []
        for k in range where k > range.lowerBound && dets.contains(words[k - 1].key) {
            for length in (1...3).reversed() where k + length <= range.upperBound {
                let key = (k..<(k + length)).map { words[$0].key }.joined(separator: " ")
                if let who = holders[key], who.count == 1, let e = who.first,
                   finder.attributor.mentions(inside: words[k].start, words[k + length - 1].end).isEmpty {
                    out.append(.init(entity: e, how: .coreference, confidence: Self.roleConfidence))
                    break
                }
            }
        }
        return out
    }
}
