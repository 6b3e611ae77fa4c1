/// Reads a saved web page as an article. The HTML extractor (issue 9) plugs in here.
enum HTMLPage {
    static func read(_ bytes: [UInt8], source: String) throws -> Article {
        throw QuotebaseError(.malformedInput, source, "HTML pages are not supported yet; save the article as text")
    }
}
