/// German Wikinews often names the speaker before a quote and repeats the verb after it with a pronoun: "Halima
/// Jouini, Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu gegenüber der ARD: „…“ betont sie."
/// (German Wikinews train). The verb after the quote is tried first, and its pronoun went to the latest speaker,
/// someone quoted a paragraph before; the pronoun stands for the subject named before the quote.
///
/// Only when the speech verb right after the quote has a bare pronoun for its subject and a speech verb before the
/// quote, in the same sentence, has a named subject of its own.
extension QuoteAttributor {
    /// The speech verb in the first words of `tail` has a lone pronoun as its subject ("betont sie", "fügte er hinzu").
    func tailSubjectIsPronoun(_ tail: Range<Int>, limit: Int) -> Bool {
        guard verbSecond, !tail.isEmpty else { return false }
        let window = tail.lowerBound..<min(tail.upperBound, tail.lowerBound + 5)
        guard let v = window.first(where: { isSpeechVerb($0) }),
              let s = subjectOfVerb(v, floor: words[tail.lowerBound].start, limit: limit) else { return false }
        return s.count == 1 && word(s.lowerBound, is: .pronoun)
    }

    /// The cue before the quote takes over from a pronoun after it: `prefix` is the attribution the words before the
    /// quote give, kept when a verb there has a subject that is no pronoun.
    func cueBeforePronoun(_ prefix: Attribution?) -> Attribution? {
        // A named subject, known to the index or not ("Halima Jouini, Vorstandsmitglied …"): two capitalised words
        // and no article first. "Besorgt zeigte sich …" is no one.
        guard var a = prefix, a.rule == .verbBefore, let who = a.speakers.first else { return nil }
        let opening = who.surface.split(separator: " ").prefix(2)
        let named = opening.count == 2 && opening.allSatisfy { $0.unicodeScalars.first.map(QuoteText.isUppercase) == true }
            && !lexicon.contains(Normalizer.key(String(opening.first!)), .determiner)
        guard who.entity != nil || isUnlinkedName(who) || named else { return nil }
        a.rule = .cueBeforePronoun
        return a
    }
}
