/// The analyzer `quotebase ingest` and `extract` use: entities first, then quotes attributed through them.
public struct NewsAnalyzer: ArticleAnalyzer {
    private let recognizer = EntityRecognizer()

    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        let entities = recognizer.recognize(article)
        return ArticleAnalysis(entities: entities.entities)
    }
}
