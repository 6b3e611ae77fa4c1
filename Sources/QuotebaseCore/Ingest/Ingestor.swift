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
}

public struct IngestOptions: Sendable {
    /// Re-extract and replace articles that are already stored.
    public var force = false
    /// Articles per write transaction.
    public var batchSize = 256
    /// Threads that analyze articles at once.
    public var concurrency = ProcessInfo.processInfo.activeProcessorCount

    public init(force: Bool = false, batchSize: Int = 256) {
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
    ///   - failure: called for each input or record that could not be read.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in },
                       failure: (QuotebaseError) -> Void = { _ in }) throws -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        var batch: [ReadArticle] = []
        func flush() throws {
            try store(batch, into: &summary, failure: failure)
            batch.removeAll(keepingCapacity: true)
            summary.seconds = Date().timeIntervalSince(started)
            progress(summary)
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
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func store(_ batch: [ReadArticle], into summary: inout IngestSummary,
                       failure: (QuotebaseError) -> Void) throws {
        let articles = batch.map(\.article)
        let hashes = articles.map(\.contentHash)
        // Skip analysis of what is already stored: re-ingesting a folder costs one lookup per article.
        let stored: Set<String> = options.force ? [] : try database.read { db in
            Set(try hashes.filter { try ArticleStore.articleID(contentHash: $0, in: db) != nil })
        }
        let pending = articles.indices.filter { !stored.contains(hashes[$0]) }
        let analyses = analyzeConcurrently(pending.map { articles[$0] })
        try database.write { db in
            var seen = stored
            for index in articles.indices {
                summary.bytes += articles[index].body.utf8.count
                if seen.contains(hashes[index]) && !options.force {
                    summary.duplicates += 1
                    continue
                }
                seen.insert(hashes[index])
                guard let position = pending.firstIndex(of: index) else { continue }
                do {
                    switch try ArticleStore.insert(articles[index], contentHash: hashes[index],
                                                   analysis: analyses[position], replace: options.force, in: db) {
                    case .inserted: summary.new += 1
                    case .duplicate: summary.duplicates += 1
                    case .replaced: summary.replaced += 1
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // The article's savepoint was rolled back; the rest of the batch goes on.
                    summary.failed += 1
                    failure(QuotebaseError(.malformedInput, articles[index].source,
                                           "not stored: extraction produced inconsistent rows (\(error.message ?? "constraint"))"))
                }
            }
        }
    }

    private func analyzeConcurrently(_ articles: [Article]) -> [ArticleAnalysis] {
        let results = AnalysisSlots(count: articles.count)
        let analyzer = self.analyzer
        let workers = max(1, min(options.concurrency, articles.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < articles.count {
                results.set(index, analyzer.analyze(articles[index]))
                index += workers
            }
        }
        return results.values
    }
}

/// Result slots filled by concurrent workers, each slot by exactly one worker.
private final class AnalysisSlots: @unchecked Sendable {
    private var slots: [ArticleAnalysis]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: ArticleAnalysis(), count: count) }

    func set(_ index: Int, _ value: ArticleAnalysis) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [ArticleAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
