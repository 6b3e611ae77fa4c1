import ArgumentParser
import Foundation
import QuotebaseCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the knowledge base holds: rows per table, languages, entity kinds, size.",
        discussion: """
            Examples:
              quotebase stats
              quotebase stats --db news.sqlite --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let db = try database.open(readOnly: true)
        let stats = try Terminal.reporting { try db.statistics() }
        StatsReport(stats: stats, path: db.path).write(output.writer(columns: ["group", "name", "value"]))
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
}
