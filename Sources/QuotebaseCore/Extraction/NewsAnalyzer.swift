/// The analyzer `quotebase ingest` and `extract` use: entities first, then quotes attributed through them.
public struct NewsAnalyzer: ArticleAnalyzer {
    private let recognizer = EntityRecognizer()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        var entities = recognizer.recognize(article).entities
        Self.addAuthors(of: article, to: &entities)
        return ArticleAnalysis(entities: entities)
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
            let name = written == written.uppercased() ? written.capitalized : written
            let key = Normalizer.key(name)
            if let index = entities.firstIndex(where: { $0.kind == .person && Normalizer.key($0.name) == key }) {
                if !entities[index].roles.contains("author") { entities[index].roles.append("author") }
            } else {
                entities.append(ExtractedEntity(name: name, kind: .person, roles: ["author"]))
            }
        }
    }
}

import Foundation
