/// Finds the people, countries, organizations and places of an article, links every form an article uses for
/// one of them ("Vladimir Putin", "Putin", "il presidente russo"), and records where each is mentioned.
///
/// Data + rules, in linear passes over the words of the title and the body:
/// 1. gazetteer phrases, longest first (`Resources/gazetteer/names.tsv`): countries, demonyms, places, organizations;
/// 2. runs of capitalized words, classified as people by context (first names, roles before them, speech verbs after
///    them), as organizations by their head word, else kept as proper nouns when they are not a sentence's first word;
/// 3. people linked within the article: surname → full name, misspelled first names and transliterated surnames
///    ("Vlodimir Zelensky", "Zelenskyy"), role descriptions ("il presidente russo") → the person so introduced;
/// 4. abbreviations linked to the organization or place whose initials they spell ("GM", `AbbreviationLinks`).
///
/// ```swift
/// let entities = EntityRecognizer().recognize(article)
/// entities.entities.first { $0.name == "Vladimir Putin" }?.roles   // ["presidente russo"]
/// ```
public struct EntityRecognizer: Sendable {
    /// Loaded at the first recognition, not at `init`, so that whatever a caller does in between overlaps with
    /// `NewsAnalyzer.startLoading()`.
    var gazetteer: EntityGazetteer { EntityGazetteer.shared }

    public init() {}

    public func recognize(_ article: Article) -> ArticleEntities {
        var session = RecognitionSession(gazetteer: gazetteer)
        if let title = article.title, !title.isEmpty {
            session.scan(title, part: .title, lang: article.lang)
        }
        session.scan(article.body, part: .body, lang: article.lang)
        var texts: [(part: ArticlePart, text: String)] = [(.body, article.body)]
        if let title = article.title, !title.isEmpty { texts.append((.title, title)) }
        return ArticleEntities(entities: AbbreviationLinks.apply(to: session.finish(), texts: texts))
    }
}
