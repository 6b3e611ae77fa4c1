/// Entities named inside the quoted words (TARGETS.md A.1–A.3): every mention between the marks, except
///
/// - mentions inside an interjection that attributes the quote ("«… – ha detto il ministro Rossi – …»"), which name
///   its speaker, not whom it is about;
/// - junk names: an entity the article only ever "names" by one capitalized word opening a sentence or a quote
///   ("Subito", "Evidemment", "Como"), or a "name" that is the whole quote;
/// - common nouns the entity layer linked to an organization or a person ("la polizia", "la procura", "vince"):
///   a generic word is no name (TARGETS.md "What can be a target");
/// - a country adjective inside a person's role ("le ministre français", "la premier italiana"), which
///   designates the person, not the country (A.2). Other demonyms count ("il governo israeliano" → Israel).
struct InsideQuoteTargets {
    let finder: QuoteTargetFinder

    static let confidence = 0.9
    /// A mention written in lower case is a role or description the entity layer linked ("il sindaco"): less sure.
    static let descriptionConfidence = 0.6

    func targets(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        let c = scope.candidate
        let interjections = Self.interjections(in: finder.text, from: c.contentStart, to: c.contentEnd,
                                               lexicon: finder.lexicon)
        var out: [QuoteTargetFinder.Found] = []
        for m in finder.attributor.mentions(inside: c.contentStart, c.contentEnd) {
            if interjections.contains(where: { $0.contains(m.mention.span.start) }) { continue }
            if out.contains(where: { $0.entity == m.entity }) { continue }
            if finder.junkEntities.contains(m.entity) || Self.isWholeQuote(m, quote: c, text: finder.text) { continue }
            let lower = m.mention.surface.unicodeScalars.first.map { !QuoteText.isUppercase($0) } ?? false
            if lower {
                let kind = finder.entities.entities[m.entity].kind
                if kind == .organization || kind == .person { continue }
                if isAfterRoleNoun(m) { continue }
            }
            out.append(.init(entity: m.entity, how: .inside,
                             confidence: lower ? Self.descriptionConfidence : Self.confidence))
        }
        return out
    }

    /// The word before the mention is a role noun ("ministro", "president"): the adjective is part of a role.
    private func isAfterRoleNoun(_ m: ArticleEntities.Located) -> Bool {
        let k = finder.text.wordIndex(atOrAfter: m.mention.span.start) - 1
        guard k >= 0, !finder.phraseBreak(before: k + 1) else { return false }
        let key = finder.text.words[k].key
        return finder.lexicon.contains(key, .speakernoun) || finder.lexicon.contains(key, .title)
            || Self.roleNouns.contains(key)
    }

    /// Role nouns a country adjective may follow, beyond the lexicon's speaker nouns.
    static let roleNouns: Set<String> = ["ministre", "ministro", "minister", "premier", "president", "presidente",
                                         "presidenta", "cancelliere", "chancelier", "chancellor", "canciller",
                                         "leader", "lider", "capo", "chef", "jefe", "ambasciatore", "ambassadeur",
                                         "ambassador", "embajador", "generale", "general", "ministra"]

    /// Conjunctions after which a quote goes on once an inverted attribution ("…, jure Daniel Hagari, mais …") ends.
    static let conjunctions: Set<String> = ["mais", "ma", "but", "pero", "et", "e", "and", "y", "aber", "und", "car",
                                            "perche", "because", "porque", "pues", "donc", "quindi", "poi"]

    /// Spans between two dashes inside the quote whose words include a speech verb: "– ha detto Rossi –",
    /// "- spiega la titolare -". A dash pair without a speech verb is an aside of the speaker and stays.
    static func interjections(in text: QuoteText, from start: Int, to end: Int,
                              lexicon: SpeechCueLexicon) -> [Range<Int>] {
        var dashes: [Int] = []
        var k = start
        while k < end {
            let s = text.scalars[k]
            // A dash standing apart ("a – b", "a -b"), not a hyphen inside a word ("Renault-Nissan").
            if QuoteText.isDash(s) {
                let before = k > 0 ? text.scalars[k - 1] : " "
                let after = k + 1 < text.count ? text.scalars[k + 1] : " "
                if QuoteText.isSpace(before) || QuoteText.isSpace(after) || s != "-" { dashes.append(k) }
            }
            k += 1
        }
        var out: [Range<Int>] = []
        var i = 0
        while i + 1 < dashes.count {
            let range = dashes[i]..<(dashes[i + 1] + 1)
            let words = text.wordRange(range.lowerBound, range.upperBound)
            if words.count <= 12, words.contains(where: { lexicon.isVerb(text.words[$0]) }) {
                out.append(range)
                i += 2
            } else {
                i += 1
            }
        }
        // A last dash near the end with a speech verb after it: "«… – ha concluso Rossi.»".
        if let last = dashes.last, out.last?.upperBound ?? -1 <= last {
            let words = text.wordRange(last, end)
            if words.count <= 8, words.contains(where: { lexicon.isVerb(text.words[$0]) }) { out.append(last..<end) }
        }
        out += commaInversions(in: text, from: start, to: end, lexicon: lexicon)
        out += parentheticals(in: text, from: start, to: end, lexicon: lexicon)
        return out
    }

