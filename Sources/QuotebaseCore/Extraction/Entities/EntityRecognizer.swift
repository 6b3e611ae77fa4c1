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
        var texts: [(part: ArticlePart, text: String)] = []
        if let title = article.title, !title.isEmpty { texts.append((.title, title)) }
        texts.append((.body, article.body))
        // Each part is tagged once, for the rules' verdicts and for `TaggedNames`; an all-caps part (a wire
        // headline) is no text the tagger learned from.
        let tagger = EntityTagger(lang: article.lang, gazetteer: gazetteer)
        // The parts tagged are one document to the tagger's document features.
        var tagged: [TaggedNames.TaggedPart] = []
        let allScalars = texts.map { Array($0.text.unicodeScalars) }
        let taggable = texts.indices.filter { tagger != nil && !AbbreviationLinks.isAllCaps(texts[$0].text) }
        var partSpans = [[EntityTagger.Span]?](repeating: nil, count: texts.count)
        if let tagger, !taggable.isEmpty {
            for (k, spans) in zip(taggable, tagger.spans(inParts: taggable.map { allScalars[$0] })) { partSpans[k] = spans }
        }
        for (index, (part, text)) in texts.enumerated() {
            let scalars = allScalars[index]
            let spans = partSpans[index]
            session.scan(text, part: part, lang: article.lang, taggerSpans: spans)
            tagged.append(TaggedNames.TaggedPart(part: part, scalars: scalars, spans: spans,
                                                 sentenceCase: part == .body || article.lang != "en"))
        }
        var entities = TaggedNames.apply(to: session.finish(), tagged: tagged, gazetteer: gazetteer)
        entities = HeadlineNames.apply(to: entities, parts: tagged)
        entities = PersonSpanEdges.apply(to: entities, parts: tagged, gazetteer: gazetteer)
        entities = GenitiveNames.apply(to: entities, lang: article.lang)
        entities = SameNameEntities.merge(entities)
        return ArticleEntities(entities: AbbreviationLinks.apply(to: entities, texts: texts))
    }
}
