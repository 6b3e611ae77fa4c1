import ArgumentParser
import QuotebaseCore

struct RelinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relink",
        abstract: "Rebuild who is who across articles from the stored mentions, without extracting again.",
        discussion: Help.flow("""
            Resolves every article's entities into one entity per person, organization and place by the
            rules of docs/ENTITIES.md, then applies the curations of `quotebase entities merge|split|rename|
            alias|forget`. Ingest, load and merge do this when they finish; run it after upgrading a database
            from an older Quotebase (or `quotebase init` does), or to see what it changes.

            Example:
              quotebase relink --db news.sqlite
            """))

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        let db = try database.open()
        let summary = try Terminal.reporting { try EntityLinker.relink(db) }
        try Terminal.reporting { try db.checkpoint() }
        if !quiet {
            Terminal.err(String(format: "quotebase: relinked %d article entities into %d entities (%d moved, %d forgotten, %d new, %d removed) in %.1fs",
                                summary.articleEntities, summary.entities, summary.relinked, summary.forgotten,
                                summary.created, summary.removed, summary.seconds))
        }
    }
}
