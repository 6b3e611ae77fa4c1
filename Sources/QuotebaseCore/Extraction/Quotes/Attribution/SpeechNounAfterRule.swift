/// A speech noun right after the quote names its speaker: "“Non so cosa commentare …”, le parole del Ministro degli
/// Affari Esteri e della Cooperazione Internazionale Antonio Tajani" (AGI), "«…», fueron las palabras de X",
/// "«…», commentaire de X". The same cue in the next sentence ("Sono le parole di X") is `nextSentence`'s.
///
/// Only an article (or a copula) and a lexicon speech noun, then the agent preposition, right after the marks: a
/// noun further on ("«…», le parole pronunciate ieri dal …") is left to the other rules.
extension QuoteAttributor {
    func speechNounAttribution(_ tail: Range<Int>, limit: Int) -> Attribution? {
        guard tail.count >= 3 else { return nil }
        var k = tail.lowerBound
        // "«…», le parole di", "«…», sono le parole di", "«…», fueron las palabras de".
        if word(k, is: .aux), k + 1 < tail.upperBound, !gapHasBoundary(k, k + 1) { k += 1 }
        if word(k, is: .determiner), k + 1 < tail.upperBound, !gapHasBoundary(k, k + 1) { k += 1 }
        let noun = k
        guard word(noun, is: .noun), noun + 1 < tail.upperBound, word(noun + 1, is: .agent),
              !gapHasBoundary(noun, noun + 1), !isSpeechVerb(noun) else { return nil }
        guard let s = subjectAfter(noun + 1, limit: limit), namesSomeone(s),
              let who = resolve(s, extendTo: limit) else { return nil }
        return Attribution(speakers: [who], cue: words[noun].key, confidence: 0.8, rule: .nounAfter)
    }
}
