/// A German quote that sits inside a sentence with no speech cue: the subject of the sentence's main clause said
/// it. "Die Organisation verlangte eine Untersuchung der „…“", "Meteorologen rechnen jedoch mit „…“", "Dazu gab
/// das russische Außenministerium weiter bekannt: „…“", "Ein Beamter der Nationalpolizei: „…“" (German Wikinews
/// train). Wikinews writes a short quote into its own sentence about the one who used the words; the context rules
/// gave it to the latest speaker instead, often the person quoted a paragraph before.
///
/// The subject is the noun phrase the clause opens with when a finite verb follows it, or, when the clause opens
/// with an adverb or a prepositional phrase, the noun phrase right after the verb (verb second). A phrase opening
/// with "den" or "dem" is an object, and a clause whose verb is a form of "sein" or "werden" describes its subject
/// ("Der Bericht ist brisant, weil …"): neither names a speaker.
extension QuoteAttributor {
    /// Nominative articles and quantifiers that may open a subject.
    private static let subjectOpeners: Set<String> = [
        "der", "die", "das", "ein", "eine", "einige", "mehrere", "viele", "alle", "beide", "zahlreiche",
    ]
    /// Articles of an object ("Den Unmut der CDU brachte die Sprecherin … zum Ausdruck").
    private static let objectArticles: Set<String> = ["den", "dem", "einen", "einem", "eines"]
    /// Subjunctive forms that mark reported speech, whose words are someone else's: "Der Iran müsse „…“ beenden,
    /// so Rice", "Die Studie zeige in Wahrheit, „…“".
    static let subjunctives: Set<String> = [
        "sei", "seien", "habe", "hätte", "hätten", "werde", "würde", "würden", "wäre", "wären", "könne", "könnte",
        "könnten", "müsse", "müsste", "müssten", "solle", "sollte", "wolle", "dürfe",
    ]
    /// Articles of a genitive attribute after the head: "der Chef der Bundesagentur", "Präsident des Verbands".
    private static let genitiveArticles: Set<String> = ["des", "der", "eines", "einer"]
    /// Forms of "sein" and "werden": a copula or a passive, whose subject is described, not speaking.
    private static let copulas: Set<String> = [
        "ist", "sind", "war", "waren", "sei", "seien", "wird", "werden", "wurde", "wurden", "gilt", "gelten", "galt",
    ]

    func clauseSubjectAttribution(_ prefix: Range<Int>, quoteStart: Int) -> Attribution? {
        guard verbSecond, prefix.count >= 1 else { return nil }
        let end = prefix.upperBound
        var a = prefix.lowerBound
        while a < end, word(a, is: .function) { a += 1 }
        guard a < end, !word(a, is: .according) else { return nil }
        var k = quoteStart - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        let colon = k >= 0 && text.scalars[k] == ":"
        var subject: Range<Int>? = nil
        // The clause opens with its subject: "Die Organisation verlangte", "Theo Zwanziger, Präsident des …, nannte".
        if !word(a, is: .opener), !word(a, is: .stop), !Self.objectArticles.contains(words[a].key),
           let np = germanNounPhrase(at: a, limit: end) {
            // A bare plural agrees with a plural verb: "Meteorologen rechnen jedoch mit „…“".
            let barePlural = np.count == 1 && np.upperBound < end && !words[np.upperBound].isCapitalized
                && ["en", "er"].contains(where: { words[a].key.hasSuffix($0) }) && words[np.upperBound].key.hasSuffix("en")
            let opensSubject = Self.subjectOpeners.contains(words[a].key) || barePlural
                || !mentions(overlapping: words[np.lowerBound].start, words[np.upperBound - 1].end).isEmpty
            if opensSubject {
                if np.upperBound == end {
                    if colon { subject = np }
                } else if !gapHasBoundary(np.upperBound - 1, np.upperBound), isFiniteVerbLike(np.upperBound) {
                    if isSubjunctive(np.upperBound) { return nil }
                    // An object may open the clause too: "Die praktische Anwendung … stellte der SPD-Vorsitzende
                    // Franz Müntefering in Frage". A person named right after the verb is then the subject.
                    if !namesPerson(np), let after = nounPhrase(afterVerb: np.upperBound, limit: end), namesPerson(after) {
                        subject = after
                    } else {
                        subject = np
                    }
                } else if gapHasOnlyComma(np.upperBound - 1, np.upperBound), namesPerson(np) {
                    subject = np
                }
            }
        } else if word(a, is: .pronoun), a + 1 < end, !gapHasBoundary(a, a + 1), isFiniteVerbLike(a + 1) {
            if isSubjunctive(a + 1) { return nil }
            subject = a..<(a + 1)
        }
        // The clause opens with something else; the subject follows the verb: "Dazu gab das russische
        // Außenministerium", "In der ARD zeigt sich der Bundestrainer zufrieden".
        if subject == nil, word(a, is: .opener) || word(a, is: .stop) || words[a].isCapitalized
            || Self.objectArticles.contains(words[a].key) {
            var v = a + 1
            while v < end, v - a <= 8, !gapHasBoundary(v - 1, v), !isFiniteVerbLike(v) || inPrepositionalPhrase(v) {
                v += 1
            }
            if v < end, v - a <= 8, !gapHasBoundary(v - 1, v), isFiniteVerbLike(v) {
                if isSubjunctive(v) { return nil }
                subject = nounPhrase(afterVerb: v, limit: end)
            }
        }
        guard let subject, let who = resolve(subject, extendTo: quoteStart) else { return nil }
        return Attribution(speakers: [who], cue: nil, confidence: 0.6, rule: .clauseSubject, fromContext: true)
    }

