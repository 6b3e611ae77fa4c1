/// German "…“, so X.": after a quote, "so" and a noun phrase name its speaker, as "according to" does ("„…“, so
/// Schnappauf.", "Der Iran müsse „…“ beenden, so Rice.", "„…“, so der stellvertretende Chef der Behörde." —
/// German Wikinews train). The context rules mostly found the same person by luck, and lost the quote to the
/// latest speaker when the sentence itself names someone else ("doch die Richterin ließ sich … ein: … „…“, so Ute
/// Bader").
///
/// Only "so" after a comma or right after the quote, followed by an article, a name or a mention: "so dass", "so
/// genannt", "so wie" introduce no one. "„…“, so urteilte Romney" puts the verb first; its subject follows it.
extension QuoteAttributor {
    /// "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blogeintrag, …": a person named after "so" and a
    /// comma in reported speech spoke there, and the quotes that follow may be theirs. The sentence must report
    /// speech (a subjunctive): "gratulierten Obama, so der italienische Ministerpräsident Berlusconi, …" lists
    /// examples. "„…“, so X" right after a quote is that quote's attribution already.
    func soNarrativeEvents() -> [SpeakerEvent] {
        var out: [SpeakerEvent] = []
        for k in words.indices.dropFirst() where words[k].key == "so" && k + 1 < words.count {
            guard !isInsideQuote(words[k].start), !isInsideQuote(words[k - 1].start),
                  text.string(words[k - 1].end, words[k].start).contains(","),
                  !gapHasBoundary(k, k + 1) else { continue }
            let sentence = text.wordIndex(atOrAfter: text.sentenceStart(containing: words[k].start))
            let sentenceEnd = text.wordIndex(atOrAfter: text.sentenceEnd(containing: words[k].start))
            guard (sentence..<sentenceEnd).contains(where: {
                Self.subjunctives.contains(words[$0].key) && !isInsideQuote(words[$0].start)
            }) else { continue }
            let a = k + 1
            guard word(a, is: .determiner) && !word(a, is: .possessive)
                    || !mentions(overlapping: words[a].start, words[a].end).isEmpty,
                  let np = germanNounPhrase(at: a, limit: min(words.count, a + 10)) else { continue }
            guard let person = mentions(overlapping: words[np.lowerBound].start, words[np.upperBound - 1].end)
                .first(where: { entities[$0.located.entity].kind == .person && isNamed($0.located) }) else { continue }
            out.append(SpeakerEvent(position: words[k].start, speaker: speaker(person.located.entity)))
        }
        return out
    }

    func soAttribution(_ window: Range<Int>, limit: Int) -> Attribution? {
        guard verbSecond else { return nil }
        let end = text.wordIndex(atOrAfter: limit)
        for k in window where words[k].key == "so" && k + 1 < end {
            // "„…“ beenden, so Rice": after words of the sentence, only past a comma.
            guard k == window.lowerBound || text.string(words[k - 1].end, words[k].start).contains(",") else { continue }
            let a = k + 1
            guard !gapHasBoundary(k, a) else { continue }
            if isSpeechVerb(a), let s = subjectOfVerb(a, floor: words[k].start, limit: limit),
               let who = resolve(s, extendTo: limit) {
                return Attribution(speakers: [who], cue: "so", confidence: 0.85, rule: .soCue)
            }
            let opens = word(a, is: .determiner) && !word(a, is: .possessive)
                || !mentions(overlapping: words[a].start, words[a].end).isEmpty
            guard opens || words[a].isCapitalized, let np = germanNounPhrase(at: a, limit: end) else { continue }
            // A name the entity index missed still needs a capital and no verb after it: "so Barth."; a role before
            // a name it knows may go on to the listener: "so Verbandschef Otto Weber gegenüber der Zeitung".
            let namesPerson = mentions(overlapping: words[np.lowerBound].start, words[np.upperBound - 1].end)
                .contains { entities[$0.located.entity].kind == .person && isNamed($0.located) }
            if !opens, !namesPerson, np.upperBound < end, !gapHasBoundary(np.upperBound - 1, np.upperBound) { continue }
            guard let who = resolve(np, extendTo: limit) else { continue }
            return Attribution(speakers: [who], cue: "so", confidence: 0.85, rule: .soCue)
        }
        return nil
    }
}
