import ArgumentParser
import QuotebaseCore

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List stored articles with their quote and mention counts.",
        discussion: """
            Examples:
              quotebase articles --limit 10
              quotebase articles --format csv > articles.csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "At most this many articles.")
    var limit = 50

    @Option(help: "Skip this many articles first.")
    var offset = 0

    func validate() throws {
        if limit < 0 || offset < 0 { throw ValidationError("--limit and --offset must not be negative") }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let rows = try Terminal.reporting { try db.articles(limit: limit, offset: offset) }
        var writer = output.writer(columns: ["id", "published", "lang", "title", "author", "quotes", "mentions", "source"])
        for row in rows {
            writer.write([.integer(row.id), row.published.map(Cell.text) ?? .null, .text(row.lang),
                          row.title.map(Cell.text) ?? .null, row.author.map(Cell.text) ?? .null,
                          .integer(Int64(row.quotes)), .integer(Int64(row.mentions)), .text(row.source)])
        }
        writer.finish()
    }
}
