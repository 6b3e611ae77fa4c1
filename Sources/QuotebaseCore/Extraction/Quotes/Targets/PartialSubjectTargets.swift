/// What a partial quote is said of (TARGETS.md B.2): the entity named right before the quoted fragment in its
/// clause, as the subject of a quoted predicate ("la Petrella «si sta lasciando andare»", "il ministero si è detto
/// «estraneo»") or the object of a quoted label ("ha definito le accuse di Kiev «infondate»", "ha identificato in
/// Benjamin Netanyahu «uno dei motivi…»").
///
/// Looking back from the opening mark, quoted stretches of the same sentence are skipped, so a chain of fragments
/// ("la Petrella «si sta lasciando andare», soffre di «turbe…» e di «denutrizione»") shares its subject.
/// Only partial quotes: a full quote after a colon or at a sentence start is its speaker's own sentence. Not an
/// entity after a preposition ("dijo a El País «…»", "un cessate il fuoco a Tripoli e … «…»": an addressee or a
/// setting), nor one before a speech verb or "che/que/that" ("David Steel, leader of the Liberal Party, said
/// «…»": the fragment is then the speaker's words, not a predicate of the entity), nor a dateline ("MODENA «…»").
struct PartialSubjectTargets {
    let finder: QuoteTargetFinder

    static let confidence = 0.65
    /// At most this many words of the journalist between the entity and the fragment.
    static let maxGap = 6
    /// At most this many words looked at in all, quoted ones included: a chain of fragments is short, and the
    /// bound keeps a sentence of many quotes linear.
    static let maxWalk = 80

    func targets(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        guard scope.isPartial, scope.candidate.depth == 0 else { return [] }
        let text = finder.text
        let words = text.words
        var k = text.wordIndex(atOrAfter: scope.candidate.outerStart) - 1
        var gap = 0
        let floor = text.wordIndex(atOrAfter: scope.sentenceStart)
        var walked = 0
        while k >= floor, gap <= Self.maxGap, walked < Self.maxWalk {
            let w = words[k]
            walked += 1
            if finder.attributor.isInsideQuote(w.start) { k -= 1; continue }
            // A clause boundary the subject cannot be behind: ; or : between this word and the next.
            if k + 1 < words.count, hasStrongBreak(after: k) { break }
            // "X said «…»", "Dabaiba ha parlato della «…»", "…che «…»": the fragment is X's words or a clause, not
            // a predicate of X. A reflexive one is ("il ministero si è detto «estraneo»", "se declaró «…»").
            if finder.lexicon.isVerb(w) && !isReflexive(before: k) || finder.lexicon.contains(w.key, .topic)
                || Self.complementizers.contains(w.key) { break }
            // A comma ends the clause: "Selon les militaires israéliens, celui-ci se trouvait dans «…»", "non uscire
            // dal territorio della Francia, «una clausola…»". (After a quote it does not: "«…», soffre di «…»".)
            if k + 1 < words.count, hasComma(after: k) { break }
            if let m = finder.outsideMentions(w.start, w.end + 1).last ?? mentionEnding(at: w.end) {
                // The partial quote's own cue may name the speaker right there; the finder drops speakers.
                if isAfterPreposition(m) || isDateline(m) { break }
                return [.init(entity: m.entity, how: .partial, confidence: Self.confidence)]
            }
            gap += 1
            k -= 1
        }
        return []
    }

    static let complementizers: Set<String> = ["che", "que", "qu", "that", "dass"]

    /// Prepositions (as keys, contracted forms included) after which an entity is a setting or an addressee.
    static let prepositions: [String: Set<String>] = [
        "it": ["a", "al", "alla", "allo", "ai", "agli", "alle", "in", "nel", "nella", "nello", "nei", "negli", "nelle",
               "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "con", "per", "su", "sul", "sulla", "tra", "fra",
               "verso", "contro"],
        "fr": ["a", "au", "aux", "en", "dans", "avec", "pour", "sur", "chez", "par", "vers", "contre"],
        "es": ["a", "al", "en", "con", "para", "por", "sobre", "desde", "hacia", "contra", "entre"],
        "en": ["to", "in", "at", "with", "from", "for", "on", "by", "into", "against", "toward", "towards"],
        "de": ["an", "in", "im", "mit", "zu", "zum", "zur", "bei", "beim", "aus", "nach", "gegen", "für"],
    ]
    // "di", "de", "of" are not there: an "of" complement of the fragment's noun is what it is said of ("ha
    // definito le accuse di Kiev «infondate»" → Ukraine, TARGETS.md B.2).

    /// The word before the mention, past determiners, is a preposition.
    private func isAfterPreposition(_ m: ArticleEntities.Located) -> Bool {
        let text = finder.text
        let prepositions = Self.prepositions[finder.lang] ?? []
        var k = text.wordIndex(atOrAfter: m.mention.span.start) - 1
        while k >= 0, !finder.phraseBreak(before: k + 1) {
            let key = text.words[k].key
            if prepositions.contains(key) { return true }    // "della Francia", "a El País", "to head the CIA"
            guard finder.lexicon.contains(key, .determiner) else { return false }
            k -= 1
        }
        return false
    }

    /// "MODENA «…»": a place in capitals opening its paragraph.
    private func isDateline(_ m: ArticleEntities.Located) -> Bool {
        let letters = m.mention.surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count > 1 && letters.allSatisfy { QuoteText.isUppercase($0) }
            && finder.text.paragraphStart(containing: m.mention.span.start) >= m.mention.span.start - 1
    }

    /// A mention outside quotes ending exactly at `end` (a multi-word name whose last word is this one).
    private func mentionEnding(at end: Int) -> ArticleEntities.Located? {
        finder.attributor.mentions(overlapping: max(0, end - 1), end).map(\.located).last { $0.mention.span.end == end }
    }

    static let reflexives: Set<String> = ["si", "se", "s", "sich", "himself", "herself", "itself"]

    /// A reflexive pronoun within the two words before word `k`.
    private func isReflexive(before k: Int) -> Bool {
        let words = finder.text.words
        return (max(0, k - 2)..<k).contains { Self.reflexives.contains(words[$0].key) }
    }

    /// A comma after word `k`, before the next word or quote mark: "Frank Carlucci, was…", "della Francia, «…»".
    private func hasComma(after k: Int) -> Bool {
        let text = finder.text
        for i in text.words[k].end..<text.words[k + 1].start {
            if QuoteMarkScanner.isQuoteMark(text.scalars[i]) { return false }
            if text.scalars[i] == "," { return true }
        }
        return false
    }

    private func hasStrongBreak(after k: Int) -> Bool {
        let text = finder.text
        for i in text.words[k].end..<text.words[k + 1].start where text.scalars[i] == ";" || text.scalars[i] == ":" {
            return true
        }
        return false
    }
}
