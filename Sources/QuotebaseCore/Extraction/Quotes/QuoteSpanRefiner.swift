/// A quotation ready for attribution: a scanned span, or one half of a span interrupted by an inline attribution
/// (`«A - racconta l'ambulante - B»`).
struct QuoteCandidate {
    var scanned: ScannedQuote
    var contentStart: Int
    var contentEnd: Int
    /// Word indexes of an inline attribution inside the marks (`- spiega il sindaco -`), shared by both halves.
    var inlineCue: Range<Int>?

    var depth: Int { scanned.depth }
    /// Start of the quote including its opening mark (or of the content when it has none).
    var outerStart: Int { contentStart == scanned.contentStart ? (scanned.open ?? contentStart) : contentStart }
    /// End of the quote including its closing mark.
    var outerEnd: Int { contentEnd == scanned.contentEnd ? (scanned.close.map { $0 + 1 } ?? contentEnd) : contentEnd }
}

/// Turns scanned spans into speech candidates: splits spans at inline dash attributions and drops names, titles
/// of works and scare quotes ("Da Tommy", `il “condominio alveare”`, `the "haves"`), which are not speech.
struct QuoteSpanRefiner {
    let text: QuoteText
    let lexicon: SpeechCueLexicon

    func refine(_ scanned: [ScannedQuote]) -> [QuoteCandidate] {
        // Where the article prints speech in guillemets, short “…” and "…" spans are names (Italian local press).
        let guillemetSpeech = scanned.contains { $0.family == .guillemet && $0.depth == 0 }
        var out: [QuoteCandidate] = []
        for quote in scanned {
            if isNonSpeech(quote, guillemetSpeech: guillemetSpeech) { continue }
            out.append(contentsOf: split(quote))
        }
        return out
    }

    // MARK: Inline attributions

    private func isSpacedDash(_ i: Int) -> Bool {
        let s = text.scalars
        return QuoteText.isDash(s[i]) && i > 0 && i + 1 < s.count && QuoteText.isSpace(s[i - 1]) && QuoteText.isSpace(s[i + 1])
    }

    /// `«A - racconta l'ambulante - B»` → A and B, both attributed by the words between the dashes.
    private func split(_ quote: ScannedQuote) -> [QuoteCandidate] {
        let whole = QuoteCandidate(scanned: quote, contentStart: quote.contentStart, contentEnd: quote.contentEnd)
        guard quote.depth == 0 else { return [whole] }
        var i = quote.contentStart
        var firstDash: Int? = nil
        while i < quote.contentEnd {
            if isSpacedDash(i) {
                if let d1 = firstDash, let cue = inlineCue(from: d1, to: i) {
                    var first = whole, second = whole
                    first.contentEnd = trimEnd(d1, from: quote.contentStart)
                    second.contentStart = trimStart(i + 1, to: quote.contentEnd)
                    first.inlineCue = cue
                    second.inlineCue = cue
                    guard first.contentEnd > first.contentStart, second.contentEnd > second.contentStart else { return [whole] }
                    return [first, second]
                }
                firstDash = i
            }
            i += 1
        }
        return [whole]
    }

    /// Word indexes between two dashes when they read as an attribution: a speech verb among the first words.
    private func inlineCue(from d1: Int, to d2: Int) -> Range<Int>? {
        let a = text.wordIndex(atOrAfter: d1)
        let b = text.wordIndex(atOrAfter: d2)
        guard b > a, b - a <= 16 else { return nil }
        for k in a..<min(b, a + 3) {
            let key = text.words[k].key
            if lexicon.isVerb(text.words[k]) || lexicon.contains(key, .noun) { return a..<b }  // "– è il commento di X –"
            if !lexicon.contains(key, .aux) && !lexicon.contains(key, .determiner) { break }
        }
        // A verb the lexicon lacks, followed by its subject: "- minimizza il proprietario Paolo Martinelli -".
        let first = text.words[a]
        guard b - a >= 2, b - a <= 8, !first.isCapitalized, first.key.unicodeScalars.first?.properties.numericType == nil,
              !lexicon.contains(first.key, .function), !lexicon.contains(first.key, .stop),
              !lexicon.contains(first.key, .determiner) else { return nil }
        let next = text.words[a + 1]
        return next.isCapitalized || lexicon.contains(next.key, .determiner) ? a..<b : nil
    }

    private func trimEnd(_ end: Int, from start: Int) -> Int {
        var e = end
        while e > start, QuoteText.isSpace(text.scalars[e - 1]) || text.scalars[e - 1] == "," { e -= 1 }
        return e
    }

