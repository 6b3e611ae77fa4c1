/// One news article as Quotebase stores it: metadata plus a cleaned body.
///
/// Offsets anywhere in Quotebase (mentions, quotes) count **Unicode scalars** (code points) from the start of
/// `title` or `body`, end exclusive. That is the unit SQLite's `substr()` uses on TEXT, so
/// `substr(body, start + 1, "end" - start)` in the `sqlite3` shell returns the surface text.
public struct Article: Sendable, Hashable, Codable {
    /// Where the article came from, as the user gave it: a file path, `path:line` inside a JSONL file, a URL or `-`.
    public var source: String
    public var title: String?
    public var author: String?
    /// ISO 8601 calendar date (`YYYY-MM-DD`), or nil when unknown.
    public var published: String?
    /// ISO 639-1 code (`it`, `en`, …).
    public var lang: String
    public var body: String
    /// The record's own id in its corpus (`dice-3976017`), as the input gives it.
    public var externalID: String?
    /// The article's URL: the record's `url` field or the page's canonical link.
    public var url: String?
    /// The outlet or site that published it (`site`, `source`, `outlet`, `publisher`, … in a record).
    public var site: String?
    /// Its section or category, as the record gives it.
    public var section: String?
    /// The record's other fields as one JSON object (sorted keys), or nil when it has none.
    public var extra: String?

    public init(source: String, title: String? = nil, author: String? = nil, published: String? = nil,
                lang: String, body: String, externalID: String? = nil, url: String? = nil, site: String? = nil,
                section: String? = nil, extra: String? = nil) {
        self.source = source
        self.title = title
        self.author = author
        self.published = published
        self.lang = lang
        self.body = body
        self.externalID = externalID
        self.url = url
        self.site = site
        self.section = section
        self.extra = extra
    }

    /// The database's column names; `extract --full` lines written before schema 9 have none of the new ones.
    enum CodingKeys: String, CodingKey {
        case source, title, author, published, lang, body, url, site, section, extra
        case externalID = "external_id"
    }
}

/// The part of an article an offset refers to.
public enum ArticlePart: String, Sendable, Hashable, Codable {
    case title
    case body
}

/// A half-open range of Unicode-scalar offsets in one part of an article.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var part: ArticlePart
    public var start: Int
    public var end: Int

    public init(part: ArticlePart = .body, start: Int, end: Int) {
        self.part = part
        self.start = start
        self.end = end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        if lhs.part != rhs.part { return lhs.part == .title }
        return (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
