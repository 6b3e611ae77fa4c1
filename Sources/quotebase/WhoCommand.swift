import ArgumentParser
import QuotebaseCore

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Rank the speakers who talk about NAME, with a sample quote each.",
        discussion: """
            Examples:
              quotebase who --about Russia
              quotebase who --about bielorussia --format csv > speakers.csv

            NAME matches a canonical name, an alias or a surname, ignoring case and
            accents (see `quotebase quotes --help`). Columns: speaker_id (empty for a
            speaker the article names but extraction did not resolve), speaker, kind,
            quotes (how many quotes about NAME), sample_id, sample (the first such quote).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("The entity the quotes are about.", valueName: "name"))
    var about: String

    @Option(help: "At most this many speakers (0: no limit).")
    var limit = 50

    @Flag(help: "When NAME matches several entities, use them all instead of exiting with status 2.")
    var allMatches = false

    func validate() throws {
        try QueryValidation.names([("--about", about)])
        try QueryValidation.paging(limit: limit, offset: 0)
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let rows = try Terminal.reporting {
            let ids = try db.read { try EntityResolver.resolve(about, option: "--about", allMatches: allMatches, in: $0) }
            return try db.speakers(about: ids, limit: limit == 0 ? nil : limit)
        }
        var writer = output.writer(columns: ["speaker_id", "speaker", "kind", "quotes", "sample_id", "sample"])
        for row in rows {
            writer.write([row.entity_id.map(Cell.integer) ?? .null, .text(row.speaker), row.kind.map(Cell.text) ?? .null,
                          .integer(Int64(row.quotes)), .integer(row.sample_id), .text(row.sample)])
        }
        writer.finish()
    }
}
