/// Reads a saved web page as an article through `HTMLArticleExtractor`; the canonical URL, when the page has one,
/// becomes the article's `url` (its source stays the file the user named).
enum HTMLPage {
    static func read(_ bytes: [UInt8], source: String, detector: LanguageDetector) throws -> Article {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw QuotebaseError(.emptyInput, source, "empty input, no article text")
        }
        let page = try HTMLArticleExtractor.extract(html: bytes, baseSource: source)
        let lang = page.lang ?? detector.detect((page.title ?? "") + "\n" + page.body)
        return Article(source: source, title: page.title, author: page.author,
                       published: page.published, lang: lang, body: page.body, url: page.canonicalURL)
    }
}
