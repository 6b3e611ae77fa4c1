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

    /// Counts one article `ArticleStore.insert` stored or found stored.
    mutating func count(_ outcome: ArticleStore.Outcome) {
        switch outcome {
        case .inserted: new += 1
        case .duplicate: duplicates += 1
        case .replaced: replaced += 1
        }
    }

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
    /// Articles per write transaction. Each commit writes every page the transaction changed to the write-ahead
    /// log, and a batch's random-keyed index entries (mentions by entity, aliases, content hashes) touch much the
    /// same pages as any other batch's, so larger batches write less: the Reuters corpus wrote 164 MB of log at
    /// 1,024 articles a transaction and 78 MB at 8,192.
    public static let defaultBatchSize = 8192
    public var batchSize = defaultBatchSize
    /// Articles read and analyzed at once, however large the transaction. The writer stores a chunk's articles as
    /// their analyses are made; measured, smaller chunks cost more (threads, full-text indexing per chunk) than
    /// they save.
    var analysisChunkSize = 1024
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
    ///   - progress: called after each committed transaction with the running totals.
    ///   - failure: called for each input or record that could not be read or stored.
    ///
    /// Articles are analyzed in chunks of at most `IngestOptions.analysisChunkSize` on all cores, while a writer
    /// thread stores each article once its analysis is ready, so the database and the analysis keep both cores
    /// busy. The writer keeps one transaction open across chunks up to `batchSize` articles: each commit writes
    /// every page the transaction changed to the write-ahead log, and the random-keyed index pages are much the same
    /// for any batch, so fewer commits write far less. Both callbacks are called on the calling thread.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in },
                       failure: (QuotebaseError) -> Void = { _ in }) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let chunkSize = min(options.batchSize, options.analysisChunkSize)
        var chunk: [ReadArticle] = []
        let channel = WriterChannel()
        let finished = DispatchSemaphore(value: 0)
        let store = ArticleStore()
        Thread.detachNewThread { [self] in
            defer { finished.signal() }
            do {
                while let first = channel.take() {
                    channel.report(try writeTransaction(startingWith: first, from: channel, through: store))
                }
            } catch {
                channel.fail(error)
            }
        }
        func collect() {
            for outcome in channel.takeOutcomes() {
                summary.add(outcome.counts)
                outcome.failures.forEach(failure)
                summary.seconds = Date().timeIntervalSince(started)
                progress(summary)
            }
        }
        func finish() throws {
            channel.close()
            finished.wait()
            collect()
            try channel.rethrowFailure()
        }
        do {
            try reader.read(inputs) { event in
                switch event {
                case .article(let read):
                    chunk.append(read)
                    guard chunk.count >= chunkSize else { return }
                    let articles = chunk.map(\.article)
                    chunk.removeAll(keepingCapacity: true)
                    try hand(articles, to: channel)
                    collect()
                case .failure(let error):
                    summary.failed += 1
                    failure(error)
                }
            }
            if !chunk.isEmpty { try hand(chunk.map(\.article), to: channel) }
        } catch {
            // The writer's own failure is the one to report; it made `put` throw.
            try finish()
            throw error
        }
        try finish()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// A chunk for the writer: hashes, what was already stored, and the analyses of the rest as they are made.
    struct PreparedBatch: Sendable {
        var articles: [Article]
        var hashes: [String]
        var stored: Set<String>
        var analyses: AnalysisSlots
    }

    struct BatchOutcome: Sendable {
        var counts = IngestSummary()
        var failures: [QuotebaseError] = []
    }

    /// Analyzes `articles` on background threads and hands them to the writer before the analysis ends: the writer
    /// stores each article as soon as its analysis is ready, instead of waiting for the whole chunk (which left it
    /// idle while a chunk was analyzed, and alone while the last one was stored). Returns once all are analyzed.
    private func hand(_ articles: [Article], to channel: WriterChannel) throws {
        let hashes = articles.concurrentMap(concurrency: options.concurrency, yieldingToOtherThreads: true) { $0.contentHash }
        // Skip analysis of what is already stored: re-ingesting a folder costs one lookup per article.
        let stored: Set<String> = options.force ? [] : try database.read { db in
            Set(try hashes.filter { try ArticleStore.articleID(contentHash: $0, in: db) != nil })
        }
        let pending = articles.indices.filter { !stored.contains(hashes[$0]) }
        let slots = AnalysisSlots(count: articles.count, pending: pending)
        let analyzer = self.analyzer
        let workers = max(1, min(options.concurrency, pending.count))
        // Below the writer's priority: every moment the writer waits for a core, the whole ingest waits with it.
        // Worker w takes the pending articles w, w + n, …, so the writer finds them ready nearly in order.
        let analysis = BackgroundThreads.start(workers) { worker in
            var index = worker
            while index < pending.count {
                let article = articles[pending[index]]
                let analysis = analyzer.analyze(article)
                slots.fill(pending[index], with: (analysis, StorageKeys(analysis)))
                index += workers
            }
        }
        defer { analysis.wait() }
        try channel.put(PreparedBatch(articles: articles, hashes: hashes, stored: stored, analyses: slots))
    }

    /// Stores `first` and the chunks that follow it, up to `batchSize` articles, in one transaction; an article
    /// that breaks a constraint is left out alone (see `ArticleStore.write(to:replacing:_:)`).
    private func writeTransaction(startingWith first: PreparedBatch, from channel: WriterChannel,
                                  through store: ArticleStore) throws -> BatchOutcome {
        var chunks = [first]
        return try store.write(to: database, replacing: options.force) { db in
            var outcome = BatchOutcome()  // A transaction run again counts again.
            var seen = Set<String>()
            var index = 0, articles = 0
            while true {
                if index == chunks.count {
                    guard articles < options.batchSize, let next = channel.take() else { break }
                    chunks.append(next)
                }
                try write(chunks[index], seen: &seen, into: &outcome, in: db, through: store)
                try store.indexStoredForSearch(in: db)
                articles += chunks[index].articles.count
                index += 1
            }
            return outcome
        }
    }

    private func write(_ batch: PreparedBatch, seen: inout Set<String>, into outcome: inout BatchOutcome,
                       in db: Database, through store: ArticleStore) throws {
        seen.formUnion(batch.stored)
        for (index, article) in batch.articles.enumerated() {
            outcome.counts.bytes += article.body.utf8.count
            if seen.contains(batch.hashes[index]) && !options.force {
                outcome.counts.duplicates += 1
                continue
            }
            seen.insert(batch.hashes[index])
            guard let (analysis, keys) = batch.analyses.value(at: index) else { continue }
            do {
                outcome.counts.count(try store.insert(article, contentHash: batch.hashes[index], analysis: analysis,
                                                      keys: keys, replace: options.force, in: db))
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // Nothing of the article was stored; the rest of the batch goes on.
                outcome.counts.failed += 1
                outcome.failures.append(QuotebaseError(.malformedInput, article.source,
                    "not stored: extraction produced inconsistent rows (\(error.message ?? "constraint"))"))
            }
        }
    }
}

