/// A quote the article read in a publication: "« premier responsable du parti centriste … », peut-on lire dans Le
/// Monde", "« Au total, une douzaine de responsables du Modem … », peut-on lire dans Les Échos" (Regards). Italian
/// "si legge su X" and Spanish "se lee en X" say the same. The publication named after the reading phrase is the
/// source, recorded as read-in; without the rule the quote went to the person the sentence was about.
extension QuoteAttributor {
    /// Word keys of the reading phrases, each then followed by a preposition of place and the publication.
    static let readingPhrases: [[String]] = [
        ["peut", "on", "lire"], ["pouvait", "on", "lire"], ["on", "peut", "lire"], ["lit", "on"],
        ["si", "legge"], ["si", "leggeva"], ["si", "puo", "leggere"],
        ["se", "lee"], ["se", "leia"], ["se", "puede", "leer"], ["puede", "leerse"],
    ]
    static let readingPlaces: Set<String> = ["dans", "sur", "in", "su", "sul", "sulla", "nel", "nella", "en"]

    /// The publication named in a reading phrase that opens `tail`, the words after a quote.
    func readInAttribution(_ tail: Range<Int>, limit: Int) -> Attribution? {
        guard !tail.isEmpty else { return nil }
        let t = tail.lowerBound
        for phrase in Self.readingPhrases where t + phrase.count + 1 < tail.upperBound {
            guard phrase.indices.allSatisfy({ words[t + $0].key == phrase[$0] }),
                  Self.readingPlaces.contains(words[t + phrase.count].key) else { continue }
            let first = t + phrase.count + 1
            var end = first
            while end < tail.upperBound, words[end].end <= limit, words[end].isCapitalized,
                  end == first || !gapHasBoundary(end - 1, end) {
                end += 1
            }
            guard end > first, let who = resolve(first..<end) else { return nil }
            return Attribution(speakers: [who], cue: text.string(words[t].start, words[first - 1].end),
                               confidence: 0.85, rule: .readIn)
        }
        return nil
    }
}
