/// German puts a role holder's possessor in the genitive before the role: "Berlins Innensenator Frank Henkel",
/// "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns" (German Wikinews train), "Merkels Sprecher Ulrich Wilhelm".
/// The tagger often takes the possessor for a person too ("Berlins"), and the subject phrase then named it, or a
/// colon's sentence gave the quote to the possessor because she had spoken before.
///
/// A possessor is a mention ending in a genitive s right before one to three words (the role, its adjectives) and
/// then a named person, with no punctuation between: the later name is the phrase's person.
extension QuoteAttributor {
    func isGenitivePossessor(_ m: ArticleEntities.Located) -> Bool {
        guard verbSecond, let last = m.mention.surface.unicodeScalars.last,
              last == "s" || last == "\u{2019}" || last == "'" else { return false }
        let next = text.wordIndex(atOrAfter: m.mention.span.end)
        guard next > 0, next < words.count else { return false }
        var k = next
        while k < words.count, k - next <= 3 {
            if gapHasBoundary(k - 1, k) { return false }
            if k > next, let p = mentions(overlapping: words[k].start, words[k].end).first(where: {
                $0.located.mention.span.start == words[k].start
            }), p.located.entity != m.entity {
                return entities[p.located.entity].kind == .person && isNamed(p.located)
            }
            // The role's words: capitalised nouns and lower-case adjectives, no verb or function word.
            if isSpeechVerb(k) || word(k, is: .aux) || word(k, is: .function) || word(k, is: .stop) || word(k, is: .determiner) { return false }
            k += 1
        }
        return false
    }
}
