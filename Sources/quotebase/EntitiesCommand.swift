import ArgumentParser
import QuotebaseCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities with how often they are mentioned, quoted, and quoted about.",
        discussion: """
            Examples:
              quotebase entities --top 20
              quotebase entities --kind person --format csv > people.csv

            Most active first (mentions + quotes said + quotes about). Columns:
              id, kind, name, aliases, mentions, quotes_said, quotes_about
            aliases are the other names stored for the entity (any of them works as NAME
            in quotes, who and mentions).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only this kind: person, country, organization or location.", valueName: "kind"))
    var kind: EntityKind?

    @Option(help: ArgumentHelp("Only the N most active entities.", valueName: "n"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let rows = try Terminal.reporting { try db.entitySummaries(kind: kind, limit: top) }
        var writer = output.writer(columns: EntitySummary.columns)
        for row in rows { writer.write(row.cells) }
        writer.finish()
    }
}
