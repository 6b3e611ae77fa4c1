import ArgumentParser
import QuotebaseCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty knowledge base, or upgrade an older one to this version's schema.",
        discussion: """
            Example:
              quotebase init --db news.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let db = try database.open()
        let version = try Terminal.reporting { try db.schemaVersion() } ?? "none"
        Terminal.err("quotebase: \(database.path) ready (schema \(version))")
    }
}
