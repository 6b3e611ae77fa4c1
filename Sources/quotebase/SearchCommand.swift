import ArgumentParser
import QuotebaseCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over articles and quotes, best matches first.",
        discussion: Help.flow("""
            Examples:
              quotebase search difesa comune  (both words; the exact phrase ranks first)
              quotebase search '"difesa comune"'  (the exact phrase only)
              quotebase search 'putin OR lukashenko' --only quotes
              quotebase search 'nato -ucraina'  (nato, leaving out what mentions ucraina)
              quotebase search "bielorus*"  (a prefix: bielorussia, bielorusso, …)
              quotebase search 'centrale nucleare' --sort published:desc --format json

            Syntax: words must all occur; "exact phrase" in double quotes; OR (upper
            case) between words or phrases for either; -word, -"a phrase" or NOT word
            to leave out; word* for a prefix. Case and accents are ignored. Anything
            else is taken literally: parentheses, :, ^, NEAR, lower-case or/not and an
            unpaired " are words or punctuation, never an error, so any text is safe
            to paste. Quote a query that starts with -, or put -- before it.

            Plain words rank the hits that hold them as the exact phrase first; then
            SQLite FTS5's bm25 (lower score = better; a title match counts ten times a
            body match). Columns: type (article or quote), id, article_id, published,
            title, speaker, snippet (matching words marked: bold on a terminal, **…**
            otherwise), score.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The words to find (put -- before words that start with -).", valueName: "text"))
    var text: [String]

    @Option(help: ArgumentHelp("Search only articles or only quotes.", valueName: "articles|quotes"))
    var only: String?

    @OptionGroup var page: PageOptions

    func validate() throws {
        try page.validateSort(among: SearchHit.columns)
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
            try db.search(text.joined(separator: " "), scope: only, limit: page.rowLimit, offset: page.offset,
                          open: marks.open, close: marks.close, sort: page.sortKey)
        }
        var writer = output.writer(columns: SearchHit.columns)
        for hit in hits { writer.write(hit.cells) }
        writer.finish()
    }
}
