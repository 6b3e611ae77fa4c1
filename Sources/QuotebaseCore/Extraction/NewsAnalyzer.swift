import Foundation

/// The analyzer `quotebase ingest` and `extract` use: entities first, then quotes attributed through them.
public struct NewsAnalyzer: ArticleAnalyzer {
    private let recognizer = EntityRecognizer()
    private let quoteExtractor = QuoteExtractor()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let recognized = recognizer.recognize(article)
        let quotes = quoteExtractor.extract(from: article, entities: recognized)
        // Authors are appended after the recognizer's entities, so the quotes' entity indexes stay valid.
        var entities = recognized.entities
        Self.addAuthors(of: article, to: &entities)
        return ArticleAnalysis(entities: entities, quotes: quotes)
    }

    /// The byline names people too: each author is a person with the role "author", even when the body never
    /// names them.
    static func addAuthors(of article: Article, to entities: inout [ExtractedEntity]) {
        guard let byline = article.author else { return }
        let names = byline.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " e ", with: ", ")
            .split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { name in
                let words = name.split(separator: " ")
                return (2...5).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false }
            }
        for written in names {
            // Wire bylines are often in capitals ("PETER TORDAY, Reuters").
            // "di Luca Apicella MIRANDOLA Seconda rapina…": a byline run into the dateline and the first sentence.
            let name = PersonSpanEdges.trimmed(written == written.uppercased() ? written.capitalized : written,
                                               gazetteer: .shared)
            let key = Normalizer.key(name)
            if let index = entities.firstIndex(where: { $0.kind == .person && Normalizer.key($0.name) == key }) {
                if !entities[index].roles.contains("author") { entities[index].roles.append("author") }
            } else {
                entities.append(ExtractedEntity(name: name, kind: .person, roles: ["author"]))
            }
        }
    }
}

extension NewsAnalyzer {
    /// Starts loading the gazetteer and the speech-cue lexicons on a background thread, a few tens of milliseconds
    /// that otherwise come before the first analysis: a command that calls this first overlaps the load with
    /// opening its database and reading its first articles, and the first `analyze` waits only for what is left.
    public static func startLoading() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = EntityGazetteer.shared
            _ = SpeechCueLexicon.forLanguage("en")
        }
    }
}