    /// The subject right after the finite verb at `v`, over a reflexive and connectives: "zeigt sich der
    /// Bundestrainer", "gab das russische Außenministerium".
    private func nounPhrase(afterVerb v: Int, limit end: Int) -> Range<Int>? {
        var s = v + 1
        while s < end, s - v <= 2, !gapHasBoundary(s - 1, s), word(s, is: .reflexive) || word(s, is: .function) {
            s += 1
        }
        guard s < end, !gapHasBoundary(s - 1, s) else { return nil }
        if word(s, is: .pronoun) { return s..<(s + 1) }
        guard Self.subjectOpeners.contains(words[s].key) || !mentions(overlapping: words[s].start, words[s].end).isEmpty
        else { return nil }
        return germanNounPhrase(at: s, limit: end)
    }

    /// "das russische Außenministerium", "der innenpolitische Sprecher der Fraktion der SPD", "Meteorologen": an
    /// optional article, inflected adjectives, capitalised words, and genitive attributes, from word `a`.
    func germanNounPhrase(at a: Int, limit: Int) -> Range<Int>? {
        var k = a
        if k < limit, word(k, is: .determiner) || Self.subjectOpeners.contains(words[k].key) { k += 1 }
        func joined(_ j: Int) -> Bool { j == a || !gapHasBoundary(j - 1, j) }
        func modifier(_ j: Int) -> Bool {
            !words[j].isCapitalized && !word(j, is: .stop) && !word(j, is: .function) && !word(j, is: .determiner)
                && j + 1 < limit && !gapHasBoundary(j, j + 1)
        }
        func covered(_ j: Int) -> Bool { !mentions(overlapping: words[j].start, words[j].end).isEmpty }
        func capitalised(_ j: Int) -> Bool {
            words[j].isCapitalized && !word(j, is: .function) && !word(j, is: .stop) && !word(j, is: .determiner)
                && !word(j, is: .pronoun) && !word(j, is: .opener)
        }
        func hyphenated(_ j: Int) -> Bool { words[j - 1].end < words[j].start && text.scalars[words[j - 1].end] == "-"
            && words[j - 1].end + 1 == words[j].start }
        // A name a few capitalised words on: "Klinikdirektor Prof. Dr. Matthias W. Beckmann".
        func nameAhead(_ j: Int) -> Bool {
            var n = j
            while n < limit, n - j < 3, joined(n), capitalised(n) {
                if covered(n) { return true }
                n += 1
            }
            return false
        }
        // Capitalised words run on inside names, compounds ("BDI-Präsident"), after a capitalised adjective
        // ("Vereinigten Staaten") and from a role to its name ("der Bundestrainer Christian Prokop"), not from one
        // common noun to the next ("die Hacker Zugriff").
        func nounRun(from start: Int) -> Int {
            var j = start
            while j < limit, joined(j), capitalised(j),
                  j == start || covered(j) || covered(j - 1) || hyphenated(j) || nameAhead(j)
                    || j - 1 == start && ["en", "e", "es", "er"].contains(where: { words[j - 1].key.hasSuffix($0) }) {
                j += 1
            }
            return j
        }
        var adjectives = 0
        while k < limit, adjectives < 3, joined(k), k > a, modifier(k) { k += 1; adjectives += 1 }
        let head = k
        k = nounRun(from: head)
        guard k > head else { return nil }
        for _ in 0..<3 {
            guard k < limit, Self.genitiveArticles.contains(words[k].key) || ["von", "vom"].contains(words[k].key),
                  !gapHasBoundary(k - 1, k) else { break }
            var j = k + 1
            if ["von"].contains(words[k].key), j < limit, word(j, is: .determiner), !gapHasBoundary(k, j) { j += 1 }
            var count = 0
            while j < limit, count < 3, !gapHasBoundary(j - 1, j), modifier(j) { j += 1; count += 1 }
            let h = j
            j = nounRun(from: h)
            guard j > h, !gapHasBoundary(h - 1, h) else { break }
            k = j
        }
        return a..<k
    }

