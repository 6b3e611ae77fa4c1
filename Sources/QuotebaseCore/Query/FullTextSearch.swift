import GRDB

/// Turns whatever a user types into a safe FTS5 query, with a small search syntax of our own.
///
/// - words: every word must occur (`difesa comune`); case and accents are ignored;
/// - `"exact phrase"`: the words in this order, next to each other;
/// - `OR` (upper case) between words or phrases: either side (`putin OR lukashenko`); AND binds tighter, so
///   `a b OR c` is (a and b) or c;
/// - `-word`, `-"a phrase"` or `NOT word`: leaves out what contains it (`nato -ucraina`);
/// - `word*`: a prefix (`bielorus*` finds bielorussia, bielorusso).
///
/// Anything else is taken literally and can never be an FTS5 syntax error: each word is folded with
/// `Normalizer.key` and written as an FTS5 string, so `(`, `)`, `:`, `^`, `NEAR`, lower-case `or` and an unpaired
/// `"` are punctuation or plain words. A group with only left-out words (`-nato` alone) searches for them instead.
/// Words with no letter or digit are dropped.
public enum FullTextQuery {
    /// The most words one search looks for: FTS5's cost grows with every phrase of the query (a word repeated
    /// 2,000 times took 29 s), and no one means more. `search` says when words were left out.
    public static let maxWords = 32

    /// The FTS5 query for `text`, or nil when it holds nothing searchable. A word given twice in a group is searched
    /// once, and words past the first `maxWords` distinct ones are left out.
    public static func escape(_ text: String) -> String? {
        let groups = parse(text)
        guard !groups.isEmpty else { return nil }
        let written = groups.map { group -> String in
            let all = group.positive.joined(separator: " ")
            guard !group.negative.isEmpty else { return all }
            let left = group.negative.count == 1 ? group.negative[0] : "(" + group.negative.joined(separator: " OR ") + ")"
            return "(" + all + ") NOT " + left
        }
        return written.count == 1 ? written[0] : written.map { "(" + $0 + ")" }.joined(separator: " OR ")
    }

    /// How many distinct searchable words and phrases `text` holds (more than `maxWords`: some were left out).
    public static func wordCount(_ text: String) -> Int {
        var seen: Set<String> = []
        for term in terms(text) { if case .term(let phrase, _) = term { seen.insert(phrase) } }
        return seen.count
    }

    /// For plain words only (two or more, no operators, quotes or prefixes): the FTS5 phrase of them all in their
    /// order, so that search can rank the hits holding the exact phrase first. nil otherwise.
    public static func exactPhrase(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count > 1, words.allSatisfy({ word in
            !word.contains("\"") && !word.hasSuffix("*") && !word.hasPrefix("-") && !["OR", "AND", "NOT"].contains(String(word))
        }) else { return nil }
        let keys = words.map { Normalizer.key($0) }.filter(hasWordCharacter)
        guard keys.count > 1 else { return nil }
        return "\"" + keys.joined(separator: " ") + "\""
    }

    private struct Group {
        var positive: [String] = []
        var negative: [String] = []
    }

    private enum Token {
        /// An FTS5 phrase ready to write (`"a b"` or `"pre"*`); `negative` for -word and NOT word.
        case term(String, negative: Bool)
        case or
    }

