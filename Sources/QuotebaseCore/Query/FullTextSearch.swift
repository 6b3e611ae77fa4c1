import GRDB

/// Turns whatever a user types into a safe FTS5 query.
///
/// FTS5 gives meaning to `"`, `(`, `)`, `AND`, `OR`, `NOT`, `NEAR`, `*`, `-`, `:` and `^`; passed through, they
/// raise syntax errors or change the search. Instead every whitespace-separated word is folded with
/// `Normalizer.key` and written as an FTS5 string, and the strings are ANDed: `putin "difesa` becomes
/// `"putin" "difesa"`, `OR` becomes the word "or". A word ending in `*` keeps it as a prefix search
/// (`bielorus*` → `"bielorus"*`). Words with no letter or digit are dropped.
public enum FullTextQuery {
    /// The most words one search looks for: FTS5's cost grows with every phrase of the query (a word repeated
    /// 2,000 times took 29 s), and no one means more. `search` says when words were left out.
    public static let maxWords = 32

    /// The FTS5 query for `text`, or nil when it holds nothing searchable. A word given twice is searched once
    /// (all words must match anyway), and words past the first `maxWords` distinct ones are left out.
    public static func escape(_ text: String) -> String? {
        let phrases = self.phrases(text)
        return phrases.isEmpty ? nil : phrases.prefix(maxWords).joined(separator: " ")
    }

    /// How many distinct searchable words `text` holds (more than `maxWords` means some were left out).
    public static func wordCount(_ text: String) -> Int { phrases(text).count }

    private static func phrases(_ text: String) -> [String] {
        var phrases: [String] = []
        var seen: Set<String> = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            let key = Normalizer.key(word)
            guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { continue }
            // Normalizer.key keeps only letters, digits, ' and spaces, so no `"` can end the string early.
            var phrase = "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            if word.hasSuffix("*") { phrase += "*" }
            if seen.insert(phrase).inserted { phrases.append(phrase) }
        }
        return phrases
    }
}

/// One hit of `quotebase search`: an article or a quote.
public struct SearchHit: Sendable, Hashable, Codable {
    /// `article` or `quote`.
    public var type: String
    /// The article id or the quote id.
    public var id: Int64
    public var article_id: Int64
    public var published: String?
    public var title: String?
    /// The quote's first speaker (quotes only).
    public var speaker: String?
    /// The matching words in context, marked by the `open`/`close` strings given to `search`.
    public var snippet: String
    /// bm25 score: lower is a better match.
    public var score: Double

    public static let columns = ["type", "id", "article_id", "published", "title", "speaker", "snippet", "score"]

    public var cells: [Cell] {
        [.text(type), .integer(id), .integer(article_id), published.map(Cell.text) ?? .null,
         title.map(Cell.text) ?? .null, speaker.map(Cell.text) ?? .null, .text(snippet), .real(score)]
    }
}

extension QuotebaseDatabase {
    /// Articles and quotes matching `text`, best bm25 score first.
    ///
    /// `text` is user input and is always escaped (see `FullTextQuery`); it can never cause an SQLite error.
    /// - Parameters:
    ///   - scope: `nil` for both, else `"articles"` or `"quotes"`.
    ///   - open, close: the marks around matching words in snippets.
    public func search(_ text: String, scope: String? = nil, limit: Int = 20, offset: Int = 0,
                       open: String = "[", close: String = "]") throws -> [SearchHit] {
        guard let match = FullTextQuery.escape(text) else { return [] }
        let ellipsis = "…"
        var parts: [String] = []
        var arguments: [DatabaseValue] = []
        if scope == nil || scope == "articles" {
            // Title weighs ten times the body, as a headline match says more about the article.
            parts.append("""
                SELECT 'article' AS type, a.id AS id, a.id AS article_id, a.published, a.title, NULL AS speaker,
                       snippet(articles_fts, -1, ?, ?, ?, 16) AS snippet, bm25(articles_fts, 10.0, 1.0) AS score
                FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH ?
                """)
            arguments += [open, close, ellipsis, match].map(\.databaseValue)
        }
        if scope == nil || scope == "quotes" {
            parts.append("""
                SELECT 'quote' AS type, q.id AS id, q.article_id, a.published, a.title,
                       (SELECT coalesce(e.name, s.surface) FROM quote_speakers s LEFT JOIN entities e ON e.id = s.entity_id
                        WHERE s.quote_id = q.id ORDER BY s.position LIMIT 1) AS speaker,
                       snippet(quotes_fts, -1, ?, ?, ?, 16) AS snippet, bm25(quotes_fts) AS score
                FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
                WHERE quotes_fts MATCH ?
                """)
            arguments += [open, close, ellipsis, match].map(\.databaseValue)
        }
        let sql = parts.joined(separator: "\nUNION ALL\n") + "\nORDER BY score, type, id LIMIT ? OFFSET ?"
        arguments += [limit.databaseValue, offset.databaseValue]
        do {
            return try connection.read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    SearchHit(type: row[0], id: row[1], article_id: row[2], published: row[3], title: row[4],
                              speaker: row[5], snippet: row[6], score: row[7])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // Escaping makes this unreachable; should it happen, say so without SQLite's wording.
            throw QuotebaseError(.invalidArgument, text, "cannot search for this text; try plain words")
        } catch let error as DatabaseError {
            throw QuotebaseDatabase.translate(error, path: path)
        }
    }
}
