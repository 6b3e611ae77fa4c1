/// An attribution set between commas inside the quotation marks, as French prints it: "« Ce qu’on nous annonce,
/// c’est la fin de l’université, soupire-t-elle. C’est de plus en plus difficile. »" (Bondy Blog), "«Nous faisons
/// de notre mieux pour minimiser les dommages, jure Daniel Hagari, mais …»" (Libération).
///
/// The dash form ("«A - ha detto X - B»") is split by `QuoteSpanRefiner`; this one is left whole (the gold and the
/// reader see one quotation), and only names its speaker: a speech verb right after a comma inside the marks,
/// whose inverted subject names someone, ended by a comma or a full stop before the quote goes on. A pronoun
/// ("soupire-t-elle") is left to the context: resolved here it took the person named last, often the wrong one.
extension QuoteAttributor {
    /// At most this many words in the incise after the verb: "soupire-t-elle", "jure Daniel Hagari".
    static let inciseReach = 5

    func inciseAttribution(_ q: QuoteCandidate) -> Attribution? {
        guard q.depth == 0, q.inlineCue == nil, q.scanned.open != nil else { return nil }
        let first = text.wordIndex(atOrAfter: q.contentStart)
        let end = text.wordIndex(atOrAfter: q.contentEnd)
        guard end - first >= 4 else { return nil }
        for v in (first + 1)..<(end - 1) where isSpeechVerb(v) && !words[v].isCapitalized {
            guard gapHasOnlyComma(v - 1, v), gapHasComma(v - 1, v) else { continue }
            // The incise closes at a comma or a full stop, with words of the quotation after it.
            var close = v + 1
            while close < end, close - v <= Self.inciseReach, !gapHasBoundary(close - 1, close) { close += 1 }
            guard close < end, close - v <= Self.inciseReach else { continue }
            let limit = words[close - 1].end
            guard let s = subjectAfter(v, limit: limit), !word(s.lowerBound, is: .pronoun), namesSomeone(s),
                  let who = resolve(s, extendTo: limit) else { continue }
            return Attribution(speakers: [who], cue: cueText(v), confidence: 0.85, rule: .incise)
        }
        return nil
    }
}
