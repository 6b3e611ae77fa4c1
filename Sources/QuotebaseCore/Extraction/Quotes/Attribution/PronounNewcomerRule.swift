/// A pronoun after a paragraph that brings in one new person stands for that person, not for the speaker heard
/// before: "Ainsi dans les cortèges, le journaliste Rémy Buisine passe rarement inaperçu. … « … » explique-t-il."
/// (Mediapart; David Dufresne spoke in the paragraph before).
///
/// `resolvePronoun` already prefers a person named as a clause subject since the latest speaker; a subject before a
/// verb the lexicon does not know ("Buisine passe") is not seen as one. Only one person, named in the pronoun's own
/// paragraph after the latest speaker, outside quotations and not after a preposition ("la campagne de X", "with
/// Y"): with two candidates the pronoun is anyone's guess and the speaker heard before stands. Italian, French and
/// Spanish only: on PolNeAR's English it lost two quotes for one, where "he said" keeps to the speaker heard before
/// more often.
extension QuoteAttributor {
    func soleNewcomer(since event: Int?, before offset: Int) -> QuoteSpeaker? {
        let floor = max(event ?? 0, text.paragraphStart(containing: offset))
        var found: Int? = nil
        var k = mentionIndex(atOrAfter: offset) - 1
        while k >= 0, mentions[k].mention.span.start >= floor {
            let m = mentions[k]
            if !mentionInQuote[k], entities[m.entity].kind == .person, m.mention.span.end <= offset {
                if found != nil, found != m.entity { return nil }
                guard isNamed(m), !isAfterPreposition(m), !isNonSpeechAgent(m) else { return nil }
                found = m.entity
            }
            k -= 1
        }
        return found.map(speaker)
    }
}
