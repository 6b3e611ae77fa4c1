import ArgumentParser
import QuotebaseCore

struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Who talks about whom: speaker → target edges with quote counts.",
        discussion: Help.flow("""
            Examples:
              quotebase network
              quotebase network --min-quotes 3 --limit 0 --format csv > edges.csv  (for Gephi…)

            One row per (speaker, target) pair of resolved entities, most quotes first.
            Columns:
              speaker_id, speaker, speaker_kind, target_id, target, target_kind, quotes
            Speakers extraction could not resolve to an entity are left out.
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Only edges with at least this many quotes.")
    var minQuotes = 1

    @Option(name: .customLong("about-confidence"),
            help: ArgumentHelp("Only targets found at least this surely (0-1; see `quotes --help`).", valueName: "p"))
    var aboutConfidence: Double?

    @OptionGroup var page: PageOptions

    func validate() throws {
        try page.validateSort(among: NetworkEdge.columns)
        if minQuotes < 1 { throw ValidationError("--min-quotes must be at least 1") }
        if let aboutConfidence, !(0...1).contains(aboutConfidence) {
            throw ValidationError("--about-confidence must be between 0 and 1 (got \(aboutConfidence))")
        }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let edges = try Terminal.reporting { try db.network(minQuotes: minQuotes, minimumTargetConfidence: aboutConfidence) }
        var writer = output.writer(columns: NetworkEdge.columns)
        for row in page.apply(edges.map(\.cells), columns: NetworkEdge.columns) { writer.write(row) }
        writer.finish()
    }
}