/// The analyses of a chunk's articles, filled in by the analysis threads and read by the writer, which waits for
/// each one that is still being made.
final class AnalysisSlots: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [(analysis: ArticleAnalysis, keys: StorageKeys)?]
    /// Whether each article is being analyzed (those already stored are not).
    private let isPending: [Bool]
    private let pendingCount: Int
    private var filledCount = 0
    /// The writer, faster than the analysis while they share the cores, would otherwise sleep and wake again for
    /// every article: woken once every this many analyses, it finds a run of them ready.
    private static let fillsPerWakeUp = 256

    init(count: Int, pending: [Int]) {
        slots = Array(repeating: nil, count: count)
        var isPending = Array(repeating: false, count: count)
        for index in pending { isPending[index] = true }
        self.isPending = isPending
        pendingCount = pending.count
    }

    func fill(_ index: Int, with analysis: (analysis: ArticleAnalysis, keys: StorageKeys)) {
        condition.lock()
        slots[index] = analysis
        filledCount += 1
        // A writer waiting for an analysis that is made between two wake-ups sleeps on until the next one; the last
        // fill always wakes it, so it never waits for good.
        if filledCount % Self.fillsPerWakeUp == 0 || filledCount == pendingCount { condition.broadcast() }
        condition.unlock()
    }

    /// The analysis of article `index`, waiting for it; nil for an article that is not analyzed.
    func value(at index: Int) -> (analysis: ArticleAnalysis, keys: StorageKeys)? {
        guard isPending[index] else { return nil }
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        return slots[index]
    }
}

/// Hands chunks from the reading thread to the writer thread, one waiting at most, and the writer's outcomes and
/// failure back.
private final class WriterChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: Ingestor.PreparedBatch?
    private var closed = false
    private var failure: Error?
    private var outcomes: [Ingestor.BatchOutcome] = []

    /// Waits while a chunk is waiting already; throws the writer's failure once it has failed.
    func put(_ batch: Ingestor.PreparedBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting != nil && failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting = batch
        condition.broadcast()
    }

    /// The next chunk, waiting for it; nil once closed and drained, or after a failure.
    func take() -> Ingestor.PreparedBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting == nil && !closed && failure == nil { condition.wait() }
        guard failure == nil, let batch = waiting else { return nil }
        waiting = nil
        condition.broadcast()
        return batch
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func fail(_ error: Error) {
        condition.lock()
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    func rethrowFailure() throws {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    func report(_ outcome: Ingestor.BatchOutcome) {
        condition.lock()
        outcomes.append(outcome)
        condition.unlock()
    }

    func takeOutcomes() -> [Ingestor.BatchOutcome] {
        condition.lock()
        defer { condition.unlock() }
        let taken = outcomes
        outcomes = []
        return taken
    }
}