    /// ", jure Daniel Hagari, mais…", ", explique Antony Fastier, toxicologue à l'Anses. …": a speech verb right after
    /// a comma inside the quote starts an attribution that runs to the sentence end or to a comma before a
    /// conjunction.
    static func commaInversions(in text: QuoteText, from start: Int, to end: Int,
                                lexicon: SpeechCueLexicon) -> [Range<Int>] {
        let words = text.wordRange(start, end)
        var out: [Range<Int>] = []
        for k in words where k > words.lowerBound && lexicon.isVerb(text.words[k]) {
            let gap = text.words[k - 1].end..<text.words[k].start
            guard gap.contains(where: { text.scalars[$0] == "," }) else { continue }
            var stop = end
            var j = k + 1
            while j < words.upperBound {
                let between = text.words[j - 1].end..<text.words[j].start
                if between.contains(where: { text.scalars[$0] == "." || text.scalars[$0] == "?" || text.scalars[$0] == "!" }) {
                    stop = text.words[j - 1].end
                    break
                }
                if between.contains(where: { text.scalars[$0] == "," }), conjunctions.contains(text.words[j].key) {
                    stop = text.words[j - 1].end
                    break
                }
                j += 1
            }
            if j - k <= 12 { out.append(text.words[k].start..<stop) }
        }
        return out
    }

    /// "(General Motors chairman Roger Smith said)": brackets inside the quote holding a speech verb.
    static func parentheticals(in text: QuoteText, from start: Int, to end: Int,
                               lexicon: SpeechCueLexicon) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        for k in start..<end {
            let s = text.scalars[k]
            if s == "(" { open = k }
            if s == ")", let o = open {
                if text.wordRange(o, k).contains(where: { lexicon.isVerb(text.words[$0]) }) { out.append(o..<(k + 1)) }
                open = nil
            }
        }
        return out
    }

    /// This "name" is the whole quote ("«Ormai siamo pronti a tutto»" read as one name).
    static func isWholeQuote(_ m: ArticleEntities.Located, quote c: QuoteCandidate, text: QuoteText) -> Bool {
        m.mention.span.start <= c.contentStart + 1 && m.mention.span.end >= c.contentEnd - 1
            && text.wordRange(c.contentStart, c.contentEnd).count > 1
    }

    /// The entity is "named" only by single capitalized words that open a sentence or follow a quote mark, a dash
    /// or a colon, all in this part of the article. A country the gazetteer knows by that name is a name wherever
    /// it stands ("«Spain is a big market»"); a town is not exempt, its name may be a common word ("Como").
    static func isJunkEntity(_ entity: ExtractedEntity, text: QuoteText) -> Bool {
        guard !entity.mentions.isEmpty, !isKnownCountry(entity) else { return false }
        for other in entity.mentions {
            guard other.span.part == text.part, !other.surface.contains(" "), other.span.start < text.count
            else { return false }
            if !opensClause(at: other.span.start, in: text) { return false }
        }
        return true
    }

    static func isKnownCountry(_ entity: ExtractedEntity) -> Bool {
        guard entity.kind == .country else { return false }
        let entries = EntityGazetteer.shared.names[EntityGazetteer.phraseKey(entity.name)] ?? []
        return entries.contains { $0.kind == .country && $0.canonical == entity.name && !$0.isAdjective }
    }

    /// `offset` is the first letter of a sentence, or follows a quote mark, a dash or a colon (past spaces).
    static func opensClause(at offset: Int, in text: QuoteText) -> Bool {
        if text.sentenceStart(containing: offset) == offset { return true }
        var k = offset - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k >= 0 else { return true }
        let s = text.scalars[k]
        // A hyphen joined to the word is a compound ("bielorusso-russi"), not a dash opening a clause; an apostrophe
        // after a letter is an elided article ("dell'Iran", "«L'Ucraina"), and a word after an article is a noun.
        if s == "-", k == offset - 1 { return false }
        if k == offset - 1, EntityTokenizer.isApostrophe(s), k > 0, text.scalars[k - 1].properties.isAlphabetic { return false }
        return QuoteMarkScanner.isQuoteMark(s) || QuoteText.isDash(s) || s == ":" || s == "." || s == "?" || s == "!"
            || s == "¿" || s == "¡"
    }
}

extension QuoteText {
    /// Word indexes of the words starting in `start..<end`.
    func wordRange(_ start: Int, _ end: Int) -> Range<Int> {
        let first = wordIndex(atOrAfter: start)
        return first..<max(first, wordIndex(atOrAfter: end))
    }
}
