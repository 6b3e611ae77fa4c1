/// A name inside a role's complement is not the role's holder: "il Ministro degli Affari Esteri e della
/// Cooperazione Internazionale Antonio Tajani" (AGI), "il ministro delle Imprese e del Made in Italy, Adolfo Urso"
/// (ANSA), where the entity tagger took "Esteri" and "Made" for people. When a role phrase holds such a name and
/// another person is named after it, the later one speaks.
///
/// A complement is a name right after "di/del/de/of" that follows a noun other than a speech noun: "le parole di
/// Rossi" names the speaker, "il portavoce di Rossi" (with no other name) is left as it was.
extension QuoteAttributor {
    func isGenitiveComplement(_ m: ArticleEntities.Located) -> Bool {
        var p = text.wordIndex(atOrAfter: m.mention.span.start) - 1
        // Capitalized words of the complement before the mention: "degli Affari Esteri".
        var skipped = 0
        while p >= 1, skipped < 2, words[p].isCapitalized, !word(p, is: .agent), !gapHasBoundary(p, p + 1) {
            p -= 1
            skipped += 1
        }
        guard p >= 1, word(p, is: .agent), !word(p, is: .passive), !gapHasBoundary(p, p + 1),
              !gapHasBoundary(p - 1, p) else { return false }
        return !word(p - 1, is: .noun) && !isSpeechVerb(p - 1)
    }

    /// The first named person after word `from` and before offset `limit` that is no genitive complement.
    func namedPersonPastComplements(from: Int, limit: Int) -> ArticleEntities.Located? {
        var k = mentionIndex(atOrAfter: words[from].start)
        while k < mentions.count, mentions[k].mention.span.start < limit {
            let m = mentions[k]
            if !mentionInQuote[k], entities[m.entity].kind == .person, isNamed(m), !isGenitiveComplement(m) { return m }
            k += 1
        }
        return nil
    }
}
