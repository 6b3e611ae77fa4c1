import ArgumentParser
import Foundation
import QuotebaseCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the knowledge base holds: rows per table, languages, entity kinds, size.",
        discussion: Help.flow("""
            Examples:
              quotebase stats
              quotebase stats --db news.sqlite --format json

            json and jsonl print one object: {"database": {"path", "schema", "bytes"},
            "rows": {TABLE: N}, "articles_by_language": {LANG: N}, "entities_by_kind":
            {KIND: N}}; table and csv print group, name, value rows.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open(readOnly: true)
        let stats = try Terminal.reporting { try db.statistics() }
        let report = StatsReport(stats: stats, path: db.path)
        switch output.resolved {
        case .json, .jsonl: Terminal.out(report.json(pretty: output.resolved == .json) + "\n")
        case .table, .csv: report.write(output.writer(columns: ["group", "name", "value"]))
        }
    }
}

/// The rows of `stats`, shared with `demo`.
struct StatsReport {
    let stats: Statistics
    let path: String

    func write(_ writer: RecordWriter) {
        var writer = writer
        writer.write([.text("database"), .text("path"), .text(path)])
        writer.write([.text("database"), .text("schema"), .text(stats.schemaVersion ?? "none")])
        writer.write([.text("database"), .text("bytes"), .integer(stats.bytes)])
        for (table, rows) in stats.tableRows { writer.write([.text("rows"), .text(table), .integer(Int64(rows))]) }
        for (lang, count) in stats.articlesPerLanguage {
            writer.write([.text("articles by language"), .text(lang), .integer(Int64(count))])
        }
        for (kind, count) in stats.entitiesPerKind {
            writer.write([.text("entities by kind"), .text(kind), .integer(Int64(count))])
        }
        writer.finish()
    }

    /// One object: {"database": {path, schema, bytes}, "rows": {table: n}, "articles_by_language": {lang: n},
    /// "entities_by_kind": {kind: n}}.
    func json(pretty: Bool) -> String {
        let object: [String: Any] = [
            "database": ["path": path, "schema": stats.schemaVersion ?? NSNull(), "bytes": stats.bytes] as [String: Any],
            "rows": Dictionary(stats.tableRows.map { ($0.table, $0.rows) }, uniquingKeysWith: { a, _ in a }),
            "articles_by_language": Dictionary(stats.articlesPerLanguage.map { ($0.lang, $0.articles) }, uniquingKeysWith: { a, _ in a }),
            "entities_by_kind": Dictionary(stats.entitiesPerKind.map { ($0.kind, $0.entities) }, uniquingKeysWith: { a, _ in a }),
        ]
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
