import Foundation
import GRDB

/// Stores the output of `quotebase extract --full` without extracting again: the reduce step of a sharded pipeline.
///
/// Each JSON line must carry `article` and `analysis` (what `ExtractionRecord(_:analysis:full:)` writes with
/// `full: true`). Lines are stored through ingest's own pipeline (`StoringPipeline`), with its batches of
/// `IngestOptions.batchSize` articles per transaction and its dedupe by content hash, so that
/// `extract --full | load` leaves the same rows as `ingest` of the same articles.
///
/// ```swift
/// let summary = try ExtractionLoader(database: db).load(["shard-0.jsonl", "shard-1.jsonl"])
/// ```
public struct ExtractionLoader: Sendable {
    public let database: QuotebaseDatabase
    public let options: IngestOptions

    public init(database: QuotebaseDatabase, options: IngestOptions = IngestOptions()) {
        self.database = database
        self.options = options
    }

    /// The two fields of an extraction line that `load` needs; every other field is ignored.
    struct LoadableLine: Decodable {
        var article: Article?
        var analysis: ArticleAnalysis?
    }

    struct Pending {
        var subject: String
        var article: Article
        var analysis: ArticleAnalysis
    }

    /// Loads JSONL files (plain or gzip) or standard input (`-`), in order.
    ///
    /// A line that cannot be read is reported through `failure` with its `file:line` and the rest goes on;
    /// a database failure rolls back the current batch and throws: everything committed before stays.
    public func load(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in },
                     failure: (QuotebaseError) -> Void = { _ in }) throws -> IngestSummary {
        let pipeline = StoringPipeline(database: database, options: options, analyzer: nil)
        let decoder = JSONDecoder()
        return try pipeline.run(progress: progress, failure: failure) { submit, fail in
            // A chunk's lines as read, and the reader's failures among them, in input order.
            var read: [Result<(line: [UInt8], subject: String), QuotebaseError>] = []
            var linesRead = 0
            func flush() throws {
                // Decoding a line costs about as much as storing it: the chunk's lines are decoded on all cores
                // while the writer stores the chunk before.
                let decoded = read.concurrentMap(concurrency: options.concurrency, yieldingToOtherThreads: true) {
                    $0.flatMap { line in
                        Result { try Self.decode(line.line, subject: line.subject, decoder: decoder) }.mapError {
                            $0 as? QuotebaseError ?? QuotebaseError(.malformedInput, line.subject, "\($0)")
                        }
                    }
                }
                read.removeAll(keepingCapacity: true)
                linesRead = 0
                var chunk = StoringPipeline.Chunk(articles: [], analyses: [], subjects: [])
                for item in decoded {
                    switch item {
                    case .success(let pending):
                        chunk.articles.append(pending.article)
                        chunk.analyses?.append(pending.analysis)
                        chunk.subjects?.append(pending.subject)
                    case .failure(let error):
                        fail(error)
                    }
                }
                if !chunk.articles.isEmpty { try submit(chunk) }
            }
            for input in inputs {
                let reader: LineReader
                do {
                    reader = try LineReader(path: input)
                } catch let error as QuotebaseError {
                    fail(error)
                    continue
                }
                while true {
                    let line: [UInt8]?
                    do {
                        line = try reader.nextLine()
                    } catch let error as QuotebaseError {
                        read.append(.failure(error))
                        if error.code == .malformedInput { continue } else { break }
                    }
                    guard let line else { break }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    read.append(.success((line, "\(input):\(reader.lineNumber)")))
                    linesRead += 1
                    if linesRead >= pipeline.chunkSize { try flush() }
                }
            }
            if !read.isEmpty { try flush() }
        }
    }

    static func decode(_ line: [UInt8], subject: String, decoder: JSONDecoder) throws -> Pending {
        let decoded: LoadableLine
        do {
            decoded = try decoder.decode(LoadableLine.self, from: Data(line))
        } catch let error as DecodingError {
            throw QuotebaseError(.malformedInput, subject, "not an extraction line (\(Self.reason(error)))")
        }
        guard let article = decoded.article, let analysis = decoded.analysis else {
            let missing = decoded.article == nil ? "article" : "analysis"
            throw QuotebaseError(.malformedInput, subject,
                "no \"\(missing)\" field; write loadable lines with `quotebase extract --full`")
        }
        // Stops at the first other scalar, where trimming would copy the whole body through UTF-16.
        guard !article.body.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) else {
            throw QuotebaseError(.emptyInput, subject, "the article's body is empty")
        }
        return Pending(subject: subject, article: article, analysis: analysis)
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "broken JSON"
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            let what: String
            switch error {
            case .keyNotFound(let key, _): what = "missing \"\(key.stringValue)\""
            case .typeMismatch(let type, _): what = "expected \(type)"
            case .valueNotFound(let type, _): what = "expected \(type), found null"
            default: what = context.debugDescription
            }
            return path.isEmpty ? what : "\(path): \(what)"
        @unknown default:
            return "not valid"
        }
    }
}
