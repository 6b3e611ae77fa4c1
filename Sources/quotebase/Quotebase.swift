import ArgumentParser
import Foundation
import QuotebaseCore

@main
struct Quotebase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotebase",
        abstract: "Turn news articles into a SQLite knowledge base of who said what about whom.",
        discussion: Help.flow("""
            Quick start:
              quotebase demo
              quotebase ingest articles/ news.jsonl.gz
              quotebase quotes --speaker putin
              quotebase mentions Cremlino --format csv

            Every command takes --db PATH (default: $QUOTEBASE_DB, else
            ./quotebase.sqlite). Listings take --format table|csv|json|jsonl:
            table on a terminal, jsonl when piped.

            Exit codes: 0 success; 1 some input could not be read (the rest
            was stored) or a name matched nothing; 2 a name matched several
            entities; 3 database problem (not a database, locked, read-only,
            newer schema, disk full); 64 bad flag or value; 130 an ingest
            stopped by Ctrl-C or SIGTERM (run it again to finish).
            """),
        version: QuotebaseVersion.current,
        subcommands: [
            DemoCommand.self, InitCommand.self, IngestCommand.self, ExtractCommand.self, ArticlesCommand.self,
            StatsCommand.self, QuotesCommand.self, ReportCommand.self, WhoCommand.self, NetworkCommand.self, MentionsCommand.self,
            EntitiesCommand.self, SearchCommand.self, ShowCommand.self, ExportCommand.self, LoadCommand.self,
            MergeCommand.self, RelinkCommand.self,
        ]
    )

    /// Refuses to start, in one line and with status 1, when the resource bundle is missing, rather than let the
    /// first resource lookup stop the process with a backtrace. --help and --version need no resources.
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let informational = arguments.isEmpty || arguments.contains { ["--help", "-h", "--version", "help"].contains($0) }
        if !informational, let problem = ResourceCheck.problem() {
            Terminal.err("quotebase: \(problem)")
            Foundation.exit(1)
        }
        main(nil)
    }
}

enum QuotebaseVersion {
    static let current = "0.1.0"
}
