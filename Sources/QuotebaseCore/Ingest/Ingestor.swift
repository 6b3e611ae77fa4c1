import Dispatch
import Foundation
import GRDB

/// Counts reported while and after ingesting.
public struct IngestSummary: Sendable, Hashable {
    public var new = 0
    public var duplicates = 0
    public var replaced = 0
    public var failed = 0
    /// UTF-8 bytes of article bodies read (new, duplicate and replaced alike).
    public var bytes = 0
    public var seconds = 0.0

    public var articles: Int { new + duplicates + replaced }
    public var articlesPerSecond: Double { seconds > 0 ? Double(articles) / seconds : 0 }

    /// Adds the counts of one stored batch; `seconds` stays.
    mutating func add(_ batch: IngestSummary) {
        new += batch.new
        duplicates += batch.duplicates
        replaced += batch.replaced
        failed += batch.failed
        bytes += batch.bytes
    }
}

public struct IngestOptions: Sendable {
    /// Re-extract and replace articles that are already stored.
    public var force = false
    /// Articles per write transaction. Each commit rewrites the index pages the batch touched to the WAL, so larger
    /// batches write less; past about a thousand articles the gain stops (Reuters ingest: 2.8 s at 256, 2.35 s at
    /// 1024, 2.4 s at 2048) while memory grows.
    public static let defaultBatchSize = 1024
    public var batchSize = defaultBatchSize
    /// Threads that analyze articles at once.
    public var concurrency = ProcessInfo.processInfo.activeProcessorCount

    public init(force: Bool = false, batchSize: Int = defaultBatchSize) {
        self.force = force
        self.batchSize = max(1, batchSize)
    }
}

/// Reads inputs, analyzes articles on all cores, and stores them in batched transactions from one writer.
///
/// A failure in one input (bad file, bad JSONL line) is reported and ingest goes on. A database failure
/// (disk full, locked) rolls back the current batch and stops: everything committed before stays.
public struct Ingestor: Sendable {
    public let database: QuotebaseDatabase
    public let analyzer: any ArticleAnalyzer
    public let options: IngestOptions
    private let reader = ArticleReader()

    public init(database: QuotebaseDatabase, analyzer: any ArticleAnalyzer, options: IngestOptions = IngestOptions()) {
        self.database = database
        self.analyzer = analyzer
        self.options = options
    }

    /// - Parameters:
    ///   - progress: called after each stored batch with the running totals.
    ///   - failure: called for each input or record that could not be read or stored.
    ///
    /// One batch is written on a writer thread while the next is read and analyzed, so the database and the
    /// analysis keep both cores busy; at most one batch waits for the writer.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in },
                       failure: (QuotebaseError) -> Void = { _ in }) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        var batch: [ReadArticle] = []
        var inFlight: PendingWrite?
        let writer = DispatchQueue(label: "quotebase.ingest.writer")
        let store = ArticleStore()
        defer { inFlight?.done.wait() }

        func collect() throws {
            guard let pending = inFlight else { return }
            pending.done.wait()
            inFlight = nil
            let outcome = try pending.result.get()
            summary.add(outcome.counts)
            outcome.failures.forEach(failure)
            summary.seconds = Date().timeIntervalSince(started)
            progress(summary)
        }
        func flush() throws {
            let prepared = try prepare(batch.map(\.article))
            batch.removeAll(keepingCapacity: true)
            try collect()
            let pending = PendingWrite()
            inFlight = pending
            writer.async {
                pending.result = Result { try self.write(prepared, through: store) }
                pending.done.signal()
            }
        }
        try reader.read(inputs) { event in
            switch event {
            case .article(let read):
                batch.append(read)
                if batch.count >= options.batchSize { try flush() }
            case .failure(let error):
                summary.failed += 1
                failure(error)
            }
        }
        if !batch.isEmpty { try flush() }
        try collect()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// A batch ready for the writer: hashes, what was already stored, and the analyses of the rest.
    struct PreparedBatch: Sendable {
        var articles: [Article]
        var hashes: [String]
        var stored: Set<String>
        /// Analysis of each article not already stored, with its storage keys (nil for stored ones).
        var analyses: [(analysis: ArticleAnalysis, keys: StorageKeys)?]
    }

    struct BatchOutcome: Sendable {
        var counts = IngestSummary()
        var failures: [QuotebaseError] = []
    }

    private func prepare(_ articles: [Article]) throws -> PreparedBatch {
        let hashes = articles.concurrentMap(concurrency: options.concurrency, yieldingToOtherThreads: true) { $0.contentHash }
        // Skip analysis of what is already stored: re-ingesting a folder costs one lookup per article.
        let stored: Set<String> = options.force ? [] : try database.read { db in
            Set(try hashes.filter { try ArticleStore.articleID(contentHash: $0, in: db) != nil })
        }
        let pending = articles.indices.filter { !stored.contains(hashes[$0]) }
        var analyses: [(analysis: ArticleAnalysis, keys: StorageKeys)?] = Array(repeating: nil, count: articles.count)
        let analyzer = self.analyzer
        // Below the writer's priority: the writer is the slower stage, and every moment it waits for a core the
        // whole ingest waits with it.
        let analyzed = pending.map { articles[$0] }.concurrentMap(concurrency: options.concurrency,
                                                                  yieldingToOtherThreads: true) { article in
            let analysis = analyzer.analyze(article)
            return (analysis, StorageKeys(analysis))
        }
        for (index, analysis) in zip(pending, analyzed) {
            analyses[index] = analysis
        }
        return PreparedBatch(articles: articles, hashes: hashes, stored: stored, analyses: analyses)
    }

    /// Stores one batch in one transaction; an article that breaks a constraint is left out alone
    /// (see `ArticleStore.write(to:replacing:_:)`).
    private func write(_ batch: PreparedBatch, through store: ArticleStore) throws -> BatchOutcome {
        var outcome = BatchOutcome()
        try store.write(to: database, replacing: options.force) { db in
            outcome = BatchOutcome()  // A batch run again counts again.
            var seen = batch.stored
            for (index, article) in batch.articles.enumerated() {
                outcome.counts.bytes += article.body.utf8.count
                if seen.contains(batch.hashes[index]) && !options.force {
                    outcome.counts.duplicates += 1
                    continue
                }
                seen.insert(batch.hashes[index])
                guard let (analysis, keys) = batch.analyses[index] else { continue }
                do {
                    switch try store.insert(article, contentHash: batch.hashes[index], analysis: analysis, keys: keys,
                                            replace: options.force, in: db) {
                    case .inserted: outcome.counts.new += 1
                    case .duplicate: outcome.counts.duplicates += 1
                    case .replaced: outcome.counts.replaced += 1
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // Nothing of the article was stored; the rest of the batch goes on.
                    outcome.counts.failed += 1
                    outcome.failures.append(QuotebaseError(.malformedInput, article.source,
                        "not stored: extraction produced inconsistent rows (\(error.message ?? "constraint"))"))
                }
            }
        }
        return outcome
    }
}

/// A batch handed to the writer thread; `result` is written before `done` is signalled and read after waiting.
private final class PendingWrite: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var result: Result<Ingestor.BatchOutcome, Error> = .success(Ingestor.BatchOutcome())
}
