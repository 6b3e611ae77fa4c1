import Foundation
import GRDB

/// The tables `quotebase export` writes, each with stable, documented columns.
///
/// Columns are only ever added at the end, never renamed or reordered, so scripts that read an export keep
/// working. List columns (`speakers`, `about`, `aliases`) are JSON arrays in JSONL and `; `-joined in CSV.
public enum ExportTable: String, CaseIterable, Sendable {
    case quotes, mentions, entities, articles, network

    public var columns: [String] {
        switch self {
        case .quotes: return QuoteRow.columns
        case .mentions:
            return ["id", "entity_id", "entity", "entity_kind", "article_id", "source", "published", "part", "start",
                    "end", "surface"]
        case .entities: return EntitySummary.columns
        case .articles:
            return ["id", "source", "title", "author", "published", "lang", "content_hash", "ingested_at", "quotes",
                    "mentions", "body"]
        case .network: return NetworkEdge.columns
        }
    }

    /// Indexes in the statement's rows (not in `columns`) of values holding U+001F-joined lists.
    var listColumns: Set<Int> {
        switch self {
        case .entities: return [3]
        default: return []
        }
    }

    /// The statement; every row it yields maps one-to-one to `columns`, except for quotes (see `exportQuotes`).
    var sql: String {
        switch self {
        case .quotes:
            // The quote rows only; `exportQuotes` merges speakers and targets in from their own cursors.
            return """
                SELECT q.id, q.article_id, a.source, a.title, a.published, a.lang, q.text, q.kind, q.cue, q.part, q.start,
                       q."end", q.confidence, q.rule
                FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id
                """
        case .mentions:
            return """
                SELECT m.id, m.entity_id, e.name, e.kind, m.article_id, a.source, a.published, m.part, m.start, m."end",
                       m.surface
                FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id
                ORDER BY m.id
                """
        case .entities:
            return EntitySummary.sql(kindFilter: false)
        case .articles:
            return """
                SELECT a.id, a.source, a.title, a.author, a.published, a.lang, a.content_hash, a.ingested_at,
                       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                       (SELECT count(*) FROM mentions m WHERE m.article_id = a.id), a.body
                FROM articles a ORDER BY a.id
                """
        case .network:
            return NetworkEdge.sql
        }
    }

    var arguments: StatementArguments { self == .network ? [0, 1] : [] }
}

extension NetworkEdge {
    /// Edges between resolved speakers and targets found at least `?` surely (a target stored before confidences
    /// were recorded always counts), with at least `?` quotes, most quotes first.
    static let sql = """
        SELECT s.entity_id, se.name, se.kind, t.entity_id, te.name, te.kind, count(DISTINCT s.quote_id) AS quotes
        FROM quote_speakers s
        JOIN quote_targets t ON t.quote_id = s.quote_id
        JOIN entities se ON se.id = s.entity_id
        JOIN entities te ON te.id = t.entity_id
        WHERE coalesce(t.confidence, 1) >= ?
        GROUP BY s.entity_id, t.entity_id
        HAVING quotes >= ?
        ORDER BY quotes DESC, se.name, te.name
        """
}

extension QuotebaseDatabase {
    /// Streams `table` to `output` row by row from an SQLite cursor: memory stays flat whatever the table size.
    ///
    /// ```swift
    /// let file = try AtomicFileOutput(path: "quotes.csv")
    /// try db.export(.quotes, format: .csv, to: file.output)
    /// try file.commit()
    /// ```
    /// - Returns: the number of rows written.
    @discardableResult
    public func export(_ table: ExportTable, format: OutputFormat, to output: BufferedOutput) throws -> Int {
        let columns = table.columns
        let lists = table.listColumns
        var writer = RecordWriter(format: format, columns: columns, bytes: { output.write(bytes: $0) })
        var count = 0
        try read { db in
            if table == .quotes {
                count = try Self.exportQuotes(db, writer: &writer, output: output)
                return
            }
            let cursor = try Row.fetchCursor(db, sql: table.sql, arguments: table.arguments)
            var cells: [Cell] = []
            cells.reserveCapacity(columns.count)
            while let row = try cursor.next() {
                cells.removeAll(keepingCapacity: true)
                for index in 0..<row.count {
                    cells.append(Self.cell(row[index] as DatabaseValue, isList: lists.contains(index)))
                }
                writer.write(cells)
                count += 1
                try output.check()
            }
        }
        writer.finish()
        try output.flush()
        return count
    }

    /// Quotes merged with their speakers and targets from three cursors in quote order: each table is read once,
    /// in index order, instead of two correlated subqueries per quote (which cost more than the rest of the export).
    /// The rows are those of `QuoteRow.selectList`, which `quotes` uses for filtered listings.
    static func exportQuotes(_ db: Database, writer: inout RecordWriter, output: BufferedOutput) throws -> Int {
        let quotes = try Row.fetchCursor(db, sql: ExportTable.quotes.sql)
        let speakers = try Row.fetchCursor(db, sql: """
            SELECT s.quote_id, coalesce(e.name, s.surface), e.kind, s.surface FROM quote_speakers s
            LEFT JOIN entities e ON e.id = s.entity_id ORDER BY s.quote_id, s.position
            """)
        let targets = try Row.fetchCursor(db, sql: """
            SELECT t.quote_id, e.name FROM quote_targets t JOIN entities e ON e.id = t.entity_id ORDER BY t.quote_id
            """)
        var speaker = try speakers.next().map {
            (quote: $0[0] as Int64, name: $0[1] as String, kind: $0[2] as String?, written: $0[3] as String)
        }
        var target = try targets.next().map { (quote: $0[0] as Int64, name: $0[1] as String) }
        var count = 0
        var cells: [Cell] = []
        cells.reserveCapacity(QuoteRow.columns.count)
        while let row = try quotes.next() {
            let id: Int64 = row[0]
            var names: [String] = []
            var written: [String] = []
            var speakerKind: String?
            while let s = speaker, s.quote <= id {
                if s.quote == id {
                    names.append(s.name)
                    written.append(s.written)
                    speakerKind = speakerKind ?? s.kind
                }
                speaker = try speakers.next().map { ($0[0], $0[1], $0[2], $0[3]) }
            }
            var about: [String] = []
            while let t = target, t.quote <= id {
                if t.quote == id { about.append(t.name) }
                target = try targets.next().map { ($0[0], $0[1]) }
            }
            cells.removeAll(keepingCapacity: true)
            for index in 0..<8 { cells.append(cell(row[index] as DatabaseValue, isList: false)) }
            cells.append(names.first.map(Cell.text) ?? .null)
            cells.append(.list(names))
            cells.append(speakerKind.map(Cell.text) ?? .null)
            cells.append(.list(about.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }))  // SQLite's BINARY order
            for index in 8..<13 { cells.append(cell(row[index] as DatabaseValue, isList: false)) }
            cells.append(.list(written))
            cells.append(cell(row[13] as DatabaseValue, isList: false))
            writer.write(cells)
            count += 1
            try output.check()
        }
        return count
    }

    static func cell(_ value: DatabaseValue, isList: Bool) -> Cell {
        switch value.storage {
        case .null: return isList ? .list([]) : .null
        case .int64(let v): return .integer(v)
        case .double(let v): return .real(v)
        case .string(let v): return isList ? .list(QuoteRow.list(v)) : .text(v)
        case .blob(let v): return .text(v.base64EncodedString())
        }
    }
}
