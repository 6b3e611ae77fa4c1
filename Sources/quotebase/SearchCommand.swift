import ArgumentParser
import QuotebaseCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over articles and quotes, best matches first.",
        discussion: """
            Examples:
              quotebase search difesa comune  (articles and quotes with both words)
              quotebase search "bielorus*" --only quotes  (a trailing * searches a prefix)
              quotebase search 'centrale nucleare' --format json

            Every word must occur; case and accents are ignored. Anything else you type is
            taken literally: quotes, parentheses, AND/OR/NOT/NEAR, -, ' and : are words or
            punctuation, never search syntax, so any text is safe to paste.

            Ranked by SQLite FTS5's bm25 (lower score = better; a title match counts ten
            times a body match). Columns: type (article or quote), id, article_id,
            published, title, speaker, snippet (matching words marked: bold on a terminal,
            **…** otherwise), score.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The words to find (put -- before words that start with -).", valueName: "text"))
    var text: [String]

    @Option(help: ArgumentHelp("Search only articles or only quotes.", valueName: "articles|quotes"))
    var only: String?

    @Option(help: "At most this many hits.")
    var limit = 20

    @Option(help: "Skip this many hits first.")
    var offset = 0

    func validate() throws {
        try QueryValidation.paging(limit: limit, offset: offset)
        if let only, only != "articles", only != "quotes" {
            throw ValidationError("--only must be articles or quotes")
        }
        if text.isEmpty { throw ValidationError("name the words to search for") }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let marks = Highlight.marks(for: output.resolved)
        let words = FullTextQuery.wordCount(text.joined(separator: " "))
        if words > FullTextQuery.maxWords {
            Terminal.err("quotebase: note: searching for the first \(FullTextQuery.maxWords) of \(words) different words")
        }
        let hits = try Terminal.reporting {
            try db.search(text.joined(separator: " "), scope: only, limit: limit, offset: offset,
                          open: marks.open, close: marks.close)
        }
        var writer = output.writer(columns: SearchHit.columns)
        for hit in hits { writer.write(hit.cells) }
        writer.finish()
    }
}
