import CLibXML2
import Foundation

/// Everything a page says about itself, gathered in one pass before any boilerplate is removed: `<meta>` tags,
/// `<link rel=canonical>`, `<title>`, `<html lang>`, JSON-LD, `<h1>`, `<time>` and bylines.
struct HTMLMetadata {
    /// `<meta>` values by lowercased `property`, `name` or `itemprop`; the first occurrence wins.
    var meta: [String: String] = [:]
    var htmlLang: String?
    var titleElement: String?
    var canonicalLink: String?
    var headings: [String] = []
    var times: [(datetime: String, published: Bool)] = []
    var bylines: [String] = []
    var jsonLD = HTMLJSONLD()

    init(document root: HTMLNode) {
        htmlLang = root.attribute("lang") ?? root.attribute("xml:lang")
        walkHTML(from: root, enter: { node in
            guard node.isElement else { return false }
            let tag = node.tag
            switch tag {
            case "meta":
                if let content = node.attribute("content") {
                    for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")] {
                        guard let key = key?.lowercased(), !key.isEmpty else { continue }
                        if self.meta[key] == nil { self.meta[key] = content }
                    }
                }
                return false
            case "link":
                if self.canonicalLink == nil, let rel = node.attribute("rel"),
                   rel.lowercased().split(separator: " ").contains("canonical") {
                    self.canonicalLink = node.attribute("href")
                }
                return false
            case "title":
                if self.titleElement == nil, node.pointee.parent.map({ !$0.hasTag("svg") }) ?? true {
                    self.titleElement = node.collapsedText
                }
                return false
            case "script":
                if let type = node.attribute("type"), type.lowercased().contains("ld+json") {
                    self.jsonLD.add(json: node.rawText)
                }
                return false
            case "style", "noscript", "template", "svg":
                return false
            case "h1":
                let text = node.collapsedText
                if !text.isEmpty { self.headings.append(text) }
                return false
            case "time":
                if let datetime = node.attribute("datetime") ?? node.attribute("content") {
                    let published = node.attribute("pubdate") != nil
                        || (node.attribute("itemprop")?.lowercased().contains("datepublished") ?? false)
                    self.times.append((datetime, published))
                }
            default:
                break
            }
            if let itemprop = node.attribute("itemprop")?.lowercased() {
                if itemprop == "datepublished", let value = node.attribute("content") ?? node.attribute("datetime") {
                    self.times.append((value, true))
                }
                if itemprop == "author" || itemprop == "creator" {
                    let name = node.attribute("content") ?? node.collapsedText
                    if !name.isEmpty { self.bylines.append(name) }
                    return false
                }
            }
            if tag == "a", let rel = node.attribute("rel")?.lowercased(), rel.split(separator: " ").contains("author") {
                self.bylines.append(node.collapsedText)
                return false
            }
            let words = HTMLBoilerplate.words(node.classAndID)
            if words.contains(where: { $0 == "byline" || $0 == "author" || $0 == "autore" || $0 == "firma" || $0 == "signature" }) {
                let text = node.collapsedText
                if !text.isEmpty, text.count < 120 { self.bylines.append(text) }
                // Keep going: a byline box often wraps the name (itemprop=author) together with a date.
                return true
            }
            return true
        })
    }

    // MARK: Decisions

    var siteName: String? { meta["og:site_name"] ?? meta["application-name"] ?? jsonLD.publisher }

    /// og:title, else JSON-LD headline, else the first `<h1>`, else `<title>`; minus a trailing site name.
    var title: String? {
        let candidates: [(String?, Bool)] = [
            (meta["og:title"], false), (jsonLD.headline, false), (meta["twitter:title"], false),
            (headings.first, false), (titleElement, true),
        ]
        for case let (text?, isTitleElement) in candidates {
            let cleaned = HTMLTitle.clean(HTMLWhitespace.collapse(text), siteName: siteName, headings: headings,
                                          aggressive: isTitleElement)
            if !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    /// JSON-LD author, else `<meta name=author>` (when it names a person seen on the page, not the publisher), else a
    /// byline on the page ("By X", "di X").
    func author(bodyText: String) -> String? {
        if let name = jsonLD.authors.compactMap(HTMLByline.clean).first { return name }
        let site = siteName.map(Normalizer.key)
        let fromMeta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]
            .compactMap { meta[$0] }
            .filter { !$0.contains("://") && !$0.contains("www.") }
            .compactMap(HTMLByline.clean)
            .filter { Normalizer.key($0) != site }
        let fromPage = bylines.compactMap(HTMLByline.clean)
        if let name = fromMeta.first {
            let key = Normalizer.key(name)
            let seen = fromPage.contains { Normalizer.key($0).contains(key) }
                || Normalizer.key(bodyText.prefix(3000)).contains(key)
            if seen || fromPage.isEmpty { return name }
        }
        if let name = fromPage.first { return name }
        return HTMLByline.find(inLeadOf: bodyText)
    }

    /// The publication date as `YYYY-MM-DD`.
    var published: String? {
        let keys = [
            "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate",
            "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
            "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
        ]
        var candidates: [String] = []
        if let value = meta["article:published_time"] { candidates.append(value) }
        if let value = jsonLD.datePublished { candidates.append(value) }
        candidates += keys.dropFirst().compactMap { meta[$0] }
        candidates += times.filter(\.published).map(\.datetime)
        candidates += times.filter { !$0.published }.map(\.datetime)
        for candidate in candidates {
            if let date = HTMLDate.normalize(candidate) { return date }
        }
        for url in [canonicalURL, meta["og:url"]].compactMap({ $0 }) {
            if let date = HTMLDate.fromURLPath(url) { return date }
        }
        return nil
    }

    /// ISO 639-1 code from `<html lang>`, og:locale or JSON-LD inLanguage.
    var lang: String? {
        for candidate in [htmlLang, meta["og:locale"], jsonLD.inLanguage, meta["content-language"], meta["language"]] {
            guard let candidate else { continue }
            let letters = candidate.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isLetter }
            if letters.count == 2 { return letters.lowercased() }
        }
        return nil
    }

    var canonicalURL: String? {
        let candidates = [canonicalLink, meta["og:url"], jsonLD.url]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return candidates.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") } ?? candidates.first
    }
}

/// The parts of a page's JSON-LD that describe the article (`NewsArticle`, `Article`, `BlogPosting`, …), found
/// anywhere in the scripts, including inside `@graph` arrays.
struct HTMLJSONLD {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var inLanguage: String?
    var url: String?
    var publisher: String?
    var articleBody: String?

    mutating func add(json text: String) {
        guard let data = text.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        visit(value, depth: 0)
    }

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting",
        "techarticle", "report",
    ]

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types = Self.strings(object["@type"]).map { $0.lowercased() }
        guard types.contains(where: Self.articleTypes.contains) else {
            if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
            return
        }
        if headline == nil { headline = Self.strings(object["headline"]).first ?? Self.strings(object["name"]).first }
        if authors.isEmpty { authors = Self.names(object["author"]) }
        if authors.isEmpty { authors = Self.names(object["creator"]) }
        if datePublished == nil { datePublished = Self.strings(object["datePublished"]).first }
        if inLanguage == nil { inLanguage = Self.strings(object["inLanguage"]).first }
        if url == nil { url = Self.strings(object["url"]).first }
        if publisher == nil { publisher = Self.names(object["publisher"]).first }
        if articleBody == nil { articleBody = Self.strings(object["articleBody"]).first }
    }

    private static func strings(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let array = value as? [Any] { return array.compactMap { $0 as? String } }
        return []
    }

    private static func names(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let object = value as? [String: Any] { return strings(object["name"]) }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
