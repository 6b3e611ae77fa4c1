import ArgumentParser
import QuotebaseCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty knowledge base, or upgrade an older one to this version's schema.",
        discussion: Help.flow("""
            An older database is upgraded and its entities relinked (`quotebase relink`).

            Example:
              quotebase init --db news.sqlite
            """))

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let db = try database.open()
        // An upgraded database gets its entities rebuilt at once, so that lookups use the new identities.
        if try Terminal.reporting({ try db.read(EntityLinker.isPending) }) {
            let summary = try Terminal.reporting { try EntityLinker.relink(db) }
            Terminal.err("quotebase: relinked \(summary.articleEntities) article entities into \(summary.entities) entities")
        }
        let version = try Terminal.reporting { try db.schemaVersion() } ?? "none"
        Terminal.err("quotebase: \(database.path) ready (schema \(version))")
    }
}
