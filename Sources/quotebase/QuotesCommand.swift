import ArgumentParser
import Foundation
import QuotebaseCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotes: who said what about whom, filtered by speaker, target, text, article and date.",
        discussion: Help.flow("""
            Examples:
              quotebase quotes --speaker putin
              quotebase quotes --speaker Lukashenko --about Russia --format json
              quotebase quotes --about bielorussia --since 2022-12 --until 2022
              quotebase quotes --search "difesa comune" --kind headline
              quotebase quotes --article 12  (an id, or a source as ingested)
              quotebase quotes --speaker putin --min-confidence 0.8
              quotebase quotes --speaker putin --sql  (print the SQL, run it with sqlite3)

            NAMES (--speaker, --about) match an entity's canonical name, any of its
            aliases, or a person's surname alone, ignoring case and accents: putin, Putin
            and "Vladimir Putin" are one person; bielorussia finds Belarus; cremlino finds
            the Kremlin. #ID names an entity by id. When a name matches several entities,
            the candidates are listed on stderr with their kinds and counts and the exit
            code is 2; --all-matches uses them all.

            Quotes come in ingest order (quote id); --limit (default 50, 0 for all) and
            --offset page through them. Dates are YYYY, YYYY-MM or YYYY-MM-DD and both
            bounds are inclusive.

            Output: --format table (default on a terminal: id, article, speaker, as
            written, text, about, title, long text cut with …), or csv, json, jsonl
            (default when piped) with the fields
              id, article_id, source, title, published, text, kind, speaker, speakers,
              speakers_as_written, speaker_kind, about, cue, rule, confidence
            speaker is the first of speakers (canonical names); speakers_as_written are
            the article's own words for them, so a wrong link shows. rule names the
            attribution rule that chose the speaker (verb-after: "Q," she said;
            previous-speaker: no cue, the latest speaker goes on; …) and confidence is
            that rule's measured precision on annotated news (0-1), which
            --min-confidence filters on. Lists are arrays in
            JSON and joined with "; " in CSV. A NAME that fits several entities lists
            them and exits with status 2; one that fits none suggests close names.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @OptionGroup var filters: QuoteFilterOptions

    @OptionGroup var listing: ListingOptions

    func validate() throws {
        try listing.validateSort(among: QuoteRow.listingColumns + ["lang", "part", "start", "end"])
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        var filter = try filters.filter(in: db, allMatches: listing.allMatches)
        filter.limit = listing.rowLimit
        filter.offset = listing.offset
        filter.sort = listing.sortKey
        if listing.sql {
            Terminal.out(QuoteQuery.sql(filter).inlined + ";\n")
            return
        }
        let rows = try Terminal.reporting { try db.quotes(filter) }
        if rows.isEmpty {
            filters.noteImpossible(in: db)
            for (flag, ids) in [("--speaker", filter.speakers), ("--about", filter.about)] {
                guard let ids, !ids.isEmpty else { continue }
                let names = try Terminal.reporting {
                    try db.read { db in try ids.map { id in
                        "#\(id) " + (try String.fetchOne(db, sql: "SELECT name FROM entities WHERE id = ?", arguments: [id]) ?? "")
                    } }
                }
                Terminal.err("quotebase: \(flag) resolved to \(names.joined(separator: ", ")), which has no quotes here"
                             + " that match; see `quotebase entities --search`")
            }
        }
        QuoteListing.write(rows, output: output)
    }
}

/// The quote filters `quotes` and `report` share.
struct QuoteFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Quotes said by NAME.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Quotes about NAME.", valueName: "name"))
    var about: String?

    @Option(help: ArgumentHelp("Quotes whose text matches (full-text: words, \"a phrase\", OR, -word, prefix*; see `search --help`).",
                               valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("Quotes of one article: its id or its source.", valueName: "id|source"))
    var article: String?

    @Option(help: ArgumentHelp("Articles in this language (ISO 639-1: it, en, …).", valueName: "lang"))
    var lang: String?

    @Option(help: ArgumentHelp("Articles published on or after DATE.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Articles published on or before DATE.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("direct, partial or headline (repeat for several).", valueName: "kind"))
    var kind: [QuoteKind] = []

    @Option(name: .customLong("min-confidence"),
            help: ArgumentHelp("Quotes whose attribution rule is right at least this often (0-1, e.g. 0.8).",
                               valueName: "p"))
    var minimumConfidence: Double?

    @Option(name: .customLong("about-confidence"),
            help: ArgumentHelp("With --about: only targets found at least this surely (0-1; targets inside the quote "
                               + "0.9, reporting-clause objects 0.7-0.8, partial-quote subjects and coreference 0.6-0.65).",
                               valueName: "p"))
    var aboutConfidence: Double?

    func validate() throws {
        if let minimumConfidence, !(0...1).contains(minimumConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1 (got \(minimumConfidence))")
        }
        if let aboutConfidence, !(0...1).contains(aboutConfidence) {
            throw ValidationError("--about-confidence must be between 0 and 1 (got \(aboutConfidence))")
        }
        try QueryValidation.names([("--speaker", speaker), ("--about", about), ("--search", search), ("--article", article)])
        try QueryValidation.dates(since: since, until: until)
        if let search, FullTextQuery.escape(search) == nil {
            throw ValidationError("--search needs at least one word with a letter or digit")
        }
    }

    /// The filter with names and articles resolved (an ambiguous or unknown name ends the command, exit 2 or 1).
    func filter(in db: QuotebaseDatabase, allMatches: Bool) throws -> QuoteFilter {
        try Terminal.reporting {
            try db.read { db in
                QuoteFilter(
                    speakers: try speaker.map {
                        try EntityResolver.resolve($0, option: "--speaker", allMatches: allMatches, in: db,
                                                   note: { Terminal.err($0) })
                    },
                    about: try about.map { try EntityResolver.resolve($0, option: "--about", allMatches: allMatches, in: db) },
                    search: search,
                    articles: try article.map { try ArticleResolver.resolve($0, option: "--article", in: db) },
                    lang: lang, since: since, until: until, kinds: kind,
                    minimumConfidence: minimumConfidence,
                    minimumTargetConfidence: aboutConfidence)
            }
        }
    }

    /// When nothing matched, a note on stderr about filters that can match nothing here.
    func noteImpossible(in db: QuotebaseDatabase) {
        QueryValidation.noteImpossible(lang: lang, since: since, until: until, in: db)
    }
}

extension QuoteKind: RawValueArgument {}
extension EntityKind: RawValueArgument {}

/// How quote rows print: a compact table on a terminal, every documented field otherwise. Shared by `show`.
enum QuoteListing {
    static func write(_ rows: [QuoteRow], output: FormatOptions) {
        let table = output.resolved == .table
        let columns = table ? ["id", "article", "speaker", "as written", "text", "about", "title"]
                            : QuoteRow.listingColumns
        var writer = output.writer(columns: columns)
        for row in rows {
            if table {
                writer.write([.integer(row.id), .integer(row.article_id),
                              .text(row.speakers.joined(separator: ", ")),
                              .text(row.speakers_as_written.joined(separator: ", ")), .text(row.text),
                              .list(row.about), row.title.map(Cell.text) ?? .null])
            } else {
                writer.write(columns.map(row.cell))
            }
        }
        writer.finish()
    }
}

/// Paging and SQL flags shared by `quotes` and `mentions`.
struct ListingOptions: ParsableArguments {
    @OptionGroup var page: PageOptions

    @Flag(help: "When a NAME matches several entities, use them all instead of exiting with status 2.")
    var allMatches = false

    @Flag(help: "Print the SQL this command runs (for the sqlite3 shell) instead of running it.")
    var sql = false

    var rowLimit: Int? { page.rowLimit }
    var offset: Int { page.offset }
    var sortKey: SortKey? { page.sortKey }
    func validateSort(among columns: [String]) throws { try page.validateSort(among: columns) }
}

/// The one paging rule of every listing: `--limit N` (0: every row), `--offset N`, `--sort COLUMN[:desc]`.
struct PageOptions: ParsableArguments {
    @Option(help: "At most this many rows (0: every row).")
    var limit = 50

    @Option(help: "Skip this many rows first.")
    var offset = 0

    @Option(help: ArgumentHelp("Order the rows by one output column, :desc for largest first (e.g. published:desc).",
                               valueName: "column[:desc]"))
    var sort: String?

    /// `--limit 0` means every row.
    var rowLimit: Int? { limit == 0 ? nil : limit }

    var sortKey: SortKey? { sort.flatMap(SortKey.init(parsing:)) }

    func validate() throws {
        try QueryValidation.paging(limit: limit, offset: offset)
        if let sort, SortKey(parsing: sort) == nil {
            throw ValidationError("--sort \(sort): expected COLUMN, COLUMN:asc or COLUMN:desc")
        }
    }

    /// Refuses a `--sort` column the listing does not print (exit 64), naming those it does.
    func validateSort(among columns: [String]) throws {
        if let key = sortKey, !columns.contains(key.column) {
            throw ValidationError("--sort \(key.column): not a column here; use one of \(columns.joined(separator: ", "))")
        }
    }

    /// `rows` (every row of the listing) sorted by `--sort` among `columns`, then paged.
    func apply(_ rows: [[Cell]], columns: [String]) -> [[Cell]] {
        var rows = rows
        if let key = sortKey, let index = columns.firstIndex(of: key.column) { rows = key.sort(rows, by: index) }
        return page(rows, limit: rowLimit, offset: offset)
    }
}

/// Flag checks shared by the query commands, run in `validate()` so bad flags fail before any work.
enum QueryValidation {
    /// Notes on stderr for filters that can match nothing: `--since` after `--until`, a language no article has.
    /// Said when a listing comes back empty, so that an empty answer is never a silent one.
    static func noteImpossible(lang: String?, since: String?, until: String?, in db: QuotebaseDatabase) {
        if let since, let until, since > DateBound.upperBound(until) {
            Terminal.err("quotebase: note: --since \(since) is after --until \(until), so no date fits both")
        }
        if let lang {
            let stored = (try? db.read { try String.fetchAll($0, sql: "SELECT DISTINCT lang FROM articles ORDER BY lang") }) ?? []
            if !stored.contains(lang) {
                let hint = stored.contains(lang.lowercased()) ? "; languages are lowercase ISO 639-1 codes: --lang \(lang.lowercased())" : ""
                Terminal.err("quotebase: note: --lang \(lang): no article here is in this language (here: "
                             + (stored.isEmpty ? "none" : stored.joined(separator: ", ")) + ")" + hint)
            }
        }
    }

    static func paging(limit: Int, offset: Int) throws {
        if limit < 0 { throw ValidationError("--limit must not be negative") }
        if offset < 0 { throw ValidationError("--offset must not be negative") }
    }

    /// The longest NAME or TEXT a query takes: SQLite refuses LIKE patterns over 50,000 bytes with an error that
    /// says nothing to a user, and no name is that long.
    static let maxNameLength = 1_000

    static func names(_ values: [(flag: String, value: String?)]) throws {
        for (flag, value) in values {
            if let value, value.utf8.count > maxNameLength {
                throw ValidationError("\(flag): \(value.utf8.count) bytes is longer than the \(maxNameLength) a name or text may have")
            }
        }
    }

    static func dates(since: String?, until: String?) throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, DateBound.validated(value) == nil {
                throw ValidationError("\(flag) \(value): expected a real date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
    }
}

/// Marks around matched words: bold on a terminal (unless NO_COLOR is set), `**` elsewhere.
enum Highlight {
    static func marks(for format: OutputFormat) -> (open: String, close: String) {
        if format == .table, Terminal.stdoutIsTerminal, ProcessInfo.processInfo.environment["NO_COLOR"] == nil {
            return ("\u{1B}[1;33m", "\u{1B}[0m")
        }
        return ("**", "**")
    }
}
