import ArgumentParser
import Foundation
import QuotebaseCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled Fixtures/ articles into a fresh database and show what Quotebase finds.",
        discussion: Help.flow("""
            The database goes to a new file in the temporary folder (or --db), and its path is printed so
            you can go on querying it:
              quotebase demo
              quotebase stats --db /tmp/quotebase-demo-1234.sqlite
            """))

    @Option(help: ArgumentHelp("The new database to create (must not exist).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("The articles to ingest.", valueName: "path"))
    var fixtures: String?

    func run() throws {
        guard let articles = fixtures ?? Self.bundledFixtures() else {
            Terminal.err("quotebase: cannot find Fixtures/articles; run from the repository root or pass --fixtures PATH")
            throw ExitCode(1)
        }
        let path = db ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("quotebase-demo-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        if FileManager.default.fileExists(atPath: path) {
            Terminal.err("quotebase: \(path): already exists; the demo builds a fresh database, name a new file")
            throw ExitCode(64)
        }
        NewsAnalyzer.startLoading()
        let database = try DatabaseOptions.open(path: path)
        Terminal.out("Ingesting \(articles) into \(path)\n\n")
        _ = try IngestRun(database: database, quiet: false, progress: false)
            .run([articles], options: IngestOptions())

        let width = Terminal.width
        func writer(_ columns: [String]) -> RecordWriter {
            RecordWriter(format: .table, columns: columns, terminalWidth: width) { Terminal.out($0) }
        }
        Terminal.out("\n== What the database holds\n")
        StatsReport(stats: try Terminal.reporting { try database.statistics() }, path: path)
            .write(writer(["group", "name", "value"]))

        Terminal.out("\n== Most mentioned entities\n")
        var entities = writer(["kind", "name", "mentions"])
        for row in try Terminal.reporting({ try database.mostMentioned(limit: 10) }) {
            entities.write([.text(row.kind), .text(row.name), .integer(Int64(row.mentions))])
        }
        entities.finish()

        Terminal.out("\n== Who said what (the quote_report view)\n")
        var quotes = writer(["speaker", "quote", "about", "kind"])
        for row in try Terminal.reporting({ try database.quoteReport(limit: 12) }) {
            quotes.write([.text(row.speaker ?? ""), .text(row.quote), .text(row.about ?? ""), .text(row.kind)])
        }
        quotes.finish()

        Terminal.out("""

            Try next:
              quotebase quotes --db \(path) --speaker putin
              quotebase quotes --db \(path) --speaker Lukashenko --about Russia --format json
              quotebase mentions --db \(path) Cremlino
              quotebase who --db \(path) --about Bielorussia
              quotebase search --db \(path) "difesa comune"
              quotebase report --db \(path) --by month --by lang
              quotebase export --db \(path) quotes --format csv --out quotes.csv
              sqlite3 \(path) 'SELECT speaker, quote FROM quote_report LIMIT 5'

            """)
        if !Self.onPath() {
            Terminal.out("""
                (quotebase is not on your PATH yet: scripts/install.sh installs it, or type `swift run quotebase`
                for `quotebase` in the commands above.)

                """)
        }
    }

    /// Whether a shell would find `quotebase` on PATH.
    static func onPath() -> Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/quotebase") }
    }

    /// Fixtures/articles in the current folder, else beside this source file's repository.
    static func bundledFixtures() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Fixtures/articles",
            // Installed by scripts/install.sh beside the binary.
            Bundle.main.bundleURL.appendingPathComponent("Fixtures/articles").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/articles").path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}

extension DatabaseOptions {
    static func open(path: String) throws -> QuotebaseDatabase {
        try Terminal.reporting { try QuotebaseDatabase(path: path) }
    }
}