    private static func hasWordCharacter(_ key: String) -> Bool {
        key.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// `key` as an FTS5 string. Normalizer.key keeps only letters, digits, ' and spaces, so no `"` ends it early.
    private static func quoted(_ key: String) -> String {
        "\"" + key.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Words, quoted phrases and operators in input order.
    private static func terms(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var negateNext = false
        let scalars = Array(text)
        var i = 0
        func add(_ key: String, prefix: Bool, negative: Bool) {
            guard hasWordCharacter(key) else { return }
            tokens.append(.term(quoted(key) + (prefix ? "*" : ""), negative: negative || negateNext))
            negateNext = false
        }
        while i < scalars.count {
            if scalars[i].isWhitespace { i += 1; continue }
            var negative = false
            var start = i
            if scalars[i] == "-", i + 1 < scalars.count, !scalars[i + 1].isWhitespace, scalars[i + 1] != "-" {
                negative = true
                start = i + 1
            }
            if scalars[start] == "\"", let close = scalars[(start + 1)...].firstIndex(of: "\"") {
                add(Normalizer.key(String(scalars[(start + 1)..<close])), prefix: false, negative: negative)
                i = close + 1
                continue
            }
            var end = start
            while end < scalars.count, !scalars[end].isWhitespace { end += 1 }
            let word = String(scalars[start..<end])
            i = end
            if !negative, word == "OR" {
                negateNext = false
                tokens.append(.or)
            } else if !negative, word == "AND" {
                continue
            } else if !negative, word == "NOT" {
                negateNext = true
            } else {
                add(Normalizer.key(word), prefix: word.hasSuffix("*"), negative: negative)
            }
        }
        return tokens
    }

    private static func parse(_ text: String) -> [Group] {
        var groups: [Group] = []
        var current = Group()
        var seen: Set<String> = []
        var count = 0
        func close() {
            if current.positive.isEmpty {
                // Nothing to leave out from: the words are searched for themselves.
                current.positive = current.negative
                current.negative = []
            }
            if !current.positive.isEmpty { groups.append(current) }
            current = Group()
        }
        for token in terms(text) {
            switch token {
            case .or:
                close()
            case .term(let phrase, let negative):
                if !seen.contains(phrase) {
                    guard count < maxWords else { continue }
                    seen.insert(phrase)
                    count += 1
                }
                if negative {
                    if !current.negative.contains(phrase) { current.negative.append(phrase) }
                } else if !current.positive.contains(phrase) {
                    current.positive.append(phrase)
                }
            }
        }
        close()
        return groups
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
    /// Whether the hit holds the words as the exact phrase (plain-word searches only; those come first).
    public var exactPhrase: Bool = false

    public static let columns = ["type", "id", "article_id", "published", "title", "speaker", "snippet", "score"]

    public var cells: [Cell] {
        [.text(type), .integer(id), .integer(article_id), published.map(Cell.text) ?? .null,
         title.map(Cell.text) ?? .null, speaker.map(Cell.text) ?? .null, .text(snippet), .real(score)]
    }
}

extension QuotebaseDatabase {
    /// Articles and quotes matching `text` (search syntax: `FullTextQuery`): for plain words the hits holding them
    /// as the exact phrase first, then best bm25 score first.
    ///
    /// `text` is user input and is always escaped (see `FullTextQuery`); it can never cause an SQLite error.
    /// - Parameters:
    ///   - scope: `nil` for both, else `"articles"` or `"quotes"`.
    ///   - open, close: the marks around matching words in snippets.
    public func search(_ text: String, scope: String? = nil, limit: Int? = 20, offset: Int = 0,
                       open: String = "[", close: String = "]", sort: SortKey? = nil) throws -> [SearchHit] {
        guard let match = FullTextQuery.escape(text) else { return [] }
        // Plain words: the hits that hold them as the exact phrase come first, each part by bm25.
        let exact = FullTextQuery.exactPhrase(text)
        let ellipsis = "…"
        var parts: [String] = []
        var arguments: [DatabaseValue] = []
        if scope == nil || scope == "articles" {
            // Title weighs ten times the body, as a headline match says more about the article.
            parts.append("""
                SELECT 'article' AS type, a.id AS id, a.id AS article_id, a.published, a.title, NULL AS speaker,
                       snippet(articles_fts, -1, ?, ?, ?, 16) AS snippet, bm25(articles_fts, 10.0, 1.0) AS score,
                       \(exact.map { _ in "a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" } ?? "0") AS inexact
                FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH ?
                """)
            arguments += ([open, close, ellipsis] + (exact.map { [$0] } ?? []) + [match]).map(\.databaseValue)
        }
        if scope == nil || scope == "quotes" {
            parts.append("""
                SELECT 'quote' AS type, q.id AS id, q.article_id, a.published, a.title,
                       (SELECT coalesce(e.name, s.surface) FROM quote_speakers s LEFT JOIN entities e ON e.id = s.entity_id
                        WHERE s.quote_id = q.id ORDER BY s.position LIMIT 1) AS speaker,
                       snippet(quotes_fts, -1, ?, ?, ?, 16) AS snippet, bm25(quotes_fts) AS score,
                       \(exact.map { _ in "q.id NOT IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)" } ?? "0") AS inexact
                FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
                WHERE quotes_fts MATCH ?
                """)
            arguments += ([open, close, ellipsis] + (exact.map { [$0] } ?? []) + [match]).map(\.databaseValue)
        }
        var query = QuerySQL(parts.joined(separator: "\nUNION ALL\n"), arguments)
        if let sort, SearchHit.columns.contains(sort.column) {
            query = query.sorted(by: sort.column, descending: sort.descending, tiebreak: "inexact, score, type, id",
                                 limit: limit, offset: offset)
        } else {
            query.sql += "\nORDER BY inexact, score, type, id"
            query.appendPage(limit: limit, offset: offset)
        }
        let sql = query.sql
        arguments = query.arguments
        do {
            return try connection.read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    SearchHit(type: row[0], id: row[1], article_id: row[2], published: row[3], title: row[4],
                              speaker: row[5], snippet: row[6], score: row[7], exactPhrase: exact != nil && row[8] == 0)
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
