import ArgumentParser
import QuotebaseCore

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Rank the speakers who talk about NAME, with a sample quote each.",
        discussion: Help.flow("""
            Examples:
              quotebase who --about Russia
              quotebase who --about bielorussia --format csv > speakers.csv
              quotebase who --about Russia --kind person --sort speaker

            NAME matches a canonical name, an alias or a surname, ignoring case and
            accents (see `quotebase quotes --help`). Columns: speaker_id (empty for a
            speaker the article names but extraction did not resolve), speaker, kind,
            quotes (how many quotes about NAME), sample_id, sample (the first such quote).
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("The entity the quotes are about.", valueName: "name"))
    var about: String

    @Option(help: ArgumentHelp("Only speakers of this kind: person, country, organization or location.",
                               valueName: "kind"))
    var kind: EntityKind?

    @Option(name: .customLong("about-confidence"),
            help: ArgumentHelp("Only targets found at least this surely (0-1; see `quotes --help`).", valueName: "p"))
    var aboutConfidence: Double?

    @OptionGroup var page: PageOptions

    @Flag(help: "When NAME matches several entities, use them all instead of exiting with status 2.")
    var allMatches = false

    static let columns = ["speaker_id", "speaker", "kind", "quotes", "sample_id", "sample"]

    func validate() throws {
        try QueryValidation.names([("--about", about)])
        if let aboutConfidence, !(0...1).contains(aboutConfidence) {
            throw ValidationError("--about-confidence must be between 0 and 1 (got \(aboutConfidence))")
        }
        try page.validateSort(among: Self.columns)
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let rows = try Terminal.reporting {
            let ids = try db.read { try EntityResolver.resolve(about, option: "--about", allMatches: allMatches, in: $0) }
            return try db.speakers(about: ids, minimumTargetConfidence: aboutConfidence)
        }
        let cells = rows.filter { kind == nil || $0.kind == kind?.rawValue }.map { row -> [Cell] in
            [row.entity_id.map(Cell.integer) ?? .null, .text(row.speaker), row.kind.map(Cell.text) ?? .null,
             .integer(Int64(row.quotes)), .integer(row.sample_id), .text(row.sample)]
        }
        var writer = output.writer(columns: Self.columns)
        for row in page.apply(cells, columns: Self.columns) { writer.write(row) }
        writer.finish()
    }
}
