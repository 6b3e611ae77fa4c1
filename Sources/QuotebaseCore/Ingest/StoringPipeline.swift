import Dispatch
import Foundation
import GRDB

/// The part of ingest that `load` shares: chunks of articles go in on the calling thread, their analyses are made
/// (or were made elsewhere) on background threads, and one writer thread stores them in batched transactions.
///
/// The writer keeps one transaction open across chunks up to `IngestOptions.batchSize` articles: each commit writes
/// every page the transaction changed to the write-ahead log, and the random-keyed index pages are much the same for
/// any batch, so fewer commits write far less. A database failure rolls back the open transaction and stops the run;
/// everything committed before stays.
struct StoringPipeline: Sendable {
    let database: QuotebaseDatabase
    let options: IngestOptions
    /// Makes the analyses of chunks submitted without them; nil when every chunk comes with its analyses.
    let analyzer: (any ArticleAnalyzer)?

    /// Articles per submitted chunk, at most.
    var chunkSize: Int { min(options.batchSize, options.analysisChunkSize) }

    /// What the producer submits: articles, with their analyses when these were made elsewhere, and the names to
    /// report articles by when they cannot be stored (their `source` when nil).
    struct Chunk {
        var articles: [Article]
        var analyses: [ArticleAnalysis]? = nil
        var subjects: [String]? = nil
    }

    /// Runs the writer while `produce` submits chunks of at most `chunkSize` articles and reports what it could not
    /// read through `fail`; `progress` and `failure` are called on the calling thread, `progress` after each commit.
    func run(progress: (IngestSummary) -> Void, failure: (QuotebaseError) -> Void,
             _ produce: (_ submit: (Chunk) throws -> Void, _ fail: (QuotebaseError) -> Void) throws -> Void)
        throws -> IngestSummary {
        // The callbacks are called only before `run` returns; the closures handed to `produce` just capture them.
        try withoutActuallyEscaping(progress) { progress in
            try withoutActuallyEscaping(failure) { failure in
                try run(progress, failure, produce)
            }
        }
    }

    private func run(_ progress: @escaping (IngestSummary) -> Void, _ failure: @escaping (QuotebaseError) -> Void,
                     _ produce: (_ submit: (Chunk) throws -> Void, _ fail: (QuotebaseError) -> Void) throws -> Void)
        throws -> IngestSummary {
        let started = Date()
        // A new database's schema is still in the write-ahead log: copied into the file now, a full disk later
        // leaves a log with nothing in it that the database needs, which `releaseLog` can then empty.
        try? database.checkpoint()
        do {
            return try store(progress, failure, produce, started: started)
        } catch let error as QuotebaseError where error.code == .diskFull {
            releaseLog()
            throw error
        }
    }

