import ArgumentParser
import Foundation
import QuotebaseCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the knowledge base, extracting entities and quotes.",
        discussion: Help.flow("""
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
            """))

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
        let reporter = live ? ProgressLine(total: ReadProgress.totalBytes(of: paths)) : nil
        reporter?.start()
        let repeats = RepeatedErrors()
        let summary = try Terminal.reporting {
            try ingestor.ingest(paths, progress: { summary in
                reporter?.committed(summary)
            }, failure: { error in
                reporter?.clear()
                repeats.report(error)
            })
        }
        reporter?.stop()
        repeats.finish()
        // Folds the write-ahead log into the database and truncates it: no -wal file is left beside it.
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

/// The ingest's progress on stderr: articles stored, the share of the input's bytes read (compressed bytes for
/// gzip), speed and time left. On a terminal one line redrawn every half second; otherwise (`--progress` into a
/// file or pipe) one line every 5 seconds.
final class ProgressLine: @unchecked Sendable {
    private let total: Int64?
    private let started = Date()
    private let startBytes = ReadProgress.shared.bytesRead
    private let lock = NSLock()
    private var summary: IngestSummary?
    private var timer: DispatchSourceTimer?
    private let onTerminal = Terminal.stderrIsTerminal

    init(total: Int64?) { self.total = total }

    func start() {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let interval: DispatchTimeInterval = onTerminal ? .milliseconds(500) : .seconds(5)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    func committed(_ summary: IngestSummary) {
        lock.lock()
        self.summary = summary
        lock.unlock()
        draw()
    }

    func clear() {
        if onTerminal { Terminal.errRaw("\r\u{1B}[K") }
    }

    func stop() {
        timer?.cancel()
        timer = nil
        clear()
    }

    /// `12000 articles (11800 new), 45% of 6.9 MB, 1500 articles/s, about 0:42 left`.
    static func line(articles: Int, new: Int, read: Int64, total: Int64?, seconds: Double) -> String {
        var line = "\(articles) articles (\(new) new)"
        if let total, total > 0 {
            let fraction = min(1, Double(read) / Double(total))
            line += String(format: ", %.0f%% of %.1f MB", fraction * 100, Double(total) / 1e6)
            if fraction > 0.01, seconds > 1 {
                let left = Int((seconds * (1 - fraction) / fraction).rounded())
                line += String(format: ", about %d:%02d left", left / 60, left % 60)
            }
        } else {
            line += String(format: ", %.1f MB read", Double(read) / 1e6)
        }
        if seconds > 0 { line += String(format: ", %.0f articles/s", Double(articles) / seconds) }
        return line
    }

    private func draw() {
        lock.lock()
        let summary = self.summary
        lock.unlock()
        let text = Self.line(articles: summary?.articles ?? 0, new: summary?.new ?? 0,
                             read: ReadProgress.shared.bytesRead - startBytes, total: total,
                             seconds: Date().timeIntervalSince(started))
        if onTerminal { Terminal.errRaw("\r\u{1B}[K" + text + "\r") } else { Terminal.err(text) }
    }
}

/// Errors of an ingest or load on stderr, one line each, except that after 20 lines with the same problem (the
/// same message on another line of the input: a raw corpus that is not our JSON, say) the rest of them are
/// counted, not printed, and one line at the end says how many there were and what to run.
final class RepeatedErrors: @unchecked Sendable {
    static let shownPerProblem = 20
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var hidden: [String: Int] = [:]
    private var order: [String] = []
    /// What to run, said at the end when some problem was hidden.
    private let hint: String

    init(hint: String = "run `quotebase extract FILE | head` to see how the input is read (README: Input formats)") {
        self.hint = hint
    }

    func report(_ error: QuotebaseError) {
        let problem = "\(error.code.rawValue): \(error.message)"
        lock.lock()
        let count = (counts[problem] ?? 0) + 1
        counts[problem] = count
        if count > Self.shownPerProblem {
            if hidden[problem] == nil { order.append(problem) }
            hidden[problem, default: 0] += 1
        }
        lock.unlock()
        if count <= Self.shownPerProblem { Terminal.err("quotebase: \(error)") }
        if count == Self.shownPerProblem {
            Terminal.err("quotebase: note: \(Self.shownPerProblem) lines had this problem; any more are counted, not shown")
        }
    }

    func finish() {
        lock.lock()
        let lines = order.map { (problem: $0, count: hidden[$0] ?? 0) }
        lock.unlock()
        for (problem, count) in lines {
            let message = problem.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? problem
            Terminal.err("quotebase: \(count) more lines had the same problem (\(message)); \(hint)")
        }
    }
}