    /// A present subjunctive ("gehe", "zeige", "handhabe", "müsse") or a listed form: not a verb in "-te", which is
    /// the past ("verlangte"), nor one in "-t".
    private func isSubjunctive(_ k: Int) -> Bool {
        let key = words[k].lower
        return Self.subjunctives.contains(key) || key.count >= 4 && key.hasSuffix("e") && !key.hasSuffix("te")
            && !key.hasSuffix("ie")
    }

    /// A lower-case word that can be a finite verb after the clause's first part: not an article, preposition,
    /// connective, pronoun, or a form of "sein" or "werden".
    private func isFiniteVerbLike(_ k: Int) -> Bool {
        let w = words[k]
        // An adjective before an unnamed noun: "personenbezogener Daten".
        if k + 1 < words.count, words[k + 1].isCapitalized, !gapHasBoundary(k, k + 1),
           mentions(overlapping: words[k + 1].start, words[k + 1].end).isEmpty,
           ["e", "er", "en", "es", "em"].contains(where: { w.key.hasSuffix($0) }), !w.key.hasSuffix("te"),
           !w.key.hasSuffix("ten") {
            return false
        }
        // "Bei einer Debatte um die Praxis …": a preposition or an adverb that may open a clause is no verb.
        return !w.isCapitalized && !word(k, is: .determiner) && !word(k, is: .stop) && !word(k, is: .function)
            && !word(k, is: .opener) && !word(k, is: .pronoun) && !word(k, is: .relative) && !word(k, is: .according)
            && !Self.copulas.contains(w.key) && w.key.unicodeScalars.allSatisfy { CharacterSetLetters.isLetter($0) }
    }

    /// A lower-case word inside an opening prepositional phrase: an adjective between a preposition or article and
    /// its noun ("in weiten Teilen", "Auf dem kurzen Weg").
    private func inPrepositionalPhrase(_ k: Int) -> Bool {
        guard k > 0, k + 1 < words.count, words[k + 1].isCapitalized, !gapHasBoundary(k, k + 1) else { return false }
        return word(k - 1, is: .stop) || word(k - 1, is: .determiner)
            || !words[k - 1].isCapitalized && inPrepositionalPhrase(k - 1)
    }

    private func namesPerson(_ range: Range<Int>) -> Bool {
        mentions(overlapping: words[range.lowerBound].start, words[range.upperBound - 1].end)
            .contains { entities[$0.located.entity].kind == .person && isNamed($0.located) }
    }
}

private enum CharacterSetLetters {
    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s == "-" }
}
