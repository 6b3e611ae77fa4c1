import CLibXML2
import Foundation

/// An article taken out of a saved web page: its metadata and its main text.
public struct HTMLArticle: Sendable, Hashable {
    public var title: String?
    public var author: String?
    /// Publication date as `YYYY-MM-DD`.
    public var published: String?
    /// ISO 639-1 code from `<html lang>` or og:locale; nil when the page does not say.
    public var lang: String?
    /// `<link rel=canonical>` or og:url.
    public var canonicalURL: String?
    /// The main text, paragraphs separated by `"\n\n"`. Quotations from `<q>` and `<blockquote>` are wrapped in “ ”.
    public var body: String

    public init(title: String? = nil, author: String? = nil, published: String? = nil, lang: String? = nil,
                canonicalURL: String? = nil, body: String) {
        self.title = title
        self.author = author
        self.published = published
        self.lang = lang
        self.canonicalURL = canonicalURL
        self.body = body
    }
}

/// Gets the article out of a saved HTML page, as trafilatura or readability do: main text without navigation, share
/// bars, comments or related links, plus title, author, date, language and canonical URL.
///
/// ```swift
/// let page = try Data(contentsOf: URL(fileURLWithPath: "saved/story.html"))
/// let article = try HTMLArticleExtractor.extract(html: page, baseSource: "saved/story.html")
/// print(article.title ?? "", article.published ?? "", article.body)
/// ```
///
/// Parsing is libxml2's forgiving HTML parser, so broken markup, deep nesting and binary junk never crash or hang.
/// Safe to call from several threads at once.
public enum HTMLArticleExtractor {
    public static func extract(html: Data, baseSource: String) throws -> HTMLArticle {
        try html.withUnsafeBytes { try extract(bytes: $0, baseSource: baseSource) }
    }

    public static func extract(html: [UInt8], baseSource: String) throws -> HTMLArticle {
        try html.withUnsafeBytes { try extract(bytes: $0, baseSource: baseSource) }
    }

    static func extract(bytes: UnsafeRawBufferPointer, baseSource: String) throws -> HTMLArticle {
        if let trimmed = HTMLAttributeLimit.trimmed(bytes) {
            return try trimmed.withUnsafeBytes { try extractFlattened(bytes: $0, baseSource: baseSource) }
        }
        return try extractFlattened(bytes: bytes, baseSource: baseSource)
    }

    private static func extractFlattened(bytes: UnsafeRawBufferPointer, baseSource: String) throws -> HTMLArticle {
        if let flattened = HTMLNestingLimit.flattened(bytes) {
            return try flattened.withUnsafeBytes { try extractTrimmed(bytes: $0, baseSource: baseSource) }
        }
        return try extractTrimmed(bytes: bytes, baseSource: baseSource)
    }

    private static func extractTrimmed(bytes: UnsafeRawBufferPointer, baseSource: String) throws -> HTMLArticle {
        if looksBinary(bytes) {
            throw QuotebaseError(.binaryInput, baseSource,
                                 "this is not an HTML page (it holds NUL bytes); pass a saved .html file")
        }
        guard let document = HTMLDocument(bytes: bytes, encoding: encodingHint(bytes)), let root = document.root else {
            throw QuotebaseError(.malformedInput, baseSource, "no HTML could be read from this file")
        }
        let metadata = HTMLMetadata(document: root)
        var content = HTMLMainContent(root: root)
        content.removeBoilerplate()
        let nodes = content.articleNodes()
        let title = metadata.title
        var renderer = HTMLTextRenderer(skip: { content.skipInsideArticle($0) })
        var paragraphs = renderer.render(nodes)
        paragraphs = clean(paragraphs, title: title)
        var body = paragraphs.joined(separator: "\n\n")
        if body.unicodeScalars.count < 200, let fromJSON = metadata.jsonLD.articleBody,
           fromJSON.count > body.count * 2 {
            // Pages that render their text with JavaScript often still ship it in JSON-LD.
            body = fromJSON.components(separatedBy: .newlines)
                .map(HTMLWhitespace.collapse).filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        guard body.contains(where: { $0.isLetter }) else {
            throw QuotebaseError(.malformedInput, baseSource,
                                 "no article text found in this HTML page (is it an index page, or rendered by JavaScript?)")
        }
        return HTMLArticle(title: title, author: metadata.author(bodyText: body), published: metadata.published,
                           lang: metadata.lang, canonicalURL: metadata.canonicalURL, body: body)
    }

    /// Paragraph-level cleanup: the title repeated as the first line, "Read also"/"Leggi anche" lines, ad labels.
    static func clean(_ paragraphs: [String], title: String?) -> [String] {
        let titleKey = title.map(Normalizer.key)
        var out: [String] = []
        out.reserveCapacity(paragraphs.count)
        for (i, paragraph) in paragraphs.enumerated() {
            if i < 3, let titleKey, Normalizer.key(paragraph) == titleKey { continue }
            let lower = paragraph.lowercased()
            if paragraph.count < 200, readAlsoPrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
            if adLabels.contains(lower) { continue }
            out.append(paragraph)
        }
        return out
    }

    static let readAlsoPrefixes = [
        "read also", "read more", "related:", "related coverage", "see also", "more:", "more from", "leggi anche",
        "leggi pure", "leggi l'articolo", "leggi l’articolo", "vedi anche", "guarda anche", "potrebbe interessarti",
        "sponsored", "advertisement", "pubblicità", "sign up for", "subscribe to", "iscriviti alla newsletter",
    ]
    static let adLabels: Set<String> = ["advertisement", "pubblicità", "ad", "sponsored", "annuncio", "continue reading"]

    /// NUL bytes early in the file mean an image, archive or other binary, unless a UTF-16 byte-order mark says
    /// otherwise.
    static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return false
        }
        return bytes.prefix(4096).contains(0)
    }

    /// Lets libxml2 follow a declared charset; otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252
    /// (libxml2's own default, ISO-8859-1, garbles every UTF-8 page saved without a `<meta charset>`).
    static func encodingHint(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = bytes.prefix(8192)
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { return "UTF-8" }
        if containsCaseInsensitive(head, "charset") || containsCaseInsensitive(head, "encoding=") { return nil }
        return isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    private static func containsCaseInsensitive(_ haystack: Slice<UnsafeRawBufferPointer>, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - pattern.count
        while i <= last {
            var j = 0
            while j < pattern.count, haystack[i + j] | 0x20 == pattern[j] { j += 1 }
            if j == pattern.count { return true }
            i += 1
        }
        return false
    }

    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                continue
            }
            let length: Int
            if byte & 0xE0 == 0xC0, byte >= 0xC2 { length = 2 }
            else if byte & 0xF0 == 0xE0 { length = 3 }
            else if byte & 0xF8 == 0xF0, byte <= 0xF4 { length = 4 }
            else { return false }
            guard i + length <= n else { return false }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
