import GRDB

/// What `quotebase report --by` groups quotes by.
public enum ReportDimension: String, CaseIterable, Sendable {
    /// The article's publication month, `YYYY-MM` ('undated' when the article has no date).
    case month
    /// The quote's first speaker: canonical name (or the article's words when unresolved), with its entity id.
    case speaker
    /// The article's outlet (`site`) when the input named one, else its source.
    case source
    /// direct, partial or headline.
    case kind
    /// The article's language.
    case lang

    /// The output columns this dimension adds.
    public var columns: [String] { self == .speaker ? ["speaker_id", "speaker"] : [rawValue] }

    /// The SQL of each of `columns`, over quotes `q`, articles `a`, first speaker `rs` and its entity `re`.
    var expressions: [String] {
        switch self {
        case .month: return ["coalesce(substr(a.published, 1, 7), 'undated')"]
        case .speaker: return ["rs.entity_id", "coalesce(re.name, rs.surface)"]
        case .source: return ["coalesce(a.site, a.source)"]
        case .kind: return ["q.kind"]
        case .lang: return ["a.lang"]
        }
    }
}

/// Quote counts grouped by one or more `ReportDimension`s: the rows of `quotebase report`.
public struct QuoteCounts: Sendable {
    public var columns: [String]
    public var rows: [[Cell]]
}

extension QuotebaseDatabase {
    /// Quotes matching `filter` (its paging and sort ignored) counted by `dimensions`, in that order: each row is the
    /// dimensions' values, then `quotes` and `articles` (how many distinct articles they come from). Rows come by
    /// month when `month` is a dimension, else most quotes first; ties by the dimensions' values.
    public func quoteCounts(by dimensions: [ReportDimension], filter: QuoteFilter) throws -> QuoteCounts {
        let parts = QuoteQuery.clauses(filter)
        var from = parts.from
        if dimensions.contains(.speaker) {
            from += " LEFT JOIN quote_speakers rs ON rs.quote_id = q.id AND rs.position = 0"
                + " LEFT JOIN entities re ON re.id = rs.entity_id"
        }
        let expressions = dimensions.flatMap(\.expressions)
        let columns = dimensions.flatMap(\.columns) + ["quotes", "articles"]
        let keys = expressions.indices.map { "k\($0)" }
        var sql = "SELECT " + zip(expressions, keys).map { "\($0) AS \($1)" }.joined(separator: ", ")
            + (expressions.isEmpty ? "" : ", ") + "count(DISTINCT q.id) AS quotes, count(DISTINCT q.article_id) AS articles"
            + "\nFROM \(from)"
        if !parts.conditions.isEmpty { sql += "\nWHERE " + parts.conditions.joined(separator: "\n  AND ") }
        if !keys.isEmpty { sql += "\nGROUP BY " + keys.joined(separator: ", ") }
        let byMonth = dimensions.first.map { $0 == .month } ?? false
        let order = byMonth ? keys + ["quotes DESC"] : ["quotes DESC"] + keys
        sql += "\nORDER BY " + order.joined(separator: ", ")
        let rows = try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(parts.arguments)).map { row in
                (0..<row.count).map { index -> Cell in
                    switch (row[index] as DatabaseValue).storage {
                    case .null: return .null
                    case .int64(let value): return .integer(value)
                    case .double(let value): return .real(value)
                    case .string(let value): return .text(value)
                    case .blob: return .null
                    }
                }
            }
        }
        return QuoteCounts(columns: columns, rows: rows)
    }
}
