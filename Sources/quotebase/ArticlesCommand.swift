import ArgumentParser
import QuotebaseCore

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List stored articles with their quote and mention counts.",
        discussion: Help.flow("""
            Examples:
              quotebase articles --limit 10
              quotebase articles --lang it --since 2022-03 --sort published:desc
              quotebase articles --mentions Putin --mentions Lukashenko  (articles that mention both)
              quotebase articles --limit 0 --format csv > articles.csv

            --mentions NAME (repeatable) keeps the articles that mention every NAME given;
            NAME matches as in `quotebase quotes --help`. Columns (a table shows the
            first eight):
              id, published, lang, title, author, quotes, mentions, source, external_id,
              url, site, section
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Articles in this language (ISO 639-1: it, en, …).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("Articles published on or after DATE.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Articles published on or before DATE.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Articles that mention NAME (repeat: all of them).", valueName: "name"))
    var mentions: [String] = []

    @OptionGroup var page: PageOptions

    @Flag(help: "When a NAME matches several entities, use them all instead of exiting with status 2.")
    var allMatches = false

    func validate() throws {
        try page.validateSort(among: ArticleSummary.columns)
        try QueryValidation.dates(since: since, until: until)
        try QueryValidation.names(mentions.map { ("--mentions", $0) })
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let rows = try Terminal.reporting {
            let groups = try db.read { db in
                try mentions.map { try EntityResolver.resolve($0, option: "--mentions", allMatches: allMatches, in: db) }
            }
            return try db.articles(ArticleFilter(lang: lang, since: since, until: until, mentions: groups,
                                                 limit: page.rowLimit, offset: page.offset, sort: page.sortKey))
        }
        if rows.isEmpty { QueryValidation.noteImpossible(lang: lang, since: since, until: until, in: db) }
        // A table keeps to the first eight columns, so titles stay readable; other formats have them all.
        let columns = output.resolved == .table ? Array(ArticleSummary.columns.prefix(8)) : ArticleSummary.columns
        var writer = output.writer(columns: columns)
        for row in rows { writer.write(Array(row.cells.prefix(columns.count))) }
        writer.finish()
    }
}
