/// Finds who said a quotation, from the speech cues around it and the article's entity index.
///
/// Rules, tried in order (each is a method below, tested in `QuoteAttributionTests`):
/// 1. inline dash attribution inside the marks (`«A - racconta l'ambulante - B»`);
/// 2. a speech verb right after the quote (`“Q”, ha sottolineato il presidente russo`, `"Q," he said`);
/// 3. a speech verb or "according to" before it in the sentence (`X ha detto: “Q”`, `X ha detto che … “Q”`), the
///    verb of a relative clause speaking for its antecedent (`Morandi, che ha detto "Q"`, `RelativeAntecedentRule`);
/// 4. a label before a colon (`Putin e Lukashenko: “Q”`, `L’obiettivo di Putin: “Q”`, `Mosca: “Q”`), or a
///    speaker already heard named in the sentence the colon ends (`esclusa dal primo cittadino che …: «Q»`);
/// 5. a verb later in the sentence, then a cue in the next sentence of the paragraph (`Questo quanto rilasciato dal
///    presidente bielorusso`, `Così il sottosegretario`);
/// 6. context: the latest speaker, or a person named since when a bare verb says someone speaks or the name is in
///    the sentence before; a lead quote takes the first person named after it.
///
/// Then the learned `ContextSpeakerRanker` may prefer another candidate of the context (recent speakers, people
/// named before and after) to the rule's choice, for the rules and languages where it beat them on held-out articles.
///
/// Speaker phrases resolve through the entity index; role phrases the index leaves unlinked ("la titolare",
/// "il presidente russo") go to the person the text gave that role, else to the person named last; pronouns to the
/// latest person who spoke. Anything still unresolved keeps the article's words.
struct QuoteAttributor {
    struct Attribution {
        var speakers: [QuoteSpeaker]
        var cue: String?
        var confidence: Double
        var rule: AttributionRule
        /// The quote sits in reported speech or after a label: used to pick its kind.
        var viaLabel = false
        /// No cue points at the quote: the speaker, if any, is only the context's.
        var fromContext = false
        /// Who else the context offered, with the ranker's features; only when `extract` is asked to record them.
        var candidates: [SpeakerCandidate]? = nil
    }

    /// A speaker met in the text: a quote's attribution or a speech verb in narrative ("…, the official said.").
    struct SpeakerEvent {
        var position: Int
        var speaker: QuoteSpeaker
    }

    let text: QuoteText
    let lexicon: SpeechCueLexicon
    let entities: [ExtractedEntity]
    /// Mentions in this part, sorted by start, with whether each lies inside a quotation.
    let mentions: [ArticleEntities.Located]
    let mentionInQuote: [Bool]
    /// The lexicon's kinds of each word of `text`, looked up once: the rules ask about the same words many times.
    private let wordKinds: [SpeechCueLexicon.Kinds]
    /// Top-level quotation ranges (outer, marks included), sorted.
    let quoteRanges: [Range<Int>]
    /// Italian, French, Spanish put the head noun first ("il portavoce del Cremlino"); English, German last.
    let headFirst: Bool
    /// German main clauses put the verb second: what opens the clause before it need not be its subject.
    let verbSecond: Bool
    /// The article's language: the learned ranker applies only where it was measured to help.
    let lang: String
    /// People's role and alias keys ("portavoce del cremlino") → holders, under each key and under its first word, and each entity's named mentions (indexes
    /// into `mentions`, ascending): `roleHolder` looks these up instead of scanning every role and mention, which
    /// made attribution quadratic on long texts.
    private let roleHoldersByHead: [String: [Int]]
    let namedMentions: [Int: [Int]]
    /// Head nouns of the roles the text gives named people ("il sottosegretario all'interno Alfredo Mantovano" →
    /// sottosegretario, "Rossella Malagoli, titolare della …" → titolare), so "la titolare" finds its holder even
    /// when the entity index does not link the role.
    private var textRoles: [String: Set<Int>] = [:]
    private var entitiesWithRoles: Set<Int> = []
    private(set) var narrativeEvents: [SpeakerEvent] = []
    var quoteEvents: [SpeakerEvent] = []
    /// Ends of quotes whose speaker is known to be unknown: a quote right after one of them (only punctuation
    /// between) is unknown too.
    private var unknownAt: [Int] = []

    init(text: QuoteText, lexicon: SpeechCueLexicon, entities: ArticleEntities, quoteRanges: [Range<Int>],
         lang: String) {
        self.text = text
        self.lexicon = lexicon
        let located = entities.located.filter { $0.mention.span.part == text.part }
        self.entities = lang == "de"
            ? Self.demotingCommonNouns(entities.entities, located: located, text: text) : entities.entities
        self.quoteRanges = quoteRanges
        headFirst = lang != "en" && lang != "de"
        verbSecond = lang == "de"
        self.lang = lang
        wordKinds = text.words.map(lexicon.kinds(of:))
        mentions = located
        var inQuote: [Bool] = []
        inQuote.reserveCapacity(located.count)
        var q = 0
        for m in located {
            while q < quoteRanges.count, quoteRanges[q].upperBound <= m.mention.span.start { q += 1 }
            inQuote.append(q < quoteRanges.count && quoteRanges[q].lowerBound <= m.mention.span.start)
        }
        mentionInQuote = inQuote
        var roles: [String: [Int]] = [:]
        for (index, entity) in self.entities.enumerated() where entity.kind == .person {
            for form in entity.roles + entity.aliases {
                let key = Self.roleKey(Normalizer.key(form), lexicon: lexicon)
                if !key.isEmpty { roles[key, default: []].append(index) }
            }
        }
        var byHead: [String: [Int]] = [:]
        for (key, holders) in roles {
            byHead[key, default: []] += holders
            if let first = key.split(separator: " ").first.map(String.init), first != key {
                byHead[first, default: []] += holders
            }
        }
        roleHoldersByHead = byHead
        var named: [Int: [Int]] = [:]
        for (k, m) in located.enumerated() where m.mention.surface.unicodeScalars.first.map(QuoteText.isUppercase) == true {
            named[m.entity, default: []].append(k)
        }
        namedMentions = named
        textRoles = computeTextRoles()
        entitiesWithRoles = Set(textRoles.values.flatMap { $0 })
            .union(self.entities.indices.filter { !self.entities[$0].roles.isEmpty })
        narrativeEvents = computeNarrativeEvents()
    }

    private static func roleKey(_ key: String, lexicon: SpeechCueLexicon) -> String {
        var words = key.split(separator: " ").map(String.init)
        while let first = words.first, lexicon.contains(first, .determiner) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    // MARK: Positions

    func isInsideQuote(_ offset: Int) -> Bool {
        var lo = 0, hi = quoteRanges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoteRanges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < quoteRanges.count && quoteRanges[lo].contains(offset)
    }

    /// Index of the first mention starting at or after `offset`.
    func mentionIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].mention.span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Mentions outside quotations overlapping `start..<end`, in text order.
    func mentions(overlapping start: Int, _ end: Int) -> [(index: Int, located: ArticleEntities.Located)] {
        var out: [(Int, ArticleEntities.Located)] = []
        var k = mentionIndex(atOrAfter: start)
        // A mention may start a little before the range and still overlap it.
        while k > 0, mentions[k - 1].mention.span.end > start { k -= 1 }
        while k < mentions.count, mentions[k].mention.span.start < end {
            if !mentionInQuote[k], mentions[k].mention.span.end > start { out.append((k, mentions[k])) }
            k += 1
        }
        return out
    }

    /// The first mention that starts exactly at `start` and ends by `end`: what `mentions(inside: start, end).first`
    /// is when it starts at `start`, without collecting every later mention up to `end`.
    func mention(startingAt start: Int, endingBy end: Int) -> ArticleEntities.Located? {
        var k = mentionIndex(atOrAfter: start)
        while k < mentions.count, mentions[k].mention.span.start == start {
            if mentions[k].mention.span.end <= end { return mentions[k] }
            k += 1
        }
        return nil
    }

    func mentions(inside start: Int, _ end: Int) -> [ArticleEntities.Located] {
        var out: [ArticleEntities.Located] = []
        var k = mentionIndex(atOrAfter: start)
        while k < mentions.count, mentions[k].mention.span.start < end {
            if mentions[k].mention.span.end <= end { out.append(mentions[k]) }
            k += 1
        }
        return out
    }

    func speaker(_ entity: Int) -> QuoteSpeaker {
        QuoteSpeaker(surface: entities[entity].name, entity: entity)
    }

    /// The latest person mentioned before `offset`; with `named`, only a name ("Cesare Lochi"), not a role
    /// description ("la titolare"), which refers back to someone already met.
    /// With `subjectish`, not a name after a preposition ("against Sir John Smith's side").
    private func lastPerson(before offset: Int, notBefore floor: Int = 0, named: Bool = false,
                            subjectish: Bool = false) -> (Int, QuoteSpeaker)? {
        var k = mentionIndex(atOrAfter: offset) - 1
        while k >= 0, mentions[k].mention.span.start >= floor {
            let m = mentions[k]
            if !mentionInQuote[k], m.mention.span.end <= offset, entities[m.entity].kind == .person,
               !named || m.mention.surface.unicodeScalars.first.map(QuoteText.isUppercase) == true,
               !isNonSpeechAgent(m), !subjectish || !isAfterPreposition(m) {
                return (m.mention.span.start, speaker(m.entity))
            }
            k -= 1
        }
        return nil
    }

    /// The agent of a verb that is not speech ("incriminate dal pm Francesca Graziano", "presieduto dal giudice
    /// Roberto Mazza", "arrested by Mark Rowley"): someone who acted, not someone who spoke, so no speaker by context.
    func isNonSpeechAgent(_ m: ArticleEntities.Located) -> Bool {
        var k = text.wordIndex(atOrAfter: m.mention.span.start) - 1
        var skipped = 0
        // Role nouns between the preposition and the name: "dal pm", "dal giudice", "by Judge".
        while k >= 0, skipped < 2, !word(k, is: .passive), !word(k, is: .stop),
              !word(k, is: .function), !gapHasBoundary(k, k + 1) {
            k -= 1
            skipped += 1
        }
        guard k >= 1, word(k, is: .passive), !gapHasBoundary(k, k + 1) else { return false }
        // The verb the agent belongs to: the word before the preposition (after an adverb at most).
        let verb = k - 1
        if gapHasBoundary(verb, k) { return false }
        return !isVerbForm(verb) && !(verb >= 1 && isVerbForm(verb - 1))
            && !word(verb, is: .noun)
    }

    func isAfterPreposition(_ m: ArticleEntities.Located) -> Bool {
        let w = text.wordIndex(atOrAfter: m.mention.span.start)
        return afterPreposition(w, notBefore: text.wordIndex(atOrAfter: text.sentenceStart(containing: m.mention.span.start)))
    }