    private func trimStart(_ start: Int, to end: Int) -> Int {
        var s = start
        while s < end, QuoteText.isSpace(text.scalars[s]) { s += 1 }
        return s
    }

    // MARK: Names, titles and scare quotes

    private static let scareCues: Set<String> = ["cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "called",
                                                 "dubbed", "nicknamed", "detto", "detta", "soprannominato",
                                                 "soprannominata", "titled", "intitolato", "intitolata", "operazione",
                                                 "operation", "libro", "book", "film", "via", "bar", "ristorante",
                                                 "hotel", "pizzeria", "negozio", "locale", "so called"]

    func isNonSpeech(_ quote: ScannedQuote, guillemetSpeech: Bool) -> Bool {
        let first = text.wordIndex(atOrAfter: quote.contentStart)
        var last = first
        while last < text.words.count, text.words[last].end <= quote.contentEnd { last += 1 }
        let wordCount = last - first
        guard wordCount > 0 else { return true }
        if wordCount > 8 { return false }
        // A speech verb right after the marks: speech (`“Ancora qui”, ha detto Rossi`).
        if let close = quote.close {
            let next = text.wordIndex(atOrAfter: close)
            let sentenceEnd = text.sentenceEnd(containing: close)
            // `“Q”, ha detto X`, `"Q," a spokesman said`: a comma at the mark, then a verb within four words.
            let comma = close > 0 && text.scalars[close - 1] == "," || close + 1 < text.count && text.scalars[close + 1] == ","
            let reach = comma ? 4 : 1
            for k in next..<min(text.words.count, next + reach) where text.words[k].end <= sentenceEnd && lexicon.isVerb(text.words[k]) {
                return false
            }
        }
        if wordCount > 5 {
            // A longer name after an article: `titolare del “Benny's bar di Quei bravi ragazzi”`.
            guard guillemetSpeech, quote.family != .guillemet, let open = quote.open,
                  QuoteText.isUppercase(text.scalars[quote.contentStart]), first > 0,
                  lexicon.contains(text.words[first - 1].key, .determiner), text.words[first - 1].end <= open,
                  !(quote.contentStart..<quote.contentEnd).contains(where: { ".!?:;".unicodeScalars.contains(text.scalars[$0]) })
            else { return false }
            return true
        }
        if guillemetSpeech, quote.family != .guillemet, wordCount <= 4, quote.open != nil {
            // Colon right before still reads as speech ("mi ha detto: “Basta”").
            var k = quote.open! - 1
            while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
            if k < 0 || text.scalars[k] != ":" { return true }
        }
        // Sentence punctuation inside the marks reads as speech.
        for k in quote.contentStart..<quote.contentEnd where ".!?:;".unicodeScalars.contains(text.scalars[k]) {
            if k + 1 < quote.contentEnd || wordCount > 2 { return false }
        }
        guard quote.open != nil else { return false }
        let before = first > 0 && text.words[first - 1].end <= (quote.open ?? 0) ? first - 1 : nil
        let sentenceStart = text.sentenceStart(containing: quote.open ?? quote.contentStart)
        let prevKey = before.flatMap { text.words[$0].start >= sentenceStart ? text.words[$0].key : nil }
        // Colon or speech verb right before: speech ("ha detto: “…”").
        var k = (quote.open ?? quote.contentStart) - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        if k >= 0, text.scalars[k] == ":" { return false }
        if let before, text.words[before].start >= sentenceStart, lexicon.isVerb(text.words[before]),
           !(before > 0 && Self.scareCues.contains(text.words[before - 1].key + " " + text.words[before].key)) {
            return false
        }
        let startsUpper = QuoteText.isUppercase(text.scalars[quote.contentStart])
        if let prevKey, Self.scareCues.contains(prevKey) { return true }
        if let before, before > 0, Self.scareCues.contains(text.words[before - 1].key + " " + (prevKey ?? "")) { return true }
        if quote.depth > 0 && wordCount <= 3 { return true }
        guard let prevKey else { return false }  // sentence-initial: a headline or an answer ("Si vedono")
        // After an article: a name or a term (`del bar “La Baracchina”`, `un "ma"`, `the "haves"`); after a
        // preposition only a capitalised name (`to "dangerous levels"` is speech).
        if lexicon.contains(prevKey, .determiner) { return startsUpper || wordCount <= 2 }
        if lexicon.contains(prevKey, .stop), startsUpper { return true }
        // A capitalised short span in the middle of a sentence: a name ("Da Tommy", "Nuova Salus").
        if startsUpper {
            let allCapitalised = text.words[first..<last].allSatisfy {
                $0.isCapitalized || $0.end - $0.start <= 3
            }
            return allCapitalised || wordCount == 1
        }
        return false
    }
}
