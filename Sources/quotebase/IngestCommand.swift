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
            nothing that was committed, and re-running it completes the work. Ctrl-C (SIGINT) or SIGTERM
            stops it cleanly: the articles already analyzed are committed, a line says how many were kept
            and how many not, and the exit code is 130 (a second Ctrl-C stops at once, losing the open batch).

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
        var options = IngestOptions(force: force, batchSize: batchSize)
        let stop = IngestStop()
        options.stop = stop
        let signals = StopSignals(stop)
        let summary = try IngestRun(database: db, quiet: quiet, progress: progress).run(paths, options: options)
        signals.keepAlive()
        if stop.isRequested { throw ExitCode(StopSignals.exitCode) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

/// Turns the first SIGINT or SIGTERM into a request to stop the ingest cleanly; a second one ends the process at
/// once (what was committed stays: each batch is one transaction). A signal the parent ignores (nohup, a
/// background job) stays ignored.
final class StopSignals {
    /// 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C; also after SIGTERM.
    static let exitCode: Int32 = 130
    private var sources: [DispatchSourceSignal] = []

    init(_ stop: IngestStop) {
        for number in [SIGINT, SIGTERM] {
            let previous = signal(number, SIG_IGN)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, SIG_IGN)
                continue
            }
            // Delivered to a queue, not to a signal handler: the handler may lock and print.
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested {
                    Terminal.err("quotebase: stopped at once; the batch being stored is lost, committed ones stay")
                    _exit(Self.exitCode)
                }
                stop.request()
                if Terminal.stderrIsTerminal { Terminal.errRaw("\r\u{1B}[K") }
                Terminal.err("quotebase: stopping: storing the articles already analyzed (again to stop at once)")
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Holds the signal sources until the ingest has ended.
    func keepAlive() { withExtendedLifetime(sources) {} }
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
        if options.stop?.isRequested == true {
            Terminal.err("quotebase: interrupted: \(summary.articles) articles kept (\(summary.new) new, "
                + "\(summary.duplicates) already stored, \(summary.replaced) replaced); \(summary.leftOut) read but not "
                + "yet analyzed were not kept, nor the input not yet read; run the same ingest again to finish")
        } else if !quiet {
            Terminal.err(String(format: "quotebase: %d new, %d duplicates, %d replaced, %d failed in %.1fs (%.0f articles/s, %.1f MB/s) into %@",
                                summary.new, summary.duplicates, summary.replaced, summary.failed, summary.seconds,
                                summary.articlesPerSecond,
                                summary.seconds > 0 ? Double(summary.bytes) / 1e6 / summary.seconds : 0, database.path))
        }
        return summary
    }
}
