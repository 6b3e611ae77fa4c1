import ArgumentParser
import Foundation
import QuotebaseCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article with its entities, quotes, speakers and targets.",
        discussion: Help.flow("""
            Examples:
              quotebase show 1
              quotebase show 000_bbbdcd5d19d9f9a8.txt  (a source, or its file name)
              quotebase show 1 --format json | jq '.quotes[] | {speaker, text}'

            ARTICLE is an id, a source (or its file name), the record's own id
            (external_id, e.g. dice-8996) or its URL. In a table: the article's metadata,
            its entities with their mention counts, then its quotes in reading order.
            --body prints the text too. json and jsonl print one object: id, source,
            title, author, published, lang, ingested_at, external_id, url, site, section,
            extra (the record's other fields, as JSON text), body, entities [{id, kind,
            name, mentions}], quotes [the fields of `quotebase quotes`]; a missing value
            is null. csv prints the quotes only.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The article's id, source, external id or URL.", valueName: "article"))
    var article: String

    @Flag(help: "In a table, print the article's text as well.")
    var body = false

    func run() throws {
        let db = try database.open(readOnly: true)
        let detail = try Terminal.reporting { try db.article(article) }
        switch output.resolved {
        case .json, .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = output.resolved == .json
                ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            Terminal.out(String(decoding: try encoder.encode(detail), as: UTF8.self) + "\n")
        case .csv:
            QuoteListing.write(detail.quotes, output: output)
        case .table:
            var header = output.writer(columns: ["field", "value"])
            let fields: [(String, String?)] = [
                ("id", String(detail.id)), ("title", detail.title), ("source", detail.source),
                ("published", detail.published), ("author", detail.author), ("lang", detail.lang),
                ("ingested", detail.ingested_at), ("external id", detail.external_id), ("url", detail.url),
                ("site", detail.site), ("section", detail.section), ("extra", detail.extra),
            ]
            for (field, value) in fields { header.write([.text(field), value.map(Cell.text) ?? .null]) }
            header.finish()
            if body { Terminal.out("\n" + detail.body + "\n") }
            Terminal.out("\n\(detail.entities.count) entities\n")
            var entities = output.writer(columns: ["id", "kind", "name", "mentions"])
            for e in detail.entities { entities.write([.integer(e.id), .text(e.kind), .text(e.name), .integer(Int64(e.mentions))]) }
            entities.finish()
            Terminal.out("\n\(detail.quotes.count) quotes\n")
            var quotes = output.writer(columns: ["id", "speaker", "text", "about", "kind", "cue"])
            for q in detail.quotes {
                quotes.write([.integer(q.id), .text(q.speakers.joined(separator: ", ")), .text(q.text), .list(q.about),
                              .text(q.kind), q.cue.map(Cell.text) ?? .null])
            }
            quotes.finish()
        }
    }
}
