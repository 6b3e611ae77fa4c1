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
        if article.body.utf8.contains(0) || article.title?.utf8.contains(0) == true {
            throw QuotebaseError(.malformedInput, subject, "the article holds U+0000, which SQLite text cannot keep")
        }
        try check(analysis, of: article, subject: subject)
        return Pending(subject: subject, article: article, analysis: analysis)
    }

    /// Refuses an analysis that does not fit its article: a span outside its part (or in a title the article does
    /// not have), start after end, a surface or quote text that is not the text at its span, or an entity index
    /// that names no entity. Hand-edited or foreign lines would otherwise be stored as given.
    static func check(_ analysis: ArticleAnalysis, of article: Article, subject: String) throws {
        let body = Array(article.body.unicodeScalars)
        let title = article.title.map { Array($0.unicodeScalars) }
        func fail(_ what: String, _ problem: String) -> QuotebaseError {
            QuotebaseError(.malformedInput, subject, "analysis.\(what): \(problem)")
        }
        func check(_ span: TextSpan, text: String, _ what: String) throws {
            guard let scalars = span.part == .title ? title : body else {
                throw fail(what, "a span in the title of an article without a title")
            }
            guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
                throw fail(what, "span \(span.start)-\(span.end) is not inside the \(span.part.rawValue) (\(scalars.count) characters)")
            }
            // Scalar by scalar first, without making a String of the slice (this runs for every mention of a load);
            // a text equal only up to Unicode equivalence is compared as a String, as before.
            let slice = scalars[span.start..<span.end]
            guard text.unicodeScalars.elementsEqual(slice)
                || String(String.UnicodeScalarView(slice)) == text else {
                throw fail(what, "the text at \(span.start)-\(span.end) is not the one given")
            }
        }
        for (e, entity) in analysis.entities.enumerated() {
            for (m, mention) in entity.mentions.enumerated() {
                try check(mention.span, text: mention.surface, "entities.\(e).mentions.\(m)")
            }
        }
        let entities = analysis.entities.indices
        for (q, quote) in analysis.quotes.enumerated() {
            try check(quote.span, text: quote.text, "quotes.\(q)")
            for (s, speaker) in quote.speakers.enumerated() {
                if let entity = speaker.entity, !entities.contains(entity) {
                    throw fail("quotes.\(q).speakers.\(s)", "entity \(entity) is not one of the \(entities.count) entities")
                }
            }
            for (t, target) in quote.targets.enumerated() where !entities.contains(target) {
                throw fail("quotes.\(q).targets.\(t)", "entity \(target) is not one of the \(entities.count) entities")
            }
            if let evidence = quote.targetEvidence {
                if evidence.count != quote.targets.count {
                    throw fail("quotes.\(q).targetEvidence", "\(evidence.count) entries for \(quote.targets.count) targets")
                }
                for (t, e) in evidence.enumerated() {
                    if let c = e.confidence, !(0...1).contains(c) {
                        throw fail("quotes.\(q).targetEvidence.\(t)", "confidence \(c) is not between 0 and 1")
                    }
                }
            }
        }
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
