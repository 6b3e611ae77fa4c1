/// German "heißt es" names no speaker of its own; the phrase after its preposition says where the words come from:
/// a document ("„…“, heißt es in einer gestern verbreiteten Erklärung", "„…“ heißt es dazu in einer Pressemitteilung
/// des CCC", "Im letzten Satz der Anordnung (Subpoena) … heißt es: „…“") or a source ("Aus Paris hieß es, das
/// Vorgehen Khartums sei „…“", "„…“, hieß es vom Abgeordneten des russischen Föderationsrates Viktor Oserow") —
/// German Wikinews train, whose gold gives such quotes to the document or the source. The context rules gave them to
/// the latest speaker.
///
/// After "von", "vom", "aus" the phrase resolves like any speaker phrase (a person, a capital). After "in", "im",
/// "auf" it is the document in the article's words ("einer Pressemitteilung des CCC", which names its publisher),
/// unless it opens with a name the entity index knows ("in der „Netzeitung“"). "weiter hieß es, dass „…“", with no
/// such phrase, is left to the context (the speaker goes on).
extension QuoteAttributor {
    private static let heissen: Set<String> = ["heißt", "hieß", "heisst", "hiess", "geheißen", "geheissen"]
    private static let documentPrepositions: Set<String> = ["in", "im", "auf", "am"]
    private static let sourcePrepositions: Set<String> = ["von", "vom", "aus", "seitens"]

    /// Before the quote (`tail` false: the words of its sentence before it) or after it.
    func documentSourceAttribution(_ range: Range<Int>, limit: Int, tail: Bool) -> Attribution? {
        guard verbSecond, !range.isEmpty else { return nil }
        let window = tail ? range.lowerBound..<min(range.upperBound, range.lowerBound + 4) : range
        guard let h = window.first(where: { k in
            Self.heissen.contains(words[k].key) && [k - 2, k - 1, k + 1].contains { j in
                range.contains(j) && words[j].key == "es" && !gapHasBoundary(min(j, k), max(j, k))
            }
        }) else { return nil }
        // The preposition: a few words after "heißt es" ("heißt es dazu in …"), or opening the sentence before it
        // ("Aus Paris hieß es", "In einer Erklärung … hatte es geheißen").
        var p: Int? = nil
        var k = h + 1
        while k < range.upperBound, k - h <= 4, !gapHasBoundary(k - 1, k) {
            if isSourcePreposition(k) { p = k; break }
            k += 1
        }
        if p == nil, !tail {
            var a = range.lowerBound
            while a < h, word(a, is: .function) { a += 1 }
            if a < h, isSourcePreposition(a) { p = a }
        }
        guard let p, let phrase = sourcePhrase(after: p, limit: tail ? limit : words[h].start) else { return nil }
        // "hieß es in der Rede": a bare definite document is one the article spoke of, its speaker's (Harper's
        // "Thronrede"); the context rules find them.
        if Self.documentPrepositions.contains(words[p].key), phrase.count <= 2, word(phrase.lowerBound, is: .determiner),
           !words[phrase.lowerBound].key.hasPrefix("ein") {
            return nil
        }
        let who: QuoteSpeaker
        if Self.sourcePrepositions.contains(words[p].key) {
            guard let resolved = resolve(phrase, extendTo: limit) else { return nil }
            who = resolved
        } else {
            var first = phrase.lowerBound
            while first < phrase.upperBound - 1, word(first, is: .determiner) || !words[first].isCapitalized { first += 1 }
            let known = !mentions(overlapping: words[first].start, words[first].end).isEmpty
            if known, let resolved = resolve(phrase, extendTo: limit) {
                who = resolved
            } else {
                var end = words[phrase.upperBound - 1].end
                let opened = text.string(words[phrase.lowerBound].start, end).contains("(")
                if opened, end < text.count, text.scalars[end] == ")" { end += 1 }
                who = QuoteSpeaker(surface: text.string(words[phrase.lowerBound].start, end), entity: nil)
            }
        }
        return Attribution(speakers: [who], cue: text.string(words[min(h, k)].start, words[max(h, k)].end),
                           confidence: 0.6, rule: .documentSource)
    }

    private func isSourcePreposition(_ k: Int) -> Bool {
        Self.documentPrepositions.contains(words[k].key) || Self.sourcePrepositions.contains(words[k].key)
    }

    /// The words after the preposition at `p` up to a comma, a full stop, a colon, a quotation mark, a verb or
    /// offset `limit`: "einer gemeinsamen Erklärung des Airbus-Gesamtbetriebsrates und der IG Metall Küste",
    /// "letzten Satz der Anordnung (Subpoena)". Nil past twelve words.
    private func sourcePhrase(after p: Int, limit: Int) -> Range<Int>? {
        let a = p + 1
        guard a < words.count, words[a].end <= limit else { return nil }
        var e = a + 1
        while e < words.count, words[e].end <= limit {
            let gap = text.string(words[e - 1].end, words[e].start)
            if gap.contains(where: { ",.:;!?\n„“”\"«»".contains($0) }) { break }
            if word(e, is: .aux) || isSpeechVerb(e) || Self.heissen.contains(words[e].key) || words[e].key == "es"
                || word(e, is: .relative) {
                break
            }
            e += 1
            if e - a > 12 { return nil }
        }
        return a..<e
    }
}