    /// Empties the write-ahead log after a write failed for want of space: the failed transaction's pages are still
    /// in it, taking the space they could not get. Only what the database needs stays (committed pages that cannot
    /// be copied into the file), and the next writer reuses the file.
    private func releaseLog() {
        guard let pool = database.connection as? DatabasePool else { return }
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    private func store(_ progress: @escaping (IngestSummary) -> Void, _ failure: @escaping (QuotebaseError) -> Void,
                       _ produce: (_ submit: (Chunk) throws -> Void, _ fail: (QuotebaseError) -> Void) throws -> Void,
                       started: Date) throws -> IngestSummary {
        var summary = IngestSummary()
        let channel = WriterChannel()
        let finished = DispatchSemaphore(value: 0)
        let store = ArticleStore()
        Thread.detachNewThread { [self] in
            defer { finished.signal() }
            do {
                // Under --force, what this run stored already: an article given twice is replaced once, as a fresh
                // ingest keeps the first of two.
                var replacedByThisRun = Set<String>()
                while let first = channel.take() {
                    channel.report(try writeTransaction(startingWith: first, from: channel, through: store,
                                                        replacedByThisRun: &replacedByThisRun))
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
            try produce({ chunk in
                try hand(chunk, to: channel)
                collect()
            }, { error in
                if error.code != .skipped { summary.failed += 1 }
                failure(error)
            })
        } catch {
            // The writer's own failure is the one to report; it made `put` throw.
            try finish()
            throw error
        }
        try finish()
        if try summary.new + summary.replaced > 0 || database.read(EntityLinker.isPending) {
            try database.write(enforcingChecks: false) { db in _ = try EntityLinker.relink(in: db) }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// A chunk for the writer: hashes, what was already stored, and the analyses of the rest as they are made.
    struct PreparedBatch: Sendable {
        var articles: [Article]
        var subjects: [String]?
        var hashes: [String]
        var stored: Set<String>
        var analyses: AnalysisSlots
    }

    struct BatchOutcome: Sendable {
        var counts = IngestSummary()
        var failures: [QuotebaseError] = []
    }

    /// Analyzes the chunk's articles (or takes their analyses, made elsewhere) on background threads and hands them
    /// to the writer before the analysis ends: the writer stores each article as soon as its analysis is ready,
    /// instead of waiting for the whole chunk (which left it idle while a chunk was analyzed, and alone while the
    /// last one was stored). Returns once all are analyzed.
    private func hand(_ chunk: Chunk, to channel: WriterChannel) throws {
        let articles = chunk.articles, analyses = chunk.analyses
        let hashes = articles.concurrentMap(concurrency: options.concurrency, yieldingToOtherThreads: true) {
            $0.contentHash
        }
        // What is stored already is neither analyzed nor written again: re-ingesting costs one lookup an article.
        let stored: Set<String> = options.force ? [] : try database.read { db in
            Set(try hashes.filter { try ArticleStore.articleID(contentHash: $0, in: db) != nil })
        }
        let pending = articles.indices.filter { !stored.contains(hashes[$0]) }
        let slots = AnalysisSlots(count: articles.count, pending: pending)
        let analyzer = self.analyzer
        precondition(analyses.map { $0.count == articles.count } ?? (analyzer != nil), "a chunk without analyses")
        let workers = max(1, min(options.concurrency, pending.count))
        // Below the writer's priority: every moment the writer waits for a core, the whole ingest waits with it.
        // Worker w takes the pending articles w, w + n, …, so the writer finds them ready nearly in order.
        let stop = options.stop, budget = options.analysisBodyBytes
        let analysis = BackgroundThreads.start(workers) { worker in
            var index = worker
            while index < pending.count {
                if stop?.isRequested == true { return }
                let analysis = analyses?[pending[index]]
                    ?? analyzer!.analyze(AnalysisBudget.analyzedPart(of: articles[pending[index]], bodyBytes: budget))
                slots.fill(pending[index], with: (analysis, StorageKeys(analysis)))
                index += workers
            }
        }
        defer {
            analysis.wait()
            // After a stop some were never analyzed: the writer leaves them out instead of waiting for them.
            slots.finish()
        }
        try channel.put(PreparedBatch(articles: articles, subjects: chunk.subjects, hashes: hashes, stored: stored,
                                      analyses: slots))
    }

    /// Stores `first` and the chunks that follow it, up to `batchSize` articles, in one transaction; an article
    /// that breaks a constraint is left out alone (see `ArticleStore.write(to:replacing:_:)`).
    private func writeTransaction(startingWith first: PreparedBatch, from channel: WriterChannel,
                                  through store: ArticleStore, replacedByThisRun: inout Set<String>) throws -> BatchOutcome {
        var chunks = [first]
        let before = replacedByThisRun
        var seenInTransaction = Set<String>()
        let outcome = try store.write(to: database, replacing: options.force) { db in
            var outcome = BatchOutcome()  // A transaction run again counts again.
            var seen = options.force ? before : Set<String>()
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
            seenInTransaction = seen
            return outcome
        }
        if options.force { replacedByThisRun = seenInTransaction }
        return outcome
    }

    private func write(_ batch: PreparedBatch, seen: inout Set<String>, into outcome: inout BatchOutcome,
                       in db: Database, through store: ArticleStore) throws {
        seen.formUnion(batch.stored)
        for (index, article) in batch.articles.enumerated() {
            if seen.contains(batch.hashes[index]) {
                outcome.counts.bytes += article.body.utf8.count
                outcome.counts.duplicates += 1
                continue
            }
            // Articles not analyzed are stored already (counted above) or were left when the ingest was stopped;
            // a left one is not `seen`, so a later copy of it in the run is stored.
            guard let (analysis, keys) = batch.analyses.value(at: index) else {
                outcome.counts.leftOut += 1
                continue
            }
            outcome.counts.bytes += article.body.utf8.count
            seen.insert(batch.hashes[index])
            do {
                outcome.counts.count(try store.insert(article, contentHash: batch.hashes[index], analysis: analysis,
                                                      keys: keys, replace: options.force, in: db))
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // Nothing of the article was stored; the rest of the batch goes on.
                outcome.counts.failed += 1
                outcome.failures.append(QuotebaseError(.malformedInput, batch.subjects?[index] ?? article.source,
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
    /// No analysis is made any more: an empty slot stays empty.
    private var finished = false
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

    /// Called once the analysis threads have ended, all pending articles analyzed unless the ingest was stopped.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The analysis of article `index`, waiting for it; nil for an article that is not analyzed (stored already, or
    /// left when the ingest was stopped).
    func value(at index: Int) -> (analysis: ArticleAnalysis, keys: StorageKeys)? {
        guard isPending[index] else { return nil }
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil && !finished { condition.wait() }
        return slots[index]
    }
}

/// Hands chunks from the reading thread to the writer thread, one waiting at most, and the writer's outcomes and
/// failure back.
private final class WriterChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: StoringPipeline.PreparedBatch?
    private var closed = false
    private var failure: Error?
    private var outcomes: [StoringPipeline.BatchOutcome] = []

    /// Waits while a chunk is waiting already; throws the writer's failure once it has failed.
    func put(_ batch: StoringPipeline.PreparedBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting != nil && failure == nil { condition.wait() }
        if let failure { throw failure }
        waiting = batch
        condition.broadcast()
    }

    /// The next chunk, waiting for it; nil once closed and drained, or after a failure.
    func take() -> StoringPipeline.PreparedBatch? {
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

    func report(_ outcome: StoringPipeline.BatchOutcome) {
        condition.lock()
        outcomes.append(outcome)
        condition.unlock()
    }

    func takeOutcomes() -> [StoringPipeline.BatchOutcome] {
        condition.lock()
        defer { condition.unlock() }
        let taken = outcomes
        outcomes = []
        return taken
    }
}
