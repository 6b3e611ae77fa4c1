import ArgumentParser
import QuotebaseCore

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every place an entity is named, with the article, its date and the words around it.",
        discussion: Help.flow("""
            Examples:
              quotebase mentions Cremlino  (the Kremlin, through its Italian alias)
              quotebase mentions putin --since 2022 --limit 0 --format csv > putin.csv
              quotebase mentions Belarus --article 3

            NAME matches a canonical name, an alias or a surname, ignoring case and
            accents (see `quotebase quotes --help`); several matching entities exit with
            status 2 unless --all-matches. Mentions come in article order.

            In a table the mention is highlighted inside its context (bold on a terminal,
            **…** otherwise). csv, json and jsonl have the fields
              id, article_id, published, source, entity, entity_kind, part, start,
              end, surface, before, after, context
            where start/end count Unicode characters in the article's title or body.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The entity: a name, an alias, a surname or #ID.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("Mentions in one article: its id or its source.", valueName: "id|source"))
    var article: String?

    @Option(help: ArgumentHelp("Articles published on or after DATE.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Articles published on or before DATE.", valueName: "date"))
    var until: String?

    @OptionGroup var listing: ListingOptions

    func validate() throws {
        try listing.validateSort(among: MentionQuery.sortColumns.keys.sorted())
        try QueryValidation.names([("NAME", name), ("--article", article)])
        try QueryValidation.dates(since: since, until: until)
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let filter = try Terminal.reporting {
            try db.read { db in
                MentionFilter(entities: try EntityResolver.resolve(name, option: "", allMatches: listing.allMatches, in: db),
                              articles: try article.map { try ArticleResolver.resolve($0, option: "--article", in: db) },
                              since: since, until: until, limit: listing.rowLimit, offset: listing.offset,
                              sort: listing.sortKey)
            }
        }
        if listing.sql {
            Terminal.out(MentionQuery.sql(filter).inlined + ";\n")
            return
        }
        let rows = try Terminal.reporting { try db.mentions(filter) }
        if rows.isEmpty { QueryValidation.noteImpossible(lang: nil, since: since, until: until, in: db) }
        let format = output.resolved
        if format == .table {
            let marks = Highlight.marks(for: format)
            var writer = output.writer(columns: ["article_id", "published", "entity", "context"])
            for row in rows {
                writer.write([.integer(row.article_id), row.published.map(Cell.text) ?? .null, .text(row.entity),
                              .text(row.context(open: marks.open, close: marks.close))])
            }
            writer.finish()
            return
        }
        var writer = output.writer(columns: ["id", "article_id", "published", "source", "entity", "entity_kind", "part",
                                             "start", "end", "surface", "before", "after", "context"])
        for row in rows {
            writer.write([.integer(row.id), .integer(row.article_id), row.published.map(Cell.text) ?? .null,
                          .text(row.source), .text(row.entity), .text(row.entity_kind), .text(row.part),
                          .integer(Int64(row.start)), .integer(Int64(row.end)), .text(row.surface), .text(row.before),
                          .text(row.after), .text(row.context())])
        }
        writer.finish()
    }
}
