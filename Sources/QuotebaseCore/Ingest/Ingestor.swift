import Foundation

/// Counts reported while and after ingesting.
public struct IngestSummary: Sendable, Hashable {
    public var new = 0
    public var duplicates = 0
    public var replaced = 0
    public var failed = 0
    /// UTF-8 bytes of article bodies read (new, duplicate and replaced alike).
    public var bytes = 0
    public var seconds = 0.0
    /// Articles read but not stored because the ingest was asked to stop (`IngestOptions.stop`) before their
    /// analysis was made; running the same ingest again stores them.
    public var leftOut = 0

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
        leftOut += batch.leftOut
    }
}

/// Asks a running ingest to stop early (Ctrl-C): it stops reading and analyzing, stores and commits the articles
/// already analyzed, counts the rest in `IngestSummary.leftOut`, and returns.
public final class IngestStop: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
    }

    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
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
    /// Checked between articles; once requested, the ingest commits what is analyzed and returns.
    public var stop: IngestStop?
    /// Bytes of a body analyzed at most (`AnalysisBudget`); smaller in tests.
    var analysisBodyBytes = AnalysisBudget.bodyBytes

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
    /// thread stores each article once its analysis is ready (see `StoringPipeline`). Both callbacks are called on
    /// the calling thread.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in },
                       failure: (QuotebaseError) -> Void = { _ in }) throws -> IngestSummary {
        let pipeline = StoringPipeline(database: database, options: options, analyzer: analyzer)
        return try pipeline.run(progress: progress, failure: failure) { submit, fail in
            var chunk: [Article] = []
            do {
                try reader.read(inputs) { event in
                    switch event {
                    case .article(let read):
                        chunk.append(read.article)
                        if let note = AnalysisBudget.note(for: read.article, bodyBytes: options.analysisBodyBytes,
                                                           whatIsKept: "all of it is stored") {
                            fail(note)
                        }
                    case .failure(let error):
                        fail(error)
                    }
                    // The articles read so far go to the pipeline, which stores those analyzed before the stop
                    // and counts the others as left out.
                    if options.stop?.isRequested == true { throw Stopped() }
                    guard chunk.count >= pipeline.chunkSize else { return }
                    let articles = chunk
                    chunk.removeAll(keepingCapacity: true)
                    try submit(StoringPipeline.Chunk(articles: articles))
                }
            } catch is Stopped {}
            if !chunk.isEmpty { try submit(StoringPipeline.Chunk(articles: chunk)) }
        }
    }

    private struct Stopped: Error {}
}