    private func firstPerson(after offset: Int, before limit: Int) -> QuoteSpeaker? {
        var k = mentionIndex(atOrAfter: offset)
        while k < mentions.count, mentions[k].mention.span.start < limit {
            let m = mentions[k]
            if !mentionInQuote[k], entities[m.entity].kind == .person { return speaker(m.entity) }
            k += 1
        }
        return nil
    }

    /// How many narrative speech events lie before `offset`.
    func narrativeEventIndex(before offset: Int) -> Int {
        var lo = 0, hi = narrativeEvents.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if narrativeEvents[mid].position < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The latest speaker before `offset`; with `personal`, only people (named or not: "the official").
    /// `speakersOnly` skips unresolved phrases that are no speaker nouns ("le indagini").
    private func lastEvent(before offset: Int, notBefore floor: Int, personal: Bool = false,
                           speakersOnly: Bool = false) -> SpeakerEvent? {
        func accepted(_ e: SpeakerEvent) -> Bool {
            if personal { return isPersonal(e.speaker) }
            return !speakersOnly || e.speaker.entity != nil || isPersonal(e.speaker)
        }
        var best: SpeakerEvent? = nil
        var k = narrativeEventIndex(before: offset) - 1
        while k >= 0, narrativeEvents[k].position >= floor {
            if accepted(narrativeEvents[k]) { best = narrativeEvents[k]; break }
            k -= 1
        }
        for event in quoteEvents.reversed() where event.position < offset && event.position >= floor && accepted(event) {
            if best == nil || event.position > best!.position { best = event }
            break
        }
        return best
    }

    // MARK: Words and phrases

    var words: [QuoteText.Word] { text.words }

    /// Word `k` has `kind` in the lexicon (its key does).
    func word(_ k: Int, is kind: SpeechCueLexicon.Kind) -> Bool { wordKinds[k].contains(.init(kind)) }

    /// Word `k` is a speech verb form, accents included (see `SpeechCueLexicon.isVerb`).
    private func isVerbForm(_ k: Int) -> Bool { wordKinds[k].contains(.verbForm) }

    /// A speech verb at word `k`: in the lexicon and not used as a noun after an article ("la nota", "the call").
    func isSpeechVerb(_ k: Int) -> Bool {
        guard isVerbForm(k), !lacksItsReflexive(k) else { return false }
        // After an article or a possessive it is a noun: "la nota", "the call", "Shultz's remarks".
        if k > 0, word(k - 1, is: .determiner) || words[k - 1].key == "s", !gapHasBoundary(k - 1, k) {
            return false
        }
        return true
    }

    /// The text between words `a` and `b` (a < b) contains clause punctuation, a quote mark or a dash.
    func gapHasBoundary(_ a: Int, _ b: Int) -> Bool {
        var i = words[a].end
        let end = words[b].start
        while i < end {
            let s = text.scalars[i]
            if s == ".", i == words[a].end, text.isAbbreviation(a) { i += 1; continue }
            if ",;:()".unicodeScalars.contains(s) || s == "." || s == "!" || s == "?" || QuoteMarkScanner.isQuoteMark(s)
                && !(i > 0 && QuoteText.isLetterOrDigit(text.scalars[i - 1]) && i + 1 < text.count
                     && QuoteText.isLetterOrDigit(text.scalars[i + 1])) || QuoteText.isDash(s) && i > words[a].end
                && QuoteText.isSpace(text.scalars[i - 1]) {
                return true
            }
            i += 1
        }
        return false
    }

    func gapHasComma(_ a: Int, _ b: Int) -> Bool {
        var i = words[a].end
        while i < words[b].start {
            if text.scalars[i] == "," { return true }
            i += 1
        }
        return false
    }

    /// First word of the verb group ending at `v` ("ha detto", "avrebbe spiegato", "would tell").
    func verbGroupStart(_ v: Int, floor: Int) -> Int {
        var s = v
        while s - 1 >= floor, v - (s - 1) <= 2, word(s - 1, is: .aux), !gapHasBoundary(s - 1, s) {
            s -= 1
        }
        return s
    }

    /// Words that may name a speaker: a mention, a pronoun, an article + noun, or a capitalised name.
    private func looksLikeSubject(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if !mentions(overlapping: words[range.lowerBound].start, words[range.upperBound - 1].end).isEmpty { return true }
        for k in range {
            if word(k, is: .pronoun) { return true }
            if word(k, is: .determiner), k + 1 < range.upperBound { return true }
            if words[k].isCapitalized, !word(k, is: .function), !word(k, is: .stop),
               !word(k, is: .determiner), !word(k, is: .according), !word(k, is: .aux) {
                return true
            }
        }
        return false
    }

    /// The subject before a verb group starting at word `g`, within the sentence (not before `floor`, an offset).
    private func subjectBefore(_ g: Int, floor: Int) -> Range<Int>? {
        // "what he called", "Reagan said he would tell": a pronoun right before the verb is its subject.
        if g > 0, words[g - 1].start >= floor, word(g - 1, is: .pronoun), !gapHasBoundary(g - 1, g) {
            return (g - 1)..<g
        }
        var end = g
        var a = g
        while a - 1 >= 0, words[a - 1].start >= floor, end - (a - 1) <= 12, !gapHasBoundary(a - 1, a),
              !isClauseVerb(a - 1) {
            a -= 1
        }
        // Twelve words without reaching the clause start: the subject is out of reach, not the words in view.
        let reachedStart = a == 0 || words[a - 1].start < floor || gapHasBoundary(a - 1, a) || isClauseVerb(a - 1)
        // "Stephen Singer, ein Klimaexperte vom WWF erklärte": German often leaves the apposition's closing comma out;
        // a named person the sentence opens with before the comma is the subject.
        if verbSecond, reachedStart, a > 0, words[a - 1].start >= floor, gapHasOnlyComma(a - 1, a), gapHasComma(a - 1, a),
           let m = mentions(overlapping: words[a - 1].start, words[a - 1].end).last,
           entities[m.located.entity].kind == .person, isNamed(m.located), m.located.mention.span.end == words[a - 1].end {
            let first = text.wordIndex(atOrAfter: m.located.mention.span.start)
            let opening = trimLeadingFunctionWords(text.wordIndex(atOrAfter: floor)..<first).lowerBound
            if first >= text.wordIndex(atOrAfter: floor), opening == first { return first..<a }
        }
        if reachedStart, let subject = subjectPhrase(a..<end) {
            // German puts one phrase before the verb: "Der Einsatzleiter der Polizei in Dortmund erklärte" is the
            // whole of it, its place included (not a person: "Der Sprecher von Angela Merkel" names her).
            if verbSecond, subject.lowerBound == a, subject.upperBound < end, end - subject.upperBound <= 4,
               word(subject.upperBound, is: .stop) || word(subject.upperBound, is: .agent),
               !word(subject.upperBound, is: .determiner),
               (subject.upperBound + 1..<end).allSatisfy({ words[$0].isCapitalized && !gapHasBoundary($0 - 1, $0) }),
               !mentions(overlapping: words[subject.upperBound].start, words[end - 1].end)
                   .contains(where: { entities[$0.located.entity].kind == .person }) {
                return a..<end
            }
            return subject
        }
        // Appositions between commas: "David Steel, leader of the Liberal Party, said"; "The commission, headed
        // by John Tower, said". Walk back a few segments; a person beats anything else.
        var firstFound: Range<Int>? = nil
        var modifierSubject: Range<Int>? = nil
        for _ in 0..<4 {
            guard a > 0, words[a - 1].start >= floor, gapHasBoundary(a - 1, a), !gapHasSentenceEnd(a - 1, a) else { break }
            end = a
            a = end - 1
            while a - 1 >= 0, words[a - 1].start >= floor, end - (a - 1) <= 16, !gapHasBoundary(a - 1, a),
                  !isClauseVerb(a - 1) {
                a -= 1
            }
            // A relative clause with a verb of its own ("X, who has run the awards for five years, told"): skip it
            // whole when it opens with the relative pronoun.
            var r = a
            while r - 1 >= 0, words[r - 1].start >= floor, end - (r - 1) <= 16, !gapHasBoundary(r - 1, r) { r -= 1 }
            if r < a, word(r, is: .relative) { continue }
            if isClauseVerb(end - 1) { break }
            // Relative and participial clauses modify the subject ("which …", "headed by John Tower"), and so do
            // parentheses: skip them.
            if !words[a].isCapitalized, !word(a, is: .determiner) { continue }
            if a > 0, text.scalars[words[a].start - 1] == "(" { continue }
            guard let subject = subjectPhrase(a..<end) else { continue }
            let found = mentions(overlapping: words[subject.lowerBound].start, words[subject.upperBound - 1].end)
            if found.contains(where: { entities[$0.located.entity].kind == .person }) {
                // "Jeff Weaver, Sanders’ campaign manager, said": the person the apposition describes comes first
                // (`ModifierNameRule.swift`).
                if namesPeopleOnlyAsModifiers(subject) {
                    if modifierSubject == nil { modifierSubject = subject }
                    continue
                }
                return subject
            }
            // "Asimismo, añadió que", "Al respecto, explicó que" (Infobae, Publimetro): an adverb or a prepositional
            // phrase opening the sentence is no subject; the verb has none of its own.
            let opensSentence = a == 0 || words[a - 1].start < floor || gapHasSentenceEnd(a - 1, a)
            if opensSentence, found.isEmpty, subject.count == 1 && !word(subject.lowerBound, is: .pronoun)
                || word(subject.lowerBound, is: .stop) || word(subject.lowerBound, is: .infinitivemark) {
                continue
            }
            // A personal name the entity index missed ("David Owen, the leader of the SDP, said").
            if found.isEmpty, modifierSubject == nil, (2...3).contains(subject.count),
               subject.allSatisfy({ words[$0].isCapitalized }) {
                return subject
            }
            if firstFound == nil { firstFound = subject }
        }
        if let subject = modifierSubject ?? firstFound { return subject }
        // "… after Reagan told Congress": a person named right before the verb is its subject.
        if !gapHasBoundary(g - 1, g), let m = mentions(overlapping: words[g - 1].start, words[g - 1].end).last,
           words[g - 1].start >= floor,
           entities[m.located.entity].kind == .person, isNamed(m.located), m.located.mention.span.end == words[g - 1].end {
            let a = text.wordIndex(atOrAfter: m.located.mention.span.start)
            return max(a, text.wordIndex(atOrAfter: floor))..<g
        }
        return nil
    }

    private func gapHasSentenceEnd(_ a: Int, _ b: Int) -> Bool {
        var i = words[a].end
        while i < words[b].start {
            let s = text.scalars[i]
            if s == ".", i == words[a].end, text.isAbbreviation(a) { i += 1; continue }
            if s == "." || s == "!" || s == "?" || s == ":" || s == ";" || s == "\n" { return true }
            i += 1
        }
        return false
    }

    /// Who performs the speech verb at `v`: a passive agent ("confermata dallo stesso Mantovano"), the subject
    /// before it ("Reagan said"), or the inverted subject after it ("ha sottolineato il presidente russo").
    /// Nil after a relative pronoun ("Zavatti, che ha segnalato il caso"): the antecedent is the context's, or, before
    /// a quote, `relativeAntecedent`'s (`RelativeAntecedentRule.swift`).
    func subjectOfVerb(_ v: Int, floor: Int, limit: Int) -> Range<Int>? {
        let g = verbGroupStart(v, floor: 0)
        // "L'ex premier si è detto commosso dall'accoglienza": a reflexive verb has no passive agent.
        let reflexive = g > 0 && word(g - 1, is: .reflexive) && !gapHasBoundary(g - 1, g)
        // The agent may follow an adverb or two: "a view voiced again today by her defence minister" (Reuters).
        var p = v + 1
        while !reflexive, p < words.count, p - v <= 3, words[p].end <= limit, !gapHasBoundary(p - 1, p) {
            if word(p, is: .passive), let agent = subjectAfter(p, limit: limit) { return agent }
            if word(p, is: .stop) || word(p, is: .determiner) || isClauseVerb(p) { break }
            p += 1
        }
        if g > 0, words[g - 1].start >= floor, word(g - 1, is: .relative), !gapHasBoundary(g - 1, g) {
            return nil
        }
        // "Baker has attacked the policy, saying: …", "…, dicendo che": a gerund after a comma shares the main
        // clause's subject.
        // The main clause may begin before `floor` when a quote stands between: "Irène Terrel … ha detto che «…» e
        // che la decisione offre «…» una vita, affermando di sentirsi «molto sollevata»" (it.wikinews).
        if g == v, g > 0, words[g - 1].start >= floor, lexicon.hasEnding(words[v].key, .gerundending),
           gapHasOnlyComma(g - 1, g), gapHasComma(g - 1, g) {
            let near = mainClauseSubject(before: g, floor: floor)
            if let s = near.flatMap({ s in namesAPerson(s) ? s : nil })
                ?? mainClauseSubject(before: g, floor: min(floor, text.sentenceStart(containing: words[g].start)))
                ?? near {
                return s
            }
        }
        // "Il premier ha tenuto a sottolineare gli obiettivi": an infinitive after its preposition has the main
        // clause's subject; what follows it is its object.
        if g == v, g > 1, words[g - 1].start >= floor, word(g - 1, is: .infinitivemark), !gapHasBoundary(g - 1, g),
           lexicon.hasEnding(words[v].key, .infinitiveending) {
            return mainClauseSubject(before: g - 1, floor: floor)
        }
        // "The four opposition parties called the move "…" and said …" (Reuters), "Ghassam Salamè ringrazia l'Italia …
        // e dichiara" (it.wikinews): a second verb shares the first's subject.
        // Where the head noun comes first, only a person named as the subject: the opening words may be anything
        // ("Necessità confermata dallo stesso Mantovano, che … chiude le porte e osserva").
        if g > 1, word(g - 1, is: .coordinator), !lexicon.isAuxiliary(words[g - 1]), !gapHasBoundary(g - 1, g),
           let s = mainClauseSubject(before: g - 1, floor: text.sentenceStart(containing: words[g - 1].start)),
           !headFirst || namesAPerson(s) {
            return s
        }
        // "Dazu erklärte Hartmann:", "Zum Rücktritt sagte der Kardinal Angelo Sodano:": a German clause opened by
        // an adverb or a preposition has its subject right after the verb.
        if verbSecond, g > 0 {
            let opening = text.wordIndex(atOrAfter: max(floor, text.sentenceStart(containing: words[g].start)))
            if opening < g, word(opening, is: .opener) || word(opening, is: .stop) || word(opening, is: .according)
                || opensWithAdverbial(opening, verb: g, limit: limit),
               !(opening..<g).contains(where: { gapHasComma($0, $0 + 1) }),
               let s = subjectAfter(v, limit: limit), namesSomeone(s) || word(s.lowerBound, is: .pronoun) {
                return s
            }
        }
        if g > 0, words[g - 1].start >= floor, let s = subjectBefore(g, floor: floor) { return s }
        // "told the BBC", "told Reuters": what follows is the listener, not an inverted subject.
        if word(v, is: .addressee) { return nil }
        return subjectAfter(v, limit: limit)
    }

    /// German: the words before the verb group at `g` are an adverbial, not a subject, when they open with a
    /// capitalised word that is no article, pronoun or mention and either are no single noun phrase ("Passend zu den
    /// Gefahren des Eises warnte die Moderatorin") or an article follows the verb ("Unmissverständlich sagt das
    /// Gericht").
    private func opensWithAdverbial(_ opening: Int, verb g: Int, limit: Int) -> Bool {
        guard words[opening].isCapitalized, !word(opening, is: .determiner), !word(opening, is: .pronoun),
              mentions(overlapping: words[opening].start, words[opening].end).isEmpty else { return false }
        if let np = germanNounPhrase(at: opening, limit: g), np.upperBound == g {
            let v = g
            var n = v + 1
            while n < words.count, n - v <= 2, word(n, is: .aux) || word(n, is: .reflexive) { n += 1 }
            return n < words.count && words[n].end <= limit && !gapHasBoundary(n - 1, n)
                && (word(n, is: .determiner) && !word(n, is: .possessive) || word(n, is: .pronoun))
        }
        return true
    }

    private func namesAPerson(_ s: Range<Int>) -> Bool {
        mentions(overlapping: words[s.lowerBound].start, words[s.upperBound - 1].end)
            .contains { entities[$0.located.entity].kind == .person }
    }

    /// The subject of the clause a sentence opens with, before word `g`: a person named as a clause subject
    /// ("However, FCA board member Marvin Duncan differed …", Reuters), else the opening pronoun or noun
    /// phrase ("He warned …", "The minister's spokesman also rejected …").
    private func mainClauseSubject(before g: Int, floor: Int) -> Range<Int>? {
        let first = text.wordIndex(atOrAfter: floor)
        guard first < g else { return nil }
        var k = mentionIndex(atOrAfter: words[g].start) - 1
        while k >= 0, mentions[k].mention.span.start >= floor {
            if isSubjectMention(k) {
                let a = text.wordIndex(atOrAfter: mentions[k].mention.span.start)
                let b = text.wordIndex(atOrAfter: mentions[k].mention.span.end)
                if a < b, b <= g { return a..<b }
            }
            k -= 1
        }
        let trimmed = trimLeadingFunctionWords(first..<g)
        guard !trimmed.isEmpty, !isInsideQuote(words[trimmed.lowerBound].start) else { return nil }
        let a = trimmed.lowerBound
        if word(a, is: .pronoun) { return a..<(a + 1) }
        guard word(a, is: .determiner) || words[a].isCapitalized, !word(a, is: .stop), !word(a, is: .according)
        else { return nil }
        // A lower-case word in -ed after the head is the verb ("The party chairman attacked …").
        func pastVerb(_ k: Int) -> Bool { !words[k].isCapitalized && words[k].key.hasSuffix("ed") && k > a + 1 }
        var b = a + 1
        while b < g, b - a < 7, !gapHasBoundary(b - 1, b), !isClauseVerb(b), !word(b, is: .function),
              !word(b, is: .stop), !pastVerb(b) {
            b += 1
        }
        // The phrase must end at its verb: "The spokesman also rejected", not "The spokesman rejected the claims".
        guard b < g, word(b, is: .function) || isClauseVerb(b) || pastVerb(b) || b - a <= 3
        else { return nil }
        // Ended by a verb, any noun phrase is the subject ("The four opposition parties called …"); else it must
        // name someone.
        guard let head = (a..<b).last, isClauseVerb(b) || pastVerb(b) || word(head, is: .speakernoun)
                || word(head, is: .generic) || words[head].isCapitalized else { return nil }
        return a..<b
    }

    /// Word `w` follows "according to" or "secondo" within its sentence (from word `floor`): "according to X",
    /// "Secondo Miglioli" (DICE) name the one whose view the sentence reports.
    func followsAccording(_ w: Int, notBefore floor: Int) -> Bool {
        [w - 1, w - 2].contains { p in
            p >= floor && p < w && word(p, is: .according) && !gapHasBoundary(p, w - 1 >= p ? w - 1 : p)
        }
    }

    /// A person mention that is a clause subject: it opens its sentence (after connectives and role words: "But
    /// Baker has …", "FCA board member Marvin Duncan differed …") or a verb follows it ("a move Smith has backed"). Not
    /// a name after a preposition ("from actor John Brown", "for the minister's advice") nor the subject of
    /// reported speech ("He said Acme was …").
    func isSubjectMention(_ k: Int) -> Bool {
        let m = mentions[k]
        guard !mentionInQuote[k], entities[m.entity].kind == .person, isNamed(m), !isGenitivePossessor(m) else { return false }
        let w = text.wordIndex(atOrAfter: m.mention.span.start)
        let l = text.wordIndex(atOrAfter: m.mention.span.end) - 1
        guard w < words.count, l >= w else { return false }
        let sentence = text.sentenceStart(containing: m.mention.span.start)
        let sentenceWord = text.wordIndex(atOrAfter: sentence)
        if followsAccording(w, notBefore: sentenceWord) { return true }
        if afterPreposition(w, notBefore: sentenceWord) { return false }
        if w > 0, words[w - 1].key == "s" || text.scalars[words[w].start - 1] == "(" { return false }
        // Opens the sentence: only connectives, an article and role words before it.
        var j = sentenceWord
        while j < w, word(j, is: .function) { j += 1 }
        if j < w, word(j, is: .determiner) { j += 1 }
        // Role words are names or nouns ("FCA board member", "foreign affairs spokesman"), not a past verb
        // ("Police arrested John Smith") nor another name ("Baker accused Reagan").
        // A title may hold "of (the)" between capitalized words: "Former Secretary of State Madeleine Albright",
        // "Speaker of the House Paul Ryan".
        func linksTitleWords(_ k: Int) -> Bool {
            guard word(k, is: .stop), k > j, words[k - 1].isCapitalized else { return false }
            let next = k + 1 < w && word(k + 1, is: .determiner) ? k + 2 : k + 1
            return next < w && words[next].isCapitalized
        }
        if w - j <= 5, !isInsideQuote(sentence),
           (j..<w).allSatisfy({ (!word($0, is: .stop) || linksTitleWords($0)) && !word($0, is: .function)
                                && (!isClauseVerb($0) || $0 > j && words[$0].isCapitalized)  // "of State"
                                && !gapHasBoundary($0, $0 + 1)
                                && (words[$0].isCapitalized || !words[$0].key.hasSuffix("ed")) }),
           !(k > 0 && mentions[k - 1].mention.span.start >= words[j].start && entities[mentions[k - 1].entity].kind == .person) {
            return true
        }
        // A verb follows: a clause subject, unless the clause is reported after a speech verb of the sentence.
        guard l + 1 < words.count, !gapHasBoundary(l, l + 1), isClauseVerb(l + 1) else { return false }
        var p = w - 1
        while p >= sentenceWord, w - p <= 40 {
            if isSpeechVerb(p), !isInsideQuote(words[p].start) { return false }
            p -= 1
        }
        return true
    }

    /// The latest person named as a clause subject before `offset` (see `isSubjectMention`).
    private func lastSubjectPerson(before offset: Int, notBefore floor: Int) -> (Int, QuoteSpeaker)? {
        var k = mentionIndex(atOrAfter: offset) - 1
        while k >= 0, mentions[k].mention.span.start >= floor {
            if mentions[k].mention.span.end <= offset, isSubjectMention(k) {
                return (mentions[k].mention.span.start, speaker(mentions[k].entity))
            }
            k -= 1
        }
        return nil
    }

    /// A speech verb or auxiliary: a clause the subject search must not cross ("Bellotti ha assicurato …").
    private func isClauseVerb(_ k: Int) -> Bool {
        // "il capo dello Stato serbo": a capitalized auxiliary inside a sentence is a noun (Italian "stato").
        word(k, is: .aux) && !(words[k].isCapitalized && text.sentenceStart(containing: words[k].start) < words[k].start)
            || isSpeechVerb(k)
    }

    /// The noun phrase a clause opens with, when it can name a speaker: it starts with a name, an article, a
    /// pronoun or a mention, and ends before a preposition ("The committee in its report" → "The committee").
    private func subjectPhrase(_ clause: Range<Int>) -> Range<Int>? {
        let trimmed = trimLeadingFunctionWords(clause)
        guard !trimmed.isEmpty else { return nil }
        let a = trimmed.lowerBound
        if trimmed.count == 1, word(a, is: .function) { return nil }
        guard trimmed.count <= 9 else { return nil }
        if trimmed.count == 1, word(a, is: .thingpronoun) { return trimmed }
        let opensPhrase = words[a].isCapitalized && !word(a, is: .stop) && !word(a, is: .according)
            || word(a, is: .determiner) || word(a, is: .pronoun) || word(a, is: .speakernoun)
            || !mentions(overlapping: words[a].start, words[a].end).isEmpty
        guard opensPhrase, looksLikeSubject(trimmed) else { return nil }
        // "the trade and industry minister": a role whose name joins two nouns with "and", up to its head.
        if !headFirst, trimmed.count <= 6, word(a, is: .determiner),
           word(trimmed.upperBound - 1, is: .speakernoun),
           trimmed.dropFirst().allSatisfy({ !words[$0].isCapitalized && !word($0, is: .stop)
               && (words[$0].key == "and" || !word($0, is: .function)) }) {
            return trimmed
        }
        var b = a + 1
        while b < trimmed.upperBound, !word(b, is: .stop) || mentionCovers(b),
              !word(b, is: .function) || word(b, is: .determiner) || mentionCovers(b) {
            b += 1
        }
        while b - 1 > a, word(b - 1, is: .function), !word(b - 1, is: .determiner) {
            b -= 1
        }
        return a..<b
    }

    private func mentionCovers(_ k: Int) -> Bool {
        !mentions(overlapping: words[k].start, words[k].end).isEmpty
    }

    private func trimLeadingFunctionWords(_ range: Range<Int>) -> Range<Int> {
        var a = range.lowerBound
        while a < range.upperBound - 1, word(a, is: .function) { a += 1 }
        return a..<range.upperBound
    }

    /// The speaker phrase after a verb at `v`: up to clause punctuation or a stop word, within `limit` (an offset).
    func subjectAfter(_ v: Int, limit: Int) -> Range<Int>? {
        var a = v + 1
        guard a < words.count, words[a].end <= limit, !gapHasBoundary(v, a) || gapHasOnlyComma(v, a) else { return nil }
        // French inversion: the "t" of "raconte-t-il", "soupire-t-elle".
        if words[a].key == "t", a + 1 < words.count, words[a + 1].end <= limit, word(a + 1, is: .pronoun) { a += 1 }
        // One adverb or adjective may stand between verb and subject ("ha detto ieri il sindaco", "nota amara Giuliana").
        if !looksLikeSubject(a..<(a + 1)), a + 1 < words.count, words[a + 1].end <= limit, !gapHasBoundary(a, a + 1),
           !word(a, is: .stop), !word(a, is: .determiner) {
            if words[a + 1].isCapitalized || word(a + 1, is: .determiner) { a += 1 }
        }
        var b = a
        while b < words.count, words[b].end <= limit, b - a < 8 {
            if b > a, gapHasBoundary(b - 1, b) { break }
            // A verb-like word inside a name runs on: "said Ohio State University professor Paul Beck".
            if b > a, word(b, is: .stop) || isClauseVerb(b) && !mentionCovers(b) || isGerund(b) { break }
            // "Per il Cavaliere però il problema resta": a connective ends the phrase.
            if b > a, word(b, is: .function), !word(b, is: .determiner), !word(b, is: .pronoun), !mentionCovers(b) { break }
            b += 1
        }
        // "said he hoped Baker would …": a pronoun is the whole subject.
        if word(a, is: .pronoun) { b = a + 1 }
        // "begründet das Gericht seine Entscheidung", "äußerte sich Vatikansprecher Navarro-Valls dahingehend": a
        // German subject ends with its noun, its name or a genitive ("der Chef der Bundesagentur").
        // Only lower-case words end it: capitalised ones run on ("Oberrabbiner Israels, Yona Metzger").
        if verbSecond, b > a + 1, !word(a, is: .pronoun) {
            var seenNoun = false
            var k = a
            while k < b {
                if words[k].isCapitalized {
                    seenNoun = true
                } else if seenNoun {
                    let attribute = ["der", "des", "eines", "einer", "von", "vom"].contains(words[k].key) && k + 1 < b
                    guard attribute else { b = k; break }
                    seenNoun = false
                }
                k += 1
            }
        }
        let range = a..<b
        guard !range.isEmpty, !range.allSatisfy({ word($0, is: .determiner) }) else { return nil }
        if word(a, is: .stop) || word(a, is: .function) && !word(a, is: .determiner) { return nil }
        // "dal presidente bielorusso": the preposition carries the article.
        let pivot = words[v].key
        let fusedArticle = (word(v, is: .agent) || word(v, is: .passive)) && pivot.count >= 3
            && !words[v].isCapitalized
        if fusedArticle, !word(a, is: .function) { return range }
        if words[a].isCapitalized || word(a, is: .determiner) || word(a, is: .pronoun)
            || !mentions(overlapping: words[a].start, words[a].end).isEmpty {
            return range
        }
        // A role without an article: "said chairman David Roderick" (Reuters), "said chief executive officer John Brown".
        if word(range.upperBound - 1, is: .speakernoun) || word(a, is: .speakernoun)
            || mentions(overlapping: words[a].start, words[range.upperBound - 1].end)
                .contains(where: { entities[$0.located.entity].kind == .person }) {
            return range
        }
        return nil
    }

    /// A lower-case gerund, a reflexive one too: "ha proseguito il capo dello Stato serbo rivolgendosi ai deputati"
    /// ends the subject at "rivolgendosi". Not in English, where "the ruling", "the meeting" are nouns.
    private func isGerund(_ k: Int) -> Bool {
        let key = words[k].key
        guard headFirst, !words[k].isCapitalized else { return false }
        if lexicon.hasEnding(key, .gerundending) { return true }
        for clitic in ["si", "se"] where key.hasSuffix(clitic) {
            if lexicon.hasEnding(String(key.dropLast(2)), .gerundending) { return true }
        }
        return false
    }

    func gapHasOnlyComma(_ a: Int, _ b: Int) -> Bool {
        var i = words[a].end
        while i < words[b].start {
            let s = text.scalars[i]
            if !(s == "," || QuoteText.isSpace(s)) { return false }
            i += 1
        }
        return true
    }

    /// Resolves a speaker phrase to an entity, a pronoun's antecedent, a role's holder, or keeps its surface.
    func resolve(_ range: Range<Int>, extendTo limit: Int? = nil) -> QuoteSpeaker? {
        let start = words[range.lowerBound].start, end = words[range.upperBound - 1].end
        let found = mentions(overlapping: start, end)
        // A name beats a role description in the same phrase ("il sottosegretario all'interno Alfredo Mantovano").
        // Of several names, the one a role noun introduces is the speaker: "Fiat chief executive Sergio
        // Marchionne", where the company may have been taken for a person too.
        var named = found.filter { entities[$0.located.entity].kind == .person && isNamed($0.located) }
        // "Berlins Innensenator Frank Henkel": the genitive before the role is its possessor
        // (`GenitivePossessorRule.swift`).
        if verbSecond, named.count > 1, named.contains(where: { !isGenitivePossessor($0.located) }) {
            named.removeAll { isGenitivePossessor($0.located) }
        }
        // German capitalises the role too, and the tagger may take it for a person of its own: "Projektkoordinator
        // Andreas Grassauer", "Schalkes Trainer Felix Magath". A "person" right before another one is its title.
        if verbSecond, named.count > 1 {
            named = named.enumerated().filter { i, m in
                guard i + 1 < named.count else { return true }
                let next = named[i + 1].located.mention.span.start
                let end = m.located.mention.span.end
                return !(next > end && (end..<next).allSatisfy { QuoteText.isSpace(text.scalars[$0]) })
            }.map(\.element)
        }
        if let person = named.last(where: { afterRoleNoun($0.located, in: range) }) ?? named.first {
            // "il Ministro degli Affari Esteri … Antonio Tajani": a name in the role's complement gives way to the
            // holder named after it (`GenitiveComplementRule.swift`).
            if isGenitiveComplement(person.located), let holder = appositionPerson(after: range, limit: limit ?? end),
               holder != person.located.entity {
                return speaker(holder)
            }
            return speaker(person.located.entity)
        }
        // "spiega il comandante dei Nas, Sabato Simonetti": a name in apposition right after the phrase.
        if let limit, range.upperBound < words.count, gapHasOnlyComma(range.upperBound - 1, range.upperBound) {
            let next = words[range.upperBound]
            if next.end <= limit, let m = mentions(overlapping: next.start, next.end).first,
               entities[m.located.entity].kind == .person {
                return speaker(m.located.entity)
            }
        }
        if let person = appositionPerson(after: range, limit: limit ?? text.sentenceEnd(containing: start)) {
            return speaker(person)
        }
        if range.count == 1, word(range.lowerBound, is: .pronoun) {
            return resolvePronoun(at: start) ?? QuoteSpeaker(surface: text.string(start, end), entity: nil)
        }
        if range.count == 1, word(range.lowerBound, is: .thingpronoun) {
            return resolvePronoun(at: start, personal: false)
        }
        let head = headWord(range)
        let headCovered = found.filter {
            $0.located.mention.span.start <= words[head].start && words[head].end <= $0.located.mention.span.end
        }
        if let other = headCovered.first(where: { entities[$0.located.entity].kind != .person }) {
            return speaker(other.located.entity)
        }
        if let holder = roleHolder(range, found: found) { return holder }
        if let earlier = definiteReference(range) { return earlier }
        if let named = leadRoleHolder(range) { return named }
        // Unresolved: keep the article's words ("il titolare", "a spokesman").
        return QuoteSpeaker(surface: text.string(start, end), entity: nil)
    }

    /// "ha detto il ministro delle Imprese e del Made in Italy, Adolfo Urso": a role phrase runs on past where the
    /// subject phrase stopped (at "e", at its eighth word) to the comma before the holder's name. Only for a phrase
    /// with a role word, and only across words that cannot start a clause of their own. `resolve` asks only when
    /// the phrase names no person itself.
    private func appositionPerson(after range: Range<Int>, limit: Int) -> Int? {
        let gazetteerRoles = EntityGazetteer.shared.roles
        guard range.contains(where: { word($0, is: .speakernoun) || gazetteerRoles[words[$0].key] != nil })
        else { return nil }
        var k = range.upperBound - 1
        while k + 1 < words.count, words[k + 1].end <= limit, k + 1 - range.upperBound < 14 {
            if gapHasComma(k, k + 1) {
                guard gapHasOnlyComma(k, k + 1) else { return nil }
                let next = words[k + 1]
                guard let m = mentions(overlapping: next.start, next.end).first(where: {
                    entities[$0.located.entity].kind == .person && isNamed($0.located)
                }), m.located.mention.span.start == next.start else { return nil }
                return m.located.entity
            }
            if gapHasBoundary(k, k + 1) || isClauseVerb(k + 1) || word(k + 1, is: .pronoun)
                || word(k + 1, is: .relative) {
                return nil
            }
            // No comma: "a prévenu le commissaire à l’économie Pierre Moscovici" (Le Monde), a name right after
            // the role's complement; not after a preposition ("ha detto il ministro a Mario Rossi").
            if k >= range.upperBound, !word(k, is: .stop), !word(k, is: .function), !word(k, is: .determiner),
               !word(k, is: .agent), !word(k, is: .listener) {
                let next = words[k + 1]
                if let m = mentions(overlapping: next.start, next.end).first(where: {
                    entities[$0.located.entity].kind == .person && isNamed($0.located)
                }), m.located.mention.span.start == next.start {
                    return m.located.entity
                }
            }
            k += 1
        }
        return nil
    }

    /// A mention right after a lowercase content word of the phrase: the role noun of "chief executive Sergio
    /// Marchionne", "analyst Phil Kain", "il sindaco Monica Amici".
    private func afterRoleNoun(_ m: ArticleEntities.Located, in range: Range<Int>) -> Bool {
        let first = text.wordIndex(atOrAfter: m.mention.span.start)
        guard first > range.lowerBound, first < words.count, !gapHasBoundary(first - 1, first) else { return false }
        let w = words[first - 1]
        return !w.isCapitalized && !word(first - 1, is: .determiner) && !word(first - 1, is: .function)
            && !word(first - 1, is: .stop) && !word(first - 1, is: .agent) && !word(first - 1, is: .passive)
    }

    /// "the committee" → the Defence Committee named earlier; "l'uomo" → the man named last.
    private func definiteReference(_ range: Range<Int>) -> QuoteSpeaker? {
        guard range.count >= 2, range.count <= 3, word(range.lowerBound, is: .determiner) else { return nil }
        let head = words[headWord(range)].key
        let start = words[range.lowerBound].start
        if word(headWord(range), is: .generic) {
            return lastPerson(before: start, notBefore: max(0, start - 3000), named: true)?.1
        }
        var k = mentionIndex(atOrAfter: start) - 1
        while k >= 0, start - mentions[k].mention.span.start < 5000 {
            let entity = entities[mentions[k].entity]
            let nameWords = Normalizer.key(entity.name).split(separator: " ")
            if nameWords.count >= 2, (headFirst ? nameWords.first : nameWords.last).map(String.init) == head {
                return speaker(mentions[k].entity)
            }
            k -= 1
        }
        return nil
    }

    private func headWord(_ range: Range<Int>) -> Int {
        if headFirst {
            var k = range.lowerBound
            while k < range.upperBound - 1, word(k, is: .determiner) { k += 1 }
            return k
        }
        // "the leader of the Social Democratic Party": the head ends before the first preposition.
        if let stop = range.dropFirst().first(where: { word($0, is: .stop) }) { return stop - 1 }
        return range.upperBound - 1
    }

    private func latestMentioned(_ candidates: [Int], before offset: Int) -> Int? {
        var k = mentionIndex(atOrAfter: offset) - 1
        let wanted = Set(candidates)
        while k >= 0 {
            if wanted.contains(mentions[k].entity) { return mentions[k].entity }
            k -= 1
        }
        return nil
    }

    /// "he said": the latest speaker met in the text, else the latest person named.
    /// "it said" / "they said" (`personal: false`) may also be an organisation's.
    func resolvePronoun(at offset: Int, personal: Bool = true) -> QuoteSpeaker? {
        let floor = max(0, offset - 3000)
        let event = lastEvent(before: offset, notBefore: floor, personal: personal)
        // A person named as a clause subject since the latest speaker is the likelier antecedent: "Baker accused
        // Reagan of … "Q," he told reporters" (Baker, not Reagan, who spoke before).
        if personal, let subject = lastSubjectPerson(before: offset, notBefore: max(floor, event?.position ?? floor)),
           subject.0 > (event?.position ?? -1) {
            return subject.1
        }
        if personal, headFirst, event != nil, let newcomer = soleNewcomer(since: event?.position, before: offset) {
            return newcomer
        }
        if let event { return event.speaker }
        return lastPerson(before: offset, notBefore: floor, subjectish: true)?.1
    }

    // MARK: Roles

    func isNamed(_ m: ArticleEntities.Located) -> Bool {
        m.mention.surface.unicodeScalars.first.map(QuoteText.isUppercase) == true
    }

    private func computeTextRoles() -> [String: Set<Int>] {
        var out: [String: Set<Int>] = [:]
        for (k, m) in mentions.enumerated() where !mentionInQuote[k] && entities[m.entity].kind == .person && isNamed(m) {
            let first = text.wordIndex(atOrAfter: m.mention.span.start)
            let last = text.wordIndex(atOrAfter: m.mention.span.end) - 1
            guard first < words.count, last >= first else { continue }
            // Before the name: "il presidente russo Vladimir Putin", "CBI President David Nickson".
            var j = first
            while j - 1 >= 0, first - (j - 1) <= 4, !gapHasBoundary(j - 1, j), !isClauseVerb(j - 1),
                  !word(j - 1, is: .determiner), !word(j - 1, is: .function),
                  !headFirst || !words[j - 1].isCapitalized {
                j -= 1
            }
            // A role stands between an article and the name ("il presidente russo Vladimir Putin"), or opens the
            // clause in English ("CBI President David Nickson"); "l'agenzia di Cristina Teggi" is no role.
            let opener = j == 0 || gapHasBoundary(j - 1, j) || word(j - 1, is: .determiner)
            let genitive = first > 0 && (word(first - 1, is: .agent) || word(first - 1, is: .stop))
            if j < first, opener, !genitive, headFirst ? j > 0 && word(j - 1, is: .determiner) : true {
                let head = headFirst ? j : first - 1
                if !headFirst || !words[head].isCapitalized { out[words[head].key, default: []].insert(m.entity) }
            }
            // A role phrase in apposition before it: "Il portavoce del Governo di unità nazionale della Libia,
            // Mohamed Hammouda, …" (`RoleAppositionRule.swift`).
            if let head = roleApposition(before: first) { out[words[head].key, default: []].insert(m.entity) }
            // After it, between commas: "Rossella Malagoli, titolare della …", "David Steel, leader of …".
            var a = last + 1
            if a < words.count, gapHasOnlyComma(last, a), gapHasComma(last, a) {
                while a < words.count, word(a, is: .determiner) { a += 1 }
                var b = a
                while b < words.count, b - a < 6, b == a || !gapHasBoundary(b - 1, b), !word(b, is: .stop),
                      !isClauseVerb(b) {
                    b += 1
                }
                if b > a {
                    let head = headFirst ? a : b - 1
                    out[words[head].key, default: []].insert(m.entity)
                    if !headFirst { out[words[a].key, default: []].insert(m.entity) }
                }
            }
        }
        return out
    }

    /// The person a role phrase without a name refers to: a role the text or the entity index gave someone named
    /// before; else, for "l'ambulante", "la titolare", "the man", the person named last — unless the article
    /// introduced an unnamed one ("a State Department official … the official said").
    private func roleHolder(_ range: Range<Int>, found: [(index: Int, located: ArticleEntities.Located)]) -> QuoteSpeaker? {
        let start = words[range.lowerBound].start
        let headKey = words[headWord(range)].key
        let before = mentionIndex(atOrAfter: start)
        func namedBefore(_ entity: Int) -> Int? {
            guard let named = namedMentions[entity] else { return nil }
            var lo = 0, hi = named.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if named[mid] < before { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 ? mentions[named[lo - 1]].mention.span.start : nil
        }
        // "a State Department official": an unnamed person, by the article's own words.
        if word(range.lowerBound, is: .indefinite) { return nil }
        // "the minister's spokesman": someone's spokesman, not the spokesman named earlier.
        if !headFirst, let s = range.first(where: { words[$0].key == "s" && $0 > range.lowerBound && $0 < headWord(range) }),
           !found.contains(where: { entities[$0.located.entity].kind == .person && $0.located.mention.span.start > words[s].start }) {
            return nil
        }
        let recognized = found.first(where: { entities[$0.located.entity].kind == .person })
        var candidates = textRoles[headKey] ?? []
        candidates.formUnion(roleHoldersByHead[headKey] ?? [])
        if let r = recognized { candidates.insert(r.located.entity) }
        let best = candidates.compactMap { e in namedBefore(e).map { (entity: e, position: $0) } }.max { $0.position < $1.position }
        // Someone named more recently whose role the text never gave may hold this one ("nell'agenzia di Cristina
        // Teggi … - spiega la titolare -", while an earlier "titolare" was someone else).
        let recent = lastPerson(before: start, notBefore: max(0, start - 2500), named: true)
        // "her lawyers", "his son": someone's — the holder the text gave that role, never just the person named last.
        let possessive = word(range.lowerBound, is: .possessive)
        if let best {
            // …in a later sentence than the holder: "Lo ha detto il Ministro degli affari esteri, Antonio Tajani, …
            // per sostenere la campagna di Adriano Galliani. «…», ha aggiunto il ministro." keeps Tajani.
            if !possessive, let recent, let e = recent.1.entity, recent.0 > best.position,
               text.sentenceStart(containing: recent.0) > text.sentenceStart(containing: best.position),
               !entitiesWithRoles.contains(e) {
                return recent.1
            }
            return speaker(best.entity)
        }
        if let recognized { return speaker(recognized.located.entity) }
        // A bare role ("l'ambulante", "il sindaco", "the man") refers back to the person named last; a role with a
        // name in it ("the State Department source", "il portavoce del Cremlino") stays as written.
        let bare = (range.lowerBound..<range.upperBound).allSatisfy { !words[$0].isCapitalized || $0 == range.lowerBound }
        guard bare, !possessive, word(range.lowerBound, is: .determiner), range.count <= 4,
              word(headWord(range), is: .speakernoun) || word(headWord(range), is: .generic),
              !introducedUnnamed(headKey, before: start) else { return nil }
        return recent?.1
    }

    /// "…, the trade and industry minister has said. … , John Smith said.": a definite role before anyone is named
    /// (a lead) is the person the next sentences name as a clause subject.
    private func leadRoleHolder(_ range: Range<Int>) -> QuoteSpeaker? {
        guard !headFirst, range.count >= 2, word(range.lowerBound, is: .determiner),
              !word(range.lowerBound, is: .indefinite),
              !word(range.lowerBound, is: .possessive),
              word(headWord(range), is: .speakernoun) else { return nil }
        let start = words[range.lowerBound].start, end = words[range.upperBound - 1].end
        // A lead: the first lines of the article (which also keeps the look-back short).
        guard start < 2000, lastPerson(before: start) == nil else { return nil }
        // Within the next two sentences.
        let limit = text.sentenceEnd(containing: text.sentenceStart(atOrAfter: text.sentenceEnd(containing: end)))
        var k = mentionIndex(atOrAfter: end)
        while k < mentions.count, mentions[k].mention.span.start < limit {
            if isSubjectMention(k) { return speaker(mentions[k].entity) }
            k += 1
        }
        return nil
    }

    /// "a State Department official", "un testimone": the head noun came with an indefinite article before.
    private func introducedUnnamed(_ head: String, before offset: Int) -> Bool {
        var k = text.wordIndex(atOrAfter: offset) - 1
        while k >= 0, offset - words[k].start < 5000 {
            if words[k].key == head {
                var j = k - 1
                while j >= 0, k - j <= 4, !gapHasBoundary(j, j + 1) {
                    if word(j, is: .indefinite) { return true }
                    j -= 1
                }
            }
            k -= 1
        }
        return false
    }

    /// A person, named or not ("the official", "l'ambulante", "he"): the antecedent of a later "he said".
    func isPersonal(_ who: QuoteSpeaker) -> Bool {
        if let e = who.entity { return entities[e].kind == .person }
        // An unrecognised name ("Luisa", "David Owen").
        let surfaceWords = who.surface.split(separator: " ")
        if let first = surfaceWords.first(where: { !lexicon.contains(Normalizer.key($0), .determiner) }),
           first.unicodeScalars.first.map(QuoteText.isUppercase) == true, surfaceWords.count <= 3 {
            return true
        }
        let keys = Normalizer.key(who.surface).split(separator: " ").map(String.init)
            .filter { !lexicon.contains($0, .determiner) }
        guard let head = headFirst ? keys.first : keys.last else { return false }
        return lexicon.contains(head, .speakernoun) || lexicon.contains(head, .generic) || lexicon.contains(head, .pronoun)
    }

    // MARK: Narrative speech events

    private func computeNarrativeEvents() -> [SpeakerEvent] {
        var out: [SpeakerEvent] = []
        for k in words.indices where isVerbForm(k) {
            guard !isInsideQuote(words[k].start), isSpeechVerb(k) else { continue }
            let floor = text.sentenceStart(containing: words[k].start)
            let range = subjectOfVerb(k, floor: floor, limit: text.sentenceEnd(containing: words[k].start))
            guard let range, !(range.count == 1 && word(range.lowerBound, is: .pronoun)) else { continue }
            let start = words[range.lowerBound].start, end = words[range.upperBound - 1].end
            let found = mentions(overlapping: start, end)
            let resolved: QuoteSpeaker
            if let person = found.first(where: { entities[$0.located.entity].kind == .person }) {
                resolved = speaker(person.located.entity)
            } else if range.count <= 6, !found.isEmpty || word(headWord(range), is: .speakernoun) {
                guard let r = resolve(range, extendTo: text.sentenceEnd(containing: words[k].start)) else { continue }
                resolved = r
            } else {
                continue
            }
            out.append(SpeakerEvent(position: words[k].start, speaker: resolved))
        }
        // "Doch sei es, so der ugandische Schriftsteller Musa Okwanga, …": "so" names a speaker in narrative too
        // (`SoCueRule.swift`).
        if verbSecond {
            out += soNarrativeEvents()
            out.sort { $0.position < $1.position }
        }
        return out
    }

    // MARK: Rules

    /// Attributes one candidate. `bounds` is the region the cue may lie in (the outer quote for nested ones).
    mutating func attribute(_ q: QuoteCandidate, bounds: Range<Int>, neighbours: (previousEnd: Int, nextStart: Int))
        -> Attribution
    {
        let outerStart = q.outerStart, outerEnd = q.outerEnd
        // 1. Inline attribution between dashes.
        if let cue = q.inlineCue {
            let limit = words[cue.upperBound - 1].end
            if let a = attribution(inWords: cue, limit: limit) {
                return remember(a, at: outerStart)
            }
            // A speech noun ("– è il commento del presidente Bonaccini –") or a verb the lexicon lacks.
            let pivot = cue.first { word($0, is: .noun) } ?? cue.lowerBound
            var after = pivot
            if after + 1 < cue.upperBound, word(after + 1, is: .agent) { after += 1 }
            if let s = subjectAfter(after, limit: limit), let who = resolve(s, extendTo: limit) {
                return remember(Attribution(speakers: [who], cue: words[pivot].key, confidence: 0.7, rule: .inlineNoun), at: outerStart)
            }
            let v = cue.first { isSpeechVerb($0) }
            return remember(contextAttribution(for: q, cue: v.map { words[$0].key }, confidence: 0.6), at: outerStart)
        }
        // An incise between commas inside the marks: "« A, soupire-t-elle. B »" (`InciseRule.swift`).
        if let a = inciseAttribution(q) { return remember(a, at: outerStart) }
        let sentenceStart = max(bounds.lowerBound, text.sentenceStart(containing: outerStart), neighbours.previousEnd)
        let tailLimit = min(bounds.upperBound, q.scanned.close == nil ? outerEnd : text.sentenceEnd(containing: outerEnd),
                            neighbours.nextStart)
        let tail = text.wordIndex(atOrAfter: outerEnd)..<text.wordIndex(atOrAfter: tailLimit)
        let prefix = text.wordIndex(atOrAfter: sentenceStart)..<text.wordIndex(atOrAfter: outerStart)

        // 2. A speech verb right after the quote — unless the quote ends its sentence and the next one starts with a
        // capital (`X said: "… ." Y said he …`): then a cue before the quote comes first.
        let endsSentence = q.scanned.close.map { c in
            var k = c - 1
            while k > q.contentStart, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
            return ".!?".unicodeScalars.contains(text.scalars[k]) && !tail.isEmpty && words[tail.lowerBound].isCapitalized
                && !isSpeechVerb(tail.lowerBound)
        } ?? false
        if !endsSentence, let a = tailAttribution(tail, limit: tailLimit, tight: true) {
            // "X sagte dazu: „…“ betont sie.": the pronoun is the subject named before the quote
            // (`CueBeforePronounRule.swift`).
            if q.scanned.open != nil, tailSubjectIsPronoun(tail, limit: tailLimit),
               let b = cueBeforePronoun(prefixAttribution(prefix, quoteStart: outerStart)) {
                return remember(b, at: outerStart)
            }
            return remember(reranked(a, for: q, cued: true), at: outerStart)
        }
        // "„Q“, heißt es in einer Erklärung": the document or source the words come from (`DocumentSourceRule.swift`).
        if q.scanned.close != nil, let a = documentSourceAttribution(tail, limit: tailLimit, tail: true) {
            return remember(a, at: outerStart)
        }
        // A publication the quote was read in: "«Q», peut-on lire dans Le Monde" (`ReadInRule.swift`).
        if q.scanned.close != nil, let a = readInAttribution(tail, limit: tailLimit) { return remember(a, at: outerStart) }
        // A speech noun right after it: "«Q», le parole del ministro X" (`SpeechNounAfterRule.swift`).
        if q.scanned.close != nil, let a = speechNounAttribution(tail, limit: tailLimit) { return remember(a, at: outerStart) }
        if q.scanned.open != nil, let a = documentSourceAttribution(prefix, limit: outerStart, tail: false) {
            return remember(a, at: outerStart)
        }
        // 3. A cue before it in the sentence.
        if q.scanned.open != nil, let a = prefixAttribution(prefix, quoteStart: outerStart) {
            return remember(reranked(a, for: q, cued: true), at: outerStart)
        }
        // 4. A label before a colon.
        if q.scanned.open != nil, let a = labelAttribution(prefix, quoteStart: outerStart) {
            return remember(reranked(a, for: q, cued: true), at: outerStart)
        }
        if q.scanned.open != nil, let a = colonAgentAttribution(prefix, quoteStart: outerStart) {
            return remember(reranked(a, for: q, cued: true), at: outerStart)
        }
        if let a = tailAttribution(tail, limit: tailLimit, tight: false) { return remember(reranked(a, for: q, cued: true), at: outerStart) }
        // A term of a few words in an article that has named nobody yet stays no one's (and is then dropped).
        let fewWords = text.wordIndex(atOrAfter: q.contentEnd) - text.wordIndex(atOrAfter: q.contentStart) <= 4
        if q.scanned.open != nil,
           !fewWords || lastPerson(before: outerStart, named: true) != nil
            || lastEvent(before: outerStart, notBefore: 0, speakersOnly: true) != nil,
           let a = clauseSubjectAttribution(prefix, quoteStart: outerStart) {
            return remember(a, at: outerStart)
        }
        // 5. The next sentence of the paragraph.
        if let a = nextSentenceAttribution(after: outerEnd, bounds: bounds) { return remember(reranked(a, for: q, cued: true), at: outerStart) }
        // A verb with no subject next to the quote still says it is speech: "«…», nota sconsolato."
        let bareVerb = tail.prefix(3).first { isSpeechVerb($0) }
        if bareVerb == nil, q.scanned.open != nil, introducedByNonSpeaker(prefix, quoteStart: outerStart) {
            unknownAt.append(outerEnd)
            return Attribution(speakers: [], cue: nil, confidence: 0.3, rule: .noSpeaker)
        }
        return remember(contextAttribution(for: q, cue: bareVerb.map { words[$0].key },
                                           confidence: bareVerb == nil ? 0.45 : 0.55), at: outerStart)
    }

    private mutating func remember(_ a: Attribution, at position: Int) -> Attribution {
        var a = a
        // A pronoun with no antecedent ("he", when the article never names him) names nobody.
        a.speakers.removeAll { $0.entity == nil && lexicon.contains(Normalizer.key($0.surface), .pronoun) }
        if let first = a.speakers.first { quoteEvents.append(SpeakerEvent(position: position, speaker: first)) }
        return a
    }

    func cueText(_ v: Int) -> String {
        let g = verbGroupStart(v, floor: 0)
        return text.string(words[g].start, words[v].end)
    }

    /// Speaker from a run of words holding a verb: pre-verb subject, else post-verb.
    private func attribution(inWords range: Range<Int>, limit: Int) -> Attribution? {
        guard let v = range.first(where: { isSpeechVerb($0) }),
              let s = subjectOfVerb(v, floor: words[range.lowerBound].start, limit: limit),
              let who = resolve(s, extendTo: limit) else { return nil }
        return Attribution(speakers: [who], cue: cueText(v), confidence: who.entity == nil ? 0.7 : 0.9, rule: .inlineVerb)
    }

    /// An "according to" word: `secondo`, `according`; a word that is also a preposition ("per") only when it
    /// opens the sentence ("Per Franco Zavatti, …, «Q»").
    private func isAccording(_ k: Int, sentenceStart: Int) -> Bool {
        guard word(k, is: .according) else { return false }
        // "la notizia secondo cui …", "la información según la cual …": a relative clause, no source.
        let next = k + 1 < words.count && word(k + 1, is: .determiner) ? k + 2 : k + 1
        if next < words.count, word(next, is: .relative), !gapHasBoundary(k, next) { return false }
        return !word(k, is: .stop) || words[k].start <= sentenceStart
    }

    private func accordingAttribution(_ k: Int, limit: Int) -> Attribution? {
        let after = k + (k + 1 < words.count && word(k + 1, is: .stop) ? 1 : 0)
        guard let s = subjectAfter(after, limit: limit), let who = resolve(s, extendTo: limit) else { return nil }
        return Attribution(speakers: [who], cue: words[k].key, confidence: 0.85, rule: .accordingTo)
    }

    private func tailAttribution(_ tail: Range<Int>, limit: Int, tight: Bool) -> Attribution? {
        guard !tail.isEmpty else { return nil }
        let window = tail.lowerBound..<min(tail.upperBound, tail.lowerBound + (tight ? 5 : 10))
        let sentenceStart = words[tail.lowerBound].start
        if let a = soAttribution(window, limit: limit) { return a }
        // "sagte Raab laut Spiegel Online": in German the speech verb before "laut" has the speaker, "laut" the outlet.
        let verbFirst = verbSecond && window.first(where: { isSpeechVerb($0) }).map { v in
            window.first(where: { isAccording($0, sentenceStart: -1) }).map { v < $0 } ?? false } == true
        if !verbFirst, let k = window.first(where: { isAccording($0, sentenceStart: -1) }),
           let a = accordingAttribution(k, limit: limit) {
            return a
        }
        if let v = window.first(where: { isSpeechVerb($0) }), let who = partyLabelSpeaker(ofVerb: v, floor: sentenceStart) {
            return Attribution(speakers: [who], cue: cueText(v), confidence: 0.85, rule: .partyLabel)
        }
        guard let v = window.first(where: { isSpeechVerb($0) }),
              let s = subjectOfVerb(v, floor: sentenceStart, limit: limit),
              let who = resolve(s, extendTo: limit) else { return nil }
        return Attribution(speakers: [who], cue: cueText(v), confidence: who.entity == nil ? 0.7 : 0.9,
                           rule: tight ? .verbAfter : .verbLater)
    }

    private func prefixAttribution(_ prefix: Range<Int>, quoteStart: Int) -> Attribution? {
        guard !prefix.isEmpty else { return nil }
        let sentenceStart = words[prefix.lowerBound].start
        // "Nach der Kabinettssitzung sagte Bundesinnenminister Schily:": a German "nach" that a speech verb follows is
        // a preposition of time, not "according to".
        if let k = prefix.first(where: { isAccording($0, sentenceStart: sentenceStart) }),
           !(verbSecond && word(k, is: .stop) && prefix.contains { $0 > k && isSpeechVerb($0) }),
           let a = accordingAttribution(k, limit: quoteStart) {
            return a
        }
        // The verb nearest the quote introduces it ("Reagan said he would tell Nakasone: …" → tell, he → Reagan).
        let verbs = prefix.filter { isSpeechVerb($0) }
        for v in verbs.reversed() {
            if let who = relativeAntecedent(ofVerb: v, floor: sentenceStart) {
                return Attribution(speakers: [who], cue: cueText(v), confidence: 0.85, rule: .relativeAntecedent)
            }
            if let who = partyLabelSpeaker(ofVerb: v, floor: sentenceStart) {
                return Attribution(speakers: [who], cue: cueText(v), confidence: 0.85, rule: .partyLabel)
            }
            if let s = subjectOfVerb(v, floor: sentenceStart, limit: quoteStart), let who = resolve(s, extendTo: quoteStart) {
                return Attribution(speakers: [who], cue: cueText(v), confidence: who.entity == nil ? 0.7 : 0.85, rule: .verbBefore)
            }
        }
        // A verb without a subject ("e ricorda che «…»"): the subject is the context's.
        if let v = verbs.last, let who = resolvePronoun(at: words[v].start) {
            return Attribution(speakers: [who], cue: cueText(v), confidence: 0.6, rule: .verbBeforeNoSubject)
        }
        return nil
    }

    /// `Putin e Lukashenko: “Q”`, `L’obiettivo di Putin: “Q”`, `Mosca: “Q”`, `Il sindaco: «Q»`.
    private func labelAttribution(_ prefix: Range<Int>, quoteStart: Int) -> Attribution? {
        var k = quoteStart - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k >= 0, text.scalars[k] == ":", !prefix.isEmpty, prefix.count <= 6 else { return nil }
        let start = words[prefix.lowerBound].start, end = words[prefix.upperBound - 1].end
        let found = mentions(overlapping: start, end)
        let rank: (EntityKind) -> Int = { kind in
            switch kind {
            case .person: return 0
            case .organization: return 1
            case .country, .location: return 2
            }
        }
        if let best = found.map({ rank(entities[$0.located.entity].kind) }).min() {
            var seen: [Int] = []
            for m in found where rank(entities[m.located.entity].kind) == best && !seen.contains(m.located.entity) {
                seen.append(m.located.entity)
            }
            return Attribution(speakers: seen.map(speaker), cue: ":", confidence: 0.8, rule: .colonLabel, viaLabel: true)
        }
        if prefix.count <= 4, word(prefix.lowerBound, is: .determiner), words.count > prefix.lowerBound + 1,
           !words[prefix.lowerBound + 1].isCapitalized, !prefix.contains(where: { word($0, is: .agent) }),
           let who = resolve(prefix) {
            return Attribution(speakers: [who], cue: ":", confidence: 0.6, rule: .colonLabel, viaLabel: true)
        }
        // Names the entity index does not know: "Putin e Lukashenko:", "L’obiettivo di Putin:".
        let names = capitalisedNames(in: prefix)
        return names.isEmpty ? nil : Attribution(speakers: names, cue: ":", confidence: 0.5, rule: .colonLabel, viaLabel: true)
    }

    /// Runs of capitalised words split at conjunctions and commas, after a possessive "di"/"of" when there is one.
    private func capitalisedNames(in range: Range<Int>) -> [QuoteSpeaker] {
        var from = range.lowerBound
        if let agent = range.first(where: { word($0, is: .agent) }) { from = agent + 1 }
        var names: [QuoteSpeaker] = []
        var run: Range<Int>? = nil
        func flush() {
            if let r = run { names.append(QuoteSpeaker(surface: text.string(words[r.lowerBound].start, words[r.upperBound - 1].end))) }
            run = nil
        }
        for k in from..<range.upperBound {
            let key = words[k].key
            if words[k].isCapitalized, !word(k, is: .determiner), !word(k, is: .function) {
                if let r = run, !gapHasBoundary(r.upperBound - 1, k) { run = r.lowerBound..<(k + 1) } else { flush(); run = k..<(k + 1) }
            } else if word(k, is: .function) || word(k, is: .stop) && key.count <= 2 {
                flush()
            } else {
                return []  // a lowercase word: a sentence, not a list of names
            }
        }
        flush()
        return names
    }

    /// `Questa possibilità è esclusa dal primo cittadino che …: «Q»`: a person named in a sentence that
    /// introduces the quote with a colon.
    private func colonAgentAttribution(_ prefix: Range<Int>, quoteStart: Int) -> Attribution? {
        var k = quoteStart - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k >= 0, text.scalars[k] == ":", !prefix.isEmpty else { return nil }
        let found = mentions(overlapping: words[prefix.lowerBound].start, words[prefix.upperBound - 1].end)
        // Only someone already heard in the article: "incriminate dal pm Graziano leggiamo:" names a prosecutor
        // who is not the speaker, "esclusa dal primo cittadino che …:" the mayor quoted before.
        let heard = Set((narrativeEvents + quoteEvents).compactMap { $0.speaker.entity })
        if let person = found.last(where: { entities[$0.located.entity].kind == .person && heard.contains($0.located.entity)
                                            && !isGenitivePossessor($0.located) }) {
            return Attribution(speakers: [speaker(person.located.entity)], cue: ":", confidence: 0.65, rule: .colonAgent)
        }
        // The subject the sentence opens with: "La capogruppo di Fratelli d'Italia Annalisa Arletti condanna questo
        // gesto: «Q»" — a name among the first words, not after a preposition ("incriminate dal pm X", "con il
        // sindaco X").
        let sentenceWord = text.wordIndex(atOrAfter: text.sentenceStart(containing: words[prefix.lowerBound].start))
        // "Der Gentechnik-Experte von Greenpeace, Martin Hoffstetter, wandte sich …:": a name in a role's complement
        // gives way to a person named after it (`GenitiveComplementRule.swift`).
        let people = found.filter { entities[$0.located.entity].kind == .person && isNamed($0.located)
                                    && !isGenitivePossessor($0.located) }
        guard let first = people.first(where: { !isGenitiveComplement($0.located) }) ?? people.first else {
            return nil
        }
        let w = text.wordIndex(atOrAfter: first.located.mention.span.start)
        guard w - max(sentenceWord, prefix.lowerBound) <= 8, !afterPreposition(w, notBefore: prefix.lowerBound) else { return nil }
        return Attribution(speakers: [speaker(first.located.entity)], cue: ":", confidence: 0.6, rule: .colonAgent)
    }

    /// Word `w` stands in a prepositional phrase: a preposition before it, over role nouns and articles
    /// ("dal pm X", "con il sindaco X", "by Judge X").
    private func afterPreposition(_ w: Int, notBefore floor: Int) -> Bool {
        var k = w - 1, skipped = 0
        while k >= floor, skipped < 3, !gapHasBoundary(k, k + 1) {
            if word(k, is: .passive) || word(k, is: .agent) && !word(k, is: .determiner)
                || word(k, is: .stop) || word(k, is: .according) {
                return true
            }
            if words[k].isCapitalized, !word(k, is: .title) { return false }
            k -= 1
            skipped += 1
        }
        return false
    }

    /// `Tra le frasi incriminate dal pm X leggiamo: «Q»`: the sentence that introduces the quote names only the
    /// agent of a verb that is not speech. Whoever wrote the words is unknown; no speaker is better than that agent.
    private func introducedByNonSpeaker(_ prefix: Range<Int>, quoteStart: Int) -> Bool {
        var k = quoteStart - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k >= 0, text.scalars[k] == ":", !prefix.isEmpty else { return false }
        let persons = mentions(overlapping: words[prefix.lowerBound].start, words[prefix.upperBound - 1].end)
            .filter { entities[$0.located.entity].kind == .person }
        return !persons.isEmpty && persons.allSatisfy { isNonSpeechAgent($0.located) }
    }

    /// A phrase that can name a speaker away from a speech verb: a mention, a name, or a speaker noun
    /// ("il sottosegretario"), not any noun phrase ("le indagini").
    func namesSomeone(_ range: Range<Int>) -> Bool {
        if !mentions(overlapping: words[range.lowerBound].start, words[range.upperBound - 1].end).isEmpty { return true }
        let head = headWord(range)
        return word(head, is: .speakernoun) || word(head, is: .generic)
            || range.contains { $0 > range.lowerBound && words[$0].isCapitalized }
    }

    /// `«…». Sono le parole di Claudio`, `…“. Questo quanto rilasciato dal presidente bielorusso`,
    /// `«…». Così il sottosegretario alla Giustizia, Morrone.`
    private func nextSentenceAttribution(after end: Int, bounds: Range<Int>) -> Attribution? {
        let next = text.sentenceStart(atOrAfter: end)
        guard next < text.count, next < bounds.upperBound, !isInsideQuote(next) else { return nil }
        // The next paragraph counts only when it opens by pointing back ("Così il ministro …", wire style).
        let quoteParagraph = text.paragraphStart(containing: max(0, end - 1))
        let nextParagraph = text.paragraphStart(containing: next)
        if nextParagraph != quoteParagraph {
            let first = text.wordIndex(atOrAfter: next)
            guard first < words.count, word(first, is: .pointer), nextParagraph > 0,
                  text.paragraphStart(containing: nextParagraph - 1) == quoteParagraph else { return nil }
        }
        // Only a quote that ends its sentence: "alleging he "…" her daughter. Her lawyers said"
        // runs on in the narrator's words, and the next sentence introduces another quote.
        if (end..<next).contains(where: { QuoteText.isLetterOrDigit(text.scalars[$0]) }) { return nil }
        let first = text.wordIndex(atOrAfter: next)
        let limit = text.sentenceEnd(containing: next)
        guard first < words.count else { return nil }
        var cue: Int? = word(first, is: .pointer) ? first : nil
        var k = first
        while cue == nil, k < words.count, k - first < 6, words[k].end <= limit {
            if word(k, is: .noun) || isSpeechVerb(k) { cue = k }
            k += 1
        }
        guard let cue else { return nil }
        if isSpeechVerb(cue), let subject = subjectOfVerb(cue, floor: next, limit: limit), namesSomeone(subject),
           let who = resolve(subject) {
            return Attribution(speakers: [who], cue: cueText(cue), confidence: 0.65, rule: .nextSentence)
        }
        // The speaker: a person named in the sentence, else the phrase after an agent preposition ("rese da uno
        // dei bambini"), else the phrase right after the cue ("Così il sindaco").
        var window = cue + 1
        while window < words.count, window - cue <= 15, words[window].end <= limit, !isInsideQuote(words[window].start) {
            window += 1
        }
        for a in (cue + 1)..<max(cue + 1, window) {
            if let person = mentions(overlapping: words[a].start, words[a].end).first(where: {
                entities[$0.located.entity].kind == .person
            }) {
                // "il sottosegretario all'interno Alfredo Mantovano": the name a few words on beats the role.
                let upto = min(limit, a + 6 < words.count ? words[a + 6].end : limit)
                var named = mentions(overlapping: words[a].start, upto).first {
                    entities[$0.located.entity].kind == .person && isNamed($0.located)
                }?.located ?? person.located
                // "il ministro delle Imprese e del Made in Italy, Adolfo Urso" (`GenitiveComplementRule.swift`).
                if isGenitiveComplement(named), let later = namedPersonPastComplements(from: a, limit: limit) {
                    named = later
                }
                return Attribution(speakers: [speaker(named.entity)], cue: words[cue].key, confidence: 0.7, rule: .nextSentence)
            }
        }
        for a in (cue + 1)..<max(cue + 1, window) {
            if word(a, is: .agent), let s = subjectAfter(a, limit: limit), let who = resolve(s) {
                return Attribution(speakers: [who], cue: words[cue].key, confidence: 0.6, rule: .nextSentence)
            }
        }
        if let s = subjectAfter(cue, limit: limit), namesSomeone(s), let who = resolve(s, extendTo: limit) {
            return Attribution(speakers: [who], cue: words[cue].key, confidence: 0.55, rule: .nextSentence)
        }
        return nil
    }

    /// No cue: the rules' choice from context, which the learned `ContextSpeakerRanker` may overrule with another
    /// candidate of the context.
    private mutating func contextAttribution(for q: QuoteCandidate, cue: String?, confidence: Double) -> Attribution {
        reranked(rulesContextAttribution(for: q, cue: cue, confidence: confidence), for: q, cued: cue != nil)
    }

    /// The rules' attribution, or another candidate of the context when the learned `ContextSpeakerRanker` scores
    /// it higher, for the rules and languages where the ranker beat the rules on held-out articles.
    private func reranked(_ rules: Attribution, for q: QuoteCandidate, cued: Bool) -> Attribution {
        var a = rules
        // No speaker is the rules' finding too (a reader's voice, a quote after an unknown one): the ranker, trained
        // only on quotes someone said, cannot weigh it.
        guard a.rule != .noSpeaker, let chosen = a.speakers.first else { return a }
        // A cue's subject the entity index does not know may be the article's own description of someone unnamed:
        // that stands; a slip of the subject finder ("Friday said") is the ranker's to mend.
        if !a.fromContext, chosen.entity == nil, describesAnotherSpeaker(chosen) { return a }
        // "Mats Schönauer schreibt …:": a name the index missed is no slip either (`UnlinkedNameSubject.swift`).
        if !a.fromContext, verbSecond, isUnlinkedName(chosen) { return a }
        let ranker = ContextSpeakerRanker.shipped.flatMap { $0.applies(to: lang) && $0.ranks(a.rule) ? $0 : nil }
        guard ranker != nil || ContextSpeakerRanker.recordsCandidates else { return a }
        let candidates = contextCandidates(quoteStart: q.outerStart, quoteEnd: q.outerEnd, bareVerb: cued,
                                           rulesChoice: a)
        if ContextSpeakerRanker.recordsCandidates { a.candidates = candidates }
        if let ranker, let best = ranker.choice(among: candidates, rules: 0), best != 0 {
            a.speakers = [candidates[best].speaker]
            a.rule = a.fromContext ? Self.contextRule(of: candidates[best]) : .ranked
        }
        return a
    }

    /// An unresolved speaker phrase that describes someone the article does not name: "a spokesman", "Her lawyers",
    /// "The prime minister's official spokesman", "the State Department official", "The commission". Other
    /// unresolved phrases ("the", "Friday", "the event brought back memories") are subject-finding slips.
    private func describesAnotherSpeaker(_ speaker: QuoteSpeaker) -> Bool {
        let keys = Normalizer.key(speaker.surface).split(separator: " ").map(String.init)
        guard let first = keys.first else { return false }
        if lexicon.contains(first, .indefinite) || keys.contains(where: { lexicon.contains($0, .possessive) })
            || speaker.surface.contains("'s") || speaker.surface.contains("\u{2019}s") {
            return true
        }
        let content = keys.filter { !lexicon.contains($0, .determiner) }
        guard let head = headFirst ? content.first : content.last else { return false }
        return lexicon.contains(head, .speakernoun) || lexicon.contains(head, .generic)
            || RecognitionSession.organizationHeads.contains(head)
    }

    /// No cue: the quote continues the latest speaker, unless a person was named since; a lead quote takes the
    /// first person named after it.
    private mutating func rulesContextAttribution(for q: QuoteCandidate, cue: String?, confidence: Double) -> Attribution {
        let at = q.outerStart
        // "leggiamo: «A»; «B»; «C»": B and C continue A, whose author is unknown.
        if let unknown = unknownAt.last, unknown <= at, at - unknown < 12,
           !(unknown..<at).contains(where: { QuoteText.isLetterOrDigit(text.scalars[$0]) }) {
            unknownAt.append(q.outerEnd)
            return Attribution(speakers: [], cue: cue, confidence: 0.3, rule: .noSpeaker)
        }
        let floor = max(0, at - 4000)
        let event = lastEvent(before: at, notBefore: floor, speakersOnly: true)
        // A person named since the latest speaker takes over when a bare verb says someone speaks ("«…», nota
        // sconsolato.") or when the name is in the sentence before; otherwise the quote continues the speaker.
        // Only as a clause subject: not "after receiving the cup from actor John Brown", "for the minister's
        // advice".
        let named = lastPerson(before: at, notBefore: floor, named: true, subjectish: true)
        let subject = lastSubjectPerson(before: at, notBefore: floor)
        // In Italian, French and Spanish a clause subject from before the latest speaker does not hide a person named
        // since: "Una de mas voces más críticas … es el parlamentario de Acción Humanista, Tomás Hirsch, quien …"
        // (La Tercera, after Diego Ibáñez's quote), "La figlia di Marina Petrella, Elisa Novelli, «…»" (it.wikinews,
        // after Irène Terrel's). On PolNeAR's English it moved some forty quotes either way for a net loss.
        let staleSubject = headFirst && subject.map { s in event.map { s.0 < $0.position } ?? false } == true
        let person = staleSubject ? (named ?? subject) : (subject ?? named)
        // An answer to an unquoted question is the interviewee's (`QuestionAnswerRule.swift`).
        if let who = questionAnswerSpeaker(at: at, event: event, since: person) {
            return Attribution(speakers: [who], cue: cue, confidence: confidence, rule: .questionAnswer, fromContext: true)
        }
        if let person, let event, person.0 > event.position {
            let previousSentence = text.sentenceStart(containing: max(0, text.sentenceStart(containing: at) - 1))
            if cue != nil || person.0 >= previousSentence {
                return Attribution(speakers: [person.1], cue: cue, confidence: confidence - 0.1, rule: .namedSince,
                                   fromContext: true)
            }
        }
        if let event { return Attribution(speakers: [event.speaker], cue: cue, confidence: confidence, rule: .previousSpeaker,
                                                 fromContext: true) }
        if let person { return Attribution(speakers: [person.1], cue: cue, confidence: confidence - 0.1, rule: .lastNamedPerson,
                                                  fromContext: true) }
        let limit = min(text.count, q.outerEnd + 600)
        if let after = firstPerson(after: q.outerEnd, before: limit) {
            return Attribution(speakers: [after], cue: cue, confidence: confidence - 0.2, rule: .leadQuote,
                                   fromContext: true)
        }
        return Attribution(speakers: [], cue: cue, confidence: 0.1, rule: .unattributed, fromContext: true)
    }
}
