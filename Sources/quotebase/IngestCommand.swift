import ArgumentParser
import Foundation
import QuotebaseCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the knowledge base, extracting entities and quotes.",
        discussion: """
            Reads .txt and .md files (one article each: title, byline, date, body), .json (one object),
            .jsonl / .ndjson / .jsonl.gz (one object per line, fields as news-please, trafilatura or newspaper
            write them), .html pages, whole folders (recursively), and - for standard input.

            An article already stored (same normalized body) is skipped; --force extracts it again.
            Unreadable files and broken JSONL lines are reported on stderr (file:line: reason) and the rest
            is stored; the exit code is then 1. Each batch is one transaction: an interrupted ingest loses
            nothing that was committed, and re-running it completes the work.

            Examples:
              quotebase ingest Fixtures/articles
              quotebase ingest --db news.sqlite corpus.jsonl.gz --progress
              cat article.txt | quotebase ingest -
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Extract and store again articles that are already stored.")
    var force = false

    @Flag(help: "Report progress on stderr even when it is not a terminal.")
    var progress = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Option(help: "Articles per transaction.")
    var batchSize = IngestOptions.defaultBatchSize

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder, or - for standard input") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        NewsAnalyzer.startLoading()
        let db = try database.open()
        let summary = try IngestRun(database: db, quiet: quiet, progress: progress)
            .run(paths, options: IngestOptions(force: force, batchSize: batchSize))
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

/// Ingest with progress and a summary on stderr; shared by `ingest` and `demo`.
struct IngestRun {
    let database: QuotebaseDatabase
    let quiet: Bool
    let progress: Bool

    func run(_ paths: [String], options: IngestOptions) throws -> IngestSummary {
        let ingestor = Ingestor(database: database, analyzer: NewsAnalyzer(), options: options)
        let live = !quiet && (progress || Terminal.stderrIsTerminal)
        let summary = try Terminal.reporting {
            try ingestor.ingest(paths, progress: { summary in
                guard live else { return }
                let line = String(format: "%d articles (%d new), %.0f articles/s", summary.articles, summary.new,
                                  summary.articlesPerSecond)
                if Terminal.stderrIsTerminal { Terminal.errRaw("\r\u{1B}[K" + line + "\r") } else { Terminal.err(line) }
            }, failure: { error in
                if live && Terminal.stderrIsTerminal { Terminal.errRaw("\r\u{1B}[K") }
                Terminal.err("quotebase: \(error)")
            })
        }
        if live && Terminal.stderrIsTerminal { Terminal.errRaw("\r\u{1B}[K") }
        try Terminal.reporting { try database.checkpoint() }
        if !quiet {
            Terminal.err(String(format: "quotebase: %d new, %d duplicates, %d replaced, %d failed in %.1fs (%.0f articles/s, %.1f MB/s) into %@",
                                summary.new, summary.duplicates, summary.replaced, summary.failed, summary.seconds,
                                summary.articlesPerSecond,
                                summary.seconds > 0 ? Double(summary.bytes) / 1e6 / summary.seconds : 0, database.path))
        }
        return summary
    }
}
