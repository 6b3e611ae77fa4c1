/// German capitalises every noun, and the entity tagger takes some of them for people: "im Interview der Woche",
/// "der Sprecher der Fraktion", "zur aktuellen Lage" (German Wikinews train: Woche, Fraktion, Lage, Prozent, Person
/// came out as speakers). A one-word "person" each mention of which follows an article, or an article and an
/// adjective, or a number, or ends a hyphenated compound, is a common noun, and so is a longer "name" each mention of
/// which follows an article ("die Haltung der Regierung bezüglich des Nahen Ostens", "in der Grundrechtecharta der
/// Europäischen Union") and a "name" with an article inside: attribution reads it as an organisation, which may still speak for itself ("die
/// Fraktion erklärte"), but is never a person named since the latest speaker nor a role's holder.
extension QuoteAttributor {
    private static let articles: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "im", "am", "zum",
        "zur", "vom", "beim", "ins", "kein", "keine", "keiner", "diese", "dieser", "dieses", "diesem", "diesen",
    ]

    static func demotingCommonNouns(_ entities: [ExtractedEntity], located: [ArticleEntities.Located],
                                    text: QuoteText) -> [ExtractedEntity] {
        var afterArticle: [Int: Bool] = [:]
        let words = text.words
        func joined(_ a: Int, _ b: Int) -> Bool {
            (words[a].end..<words[b].start).allSatisfy { QuoteText.isSpace(text.scalars[$0]) }
        }
        for m in located where entities[m.entity].kind == .person {
            let w = text.wordIndex(atOrAfter: m.mention.span.start)
            // "des Nahen Ostens", "der Europäischen Union": a longer "name" counts only right after an article.
            if entities[m.entity].name.contains(" ") {
                let article = w > 0 && w < words.count && joined(w - 1, w) && articles.contains(words[w - 1].key)
                afterArticle[m.entity] = (afterArticle[m.entity] ?? true) && article
                continue
            }
            var ok = false
            // "FDP-Bundesfraktion": the tail of a compound the tagger split.
            if m.mention.span.start > 0, text.scalars[m.mention.span.start - 1] == "-" {
                ok = true
            } else if w > 0, w < words.count, joined(w - 1, w) {
                // An article, or a number: "170 Personen".
                if articles.contains(words[w - 1].key) || words[w - 1].key.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) {
                    ok = true
                } else if w > 1, !words[w - 1].isCapitalized, articles.contains(words[w - 2].key), joined(w - 2, w - 1) {
                    ok = true
                }
            }
            afterArticle[m.entity] = (afterArticle[m.entity] ?? true) && ok
        }
        var out = entities
        for (e, common) in afterArticle where common { out[e].kind = .organization }
        // "Haltung der Regierung", "Glas der Vernunft", "Gegenüber den Stuttgarter Nachrichten": an article inside a
        // "name" makes it a noun phrase; "van den" is a Dutch name's particle ("Joop van den Ende").
        for (e, entity) in entities.enumerated() where entity.kind == .person {
            let parts = entity.name.split(separator: " ").map { Normalizer.key(String($0)) }
            if parts.count > 1, parts.indices.dropFirst().contains(where: { i in
                ["der", "die", "das", "des", "dem"].contains(parts[i]) || parts[i] == "den" && parts[i - 1] != "van"
            }) {
                out[e].kind = .organization
            }
        }
        return out
    }
}
