import Dispatch
import Foundation

/// The per-article JSON object `quotebase extract` prints (the format `../shared/eval/score.py` reads).
public struct ExtractionRecord: Sendable, Hashable, Codable {
    public struct Entity: Sendable, Hashable, Codable {
        public var name: String
        public var kind: EntityKind
        public var aliases: [String]
        public var roles: [String]
        public var mentions: Int
    }

    public struct Quote: Sendable, Hashable, Codable {
        public var text: String
        /// The first speaker's canonical name (or surface text when unresolved); nil when unknown.
        public var speaker: String?
        public var speakers: [String]
        public var speaker_kind: EntityKind?
        /// The targets' names as the article writes them (`ExtractedEntity.writtenName(in:)`; what
        /// `../shared/eval/score.py` reads).
        public var about: [String]
        /// Each target of `about`, in the same order, with how it was found and how sure that is.
        public var about_how: [Target]
        public var kind: QuoteKind
        public var cue: String?
        public var part: ArticlePart
        public var start: Int
        public var end: Int
        public var confidence: Double
        /// The attribution rule that chose the speaker (`AttributionRule`'s names).
        public var rule: String?
        /// Only with `QUOTEBASE_SPEAKER_CANDIDATES=1`: the context's possible speakers and their ranker features.
        public var candidates: [Candidate]?
    }

    /// One target of a quote: its name as written, the entity's canonical name, which rule found it (`TargetSource`)
    /// and a confidence 0…1 (nil: not recorded).
    public struct Target: Sendable, Hashable, Codable {
        public var name: String
        public var entity: String
        public var how: TargetSource
        public var confidence: Double?
    }

    public struct Candidate: Sendable, Hashable, Codable {
        public var name: String
        public var features: [String]
    }

    public var file: String
    public var source: String
    public var lang: String
    public var title: String?
    public var published: String?
    public var author: String?
    public var entities: [Entity]
    public var quotes: [Quote]
    /// The whole article, only with `extract --full`: with `analysis`, enough for `quotebase load` to store the
    /// line without extracting again (the map step's output of a sharded pipeline, see docs/SCALING.md).
    public var article: Article?
    /// The complete analysis (offsets of every mention, entity indexes of speakers and targets), only with `--full`.
    public var analysis: ArticleAnalysis?

    /// - Parameter full: also carry the complete `article` and `analysis`, so that the line is loadable.
    public init(_ read: ReadArticle, analysis: ArticleAnalysis, full: Bool = false) {
        let article = read.article
        if full {
            self.article = article
            self.analysis = analysis
        }
        file = read.name
        source = article.source
        lang = article.lang
        title = article.title
        published = article.published
        author = article.author
        entities = analysis.entities.map {
            Entity(name: $0.name, kind: $0.kind, aliases: $0.aliases, roles: $0.roles, mentions: $0.mentions.count)
        }
        func name(_ speaker: QuoteSpeaker) -> String {
            speaker.entity.flatMap { analysis.entities.indices.contains($0) ? analysis.entities[$0].name : nil }
                ?? speaker.surface
        }
        quotes = analysis.quotes.map { quote in
            let names = quote.speakers.map(name)
            let firstEntity = quote.speakers.first?.entity.flatMap {
                analysis.entities.indices.contains($0) ? analysis.entities[$0] : nil
            }
            let targets = quote.targets.enumerated().compactMap { k, t -> Target? in
                guard analysis.entities.indices.contains(t) else { return nil }
                let evidence = quote.evidence(ofTarget: k)
                let entity = analysis.entities[t]
                return Target(name: entity.writtenName(in: article.lang), entity: entity.name, how: evidence.how,
                              confidence: evidence.confidence.map { ($0 * 100).rounded() / 100 })
            }
            return Quote(text: quote.text, speaker: names.first, speakers: names, speaker_kind: firstEntity?.kind,
                         about: targets.map(\.name), about_how: targets,
                         kind: quote.kind, cue: quote.cue, part: quote.span.part, start: quote.span.start,
                         end: quote.span.end, confidence: quote.confidence, rule: quote.rule?.rawValue,
                         candidates: quote.candidates?.map { Candidate(name: name($0.speaker), features: $0.features) })
        }
    }
}

extension ExtractionRecord {
    /// The JSON lines (with their trailing newline) `quotebase extract` prints for `batch`, in input order.
    /// Analysis and encoding run on `concurrency` threads; the analyzer is a pure function, so the output is the
    /// same as one thread's. As in `ingest`, a body is analyzed in its first `bodyBytes` only
    /// (`AnalysisBudget.analyzedPart`); `full` still carries the whole article, so `load` stores what ingest would.
    public static func encodedLines(_ batch: [ReadArticle], analyzer: any ArticleAnalyzer, full: Bool = false,
                                    pretty: Bool = false, bodyBytes: Int = AnalysisBudget.bodyBytes,
                                    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> [Data] {
        let results = batch.concurrentMap(concurrency: concurrency) { read -> Result<Data, any Error> in
            let encoder = JSONEncoder()
            // Sorted keys: the same input gives byte-identical output, run after run.
            encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                : [.sortedKeys, .withoutEscapingSlashes]
            return Result {
                let analysis = analyzer.analyze(AnalysisBudget.analyzedPart(of: read.article, bodyBytes: bodyBytes))
                var line = try encoder.encode(ExtractionRecord(read, analysis: analysis, full: full))
                line.append(0x0A)
                return line
            }
        }
        return try results.map { try $0.get() }
    }
}
