import Foundation
import XCTest
@testable import QuotebaseCore

/// `quotebase extract --full` then `quotebase load`: the map and reduce steps of a sharded pipeline.
final class LoadTests: XCTestCase {
    /// What `quotebase extract --full` prints for `inputs`, one JSON line per article.
    func extractFull(_ inputs: [String], analyzer: some ArticleAnalyzer = GazetteerAnalyzer()) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let (articles, failures) = try readArticles(inputs)
        XCTAssertEqual(failures, [])
        return try articles.map { read in
            let record = ExtractionRecord(read, analysis: analyzer.analyze(read.article), full: true)
            return String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }.joined()
    }

    func testExtractFullThenLoadEqualsIngest() throws {
        let folder = try TemporaryFolder()
        let (a, b) = try writeShardInputs(folder)
        let ingested = try QuotebaseDatabase(path: folder.path("ingested.sqlite"))
        let ingest = try Ingestor(database: ingested, analyzer: GazetteerAnalyzer()).ingest([a, b])

        // Two shards extracted apart, as `xargs -P` would, then loaded (gzip'd, as a pipeline may write them).
        let shardA = try folder.write("a.out.jsonl", try extractFull([a]))
        let shardB = try folder.write("b.out.jsonl", try extractFull([b]))
        try gzip(shardB)
        let loaded = try QuotebaseDatabase(path: folder.path("loaded.sqlite"))
        var errors: [QuotebaseError] = []
        let load = try ExtractionLoader(database: loaded, options: IngestOptions(batchSize: 3))
            .load([shardA, shardB + ".gz"], failure: { errors.append($0) })
        XCTAssertEqual(errors, [])
        XCTAssertEqual(load.new, ingest.new)
        XCTAssertEqual(load.duplicates, ingest.duplicates)
        XCTAssertEqual(load.bytes, ingest.bytes)

        let expected = try StoreSnapshot(ingested)
        expected.assertEqual(to: try StoreSnapshot(loaded))
        for (table, rows) in expected.tables { XCTAssertFalse(rows.isEmpty, "no \(table) rows to compare") }
        try assertIntegrity(loaded)

        // Loading again stores nothing new; --force replaces and leaves the same rows.
        XCTAssertEqual(try ExtractionLoader(database: loaded).load([shardA]).duplicates, 4)
        XCTAssertEqual(try ExtractionLoader(database: loaded, options: IngestOptions(force: true)).load([shardA]).replaced, 4)
        expected.assertEqual(to: try StoreSnapshot(loaded))
    }

    func testExtractLinesWithoutFullAreUnchanged() throws {
        let folder = try TemporaryFolder()
        let (a, _) = try writeShardInputs(folder)
        let (articles, _) = try readArticles([a])
        let read = try XCTUnwrap(articles.first)
        let analysis = GazetteerAnalyzer().analyze(read.article)
        let plain = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ExtractionRecord(read, analysis: analysis)))
        let full = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ExtractionRecord(read, analysis: analysis, full: true)))
        let plainKeys = Set(try XCTUnwrap(plain as? [String: Any]).keys)
        XCTAssertEqual(plainKeys, ["file", "source", "lang", "title", "entities", "quotes"],
                       "nil fields are left out, and no article or analysis without --full")
        XCTAssertEqual(Set(try XCTUnwrap(full as? [String: Any]).keys), plainKeys.union(["article", "analysis"]))
        let decoded = try JSONDecoder().decode(ExtractionRecord.self,
                                               from: JSONEncoder().encode(ExtractionRecord(read, analysis: analysis, full: true)))
        XCTAssertEqual(decoded.article, read.article)
        XCTAssertEqual(decoded.analysis, analysis)
    }

    func testBadLinesAreReportedByFileAndLineAndTheRestIsStored() throws {
        let folder = try TemporaryFolder()
        let (a, _) = try writeShardInputs(folder)
        var lines = try extractFull([a]).split(separator: "\n").map(String.init)
        // Line 2: an analysis whose offsets the schema refuses (end before start); it must leave no rows.
        var broken = try JSONDecoder().decode(ExtractionRecord.self, from: Data(lines[1].utf8))
        broken.analysis!.entities[0].mentions[0].span = TextSpan(start: 9, end: 3)
        lines[1] = String(decoding: try JSONEncoder().encode(broken), as: UTF8.self)
        lines.insert(#"{"file": "x", "entities": [], "quotes": []}"#, at: 2)  // plain extract output: line 3
        lines.insert("{not json", at: 3)  // line 4
        lines.insert("", at: 4)  // blank line 5: skipped silently
        lines.insert(#"{"article": {"source": "s", "lang": "en"}, "analysis": {"entities": [], "quotes": []}}"#, at: 5)
        let path = try folder.write("mixed.jsonl", lines.joined(separator: "\n") + "\n")

        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        var errors: [QuotebaseError] = []
        let summary = try ExtractionLoader(database: db).load([path, folder.path("missing.jsonl")],
                                                              failure: { errors.append($0) })
        XCTAssertEqual(errors.map(\.subject).sorted(), ["\(path):3", "\(path):4", "\(path):6", "\(path):2",
                                               folder.path("missing.jsonl")].sorted(),
                       "\(errors)")
        XCTAssertEqual(summary.failed, 5)
        XCTAssertEqual(summary.new, 3)
        XCTAssertTrue(errors.first { $0.subject == "\(path):3" }!.message.contains("extract --full"))
        XCTAssertTrue(errors.first { $0.subject == "\(path):6" }!.message.contains(#"article: missing "body""#), "\(errors)")
        XCTAssertEqual(try db.statistics().rows(of: "articles"), 3)
        try assertIntegrity(db)
    }

    private func gzip(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip '\(path)'"]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testLinesWhoseAnalysisDoesNotFitTheArticleAreRefusedByLine() throws {
        let article = Article(source: "a", title: nil, lang: "it", body: "Il sindaco Mario Rossi ha parlato.")
        func line(_ analysis: ArticleAnalysis, body: String? = nil) throws -> String {
            var article = article
            if let body { article.body = body }
            let object = ["article": article, "analysis": analysis] as [String: any Encodable]
            let parts = try object.sorted { $0.key < $1.key }.map { key, value in
                "\"\(key)\":" + String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
            }
            return "{" + parts.joined(separator: ",") + "}\n"
        }
        func person(_ span: TextSpan, _ surface: String) -> ArticleAnalysis {
            ArticleAnalysis(entities: [ExtractedEntity(name: "Mario Rossi", kind: .person,
                                                       mentions: [EntityMention(span: span, surface: surface)])])
        }
        let good = person(TextSpan(part: .body, start: 11, end: 22), "Mario Rossi")
        let quote = ExtractedQuote(text: "Il sindaco", span: TextSpan(part: .body, start: 0, end: 10), kind: .direct)
        let cases: [(String, String)] = [
            (try line(person(TextSpan(part: .body, start: 40, end: 45), "Mario")), "analysis.entities.0.mentions.0: span 40-45 is not inside the body (34 characters)"),
            (try line(person(TextSpan(part: .body, start: 11, end: Int.max), "Mario")), "analysis.entities.0.mentions.0: span 11-\(Int.max) is not inside the body (34 characters)"),
            (try line(person(TextSpan(part: .body, start: 22, end: 11), "Mario")), "analysis.entities.0.mentions.0: span 22-11 is not inside the body (34 characters)"),
            (try line(person(TextSpan(part: .title, start: 0, end: 5), "Mario")), "analysis.entities.0.mentions.0: a span in the title of an article without a title"),
            (try line(person(TextSpan(part: .body, start: 11, end: 22), "Luigi Verdi")), "analysis.entities.0.mentions.0: the text at 11-22 is not the one given"),
            (try line(ArticleAnalysis(entities: good.entities, quotes: [ExtractedQuote(text: "Il sindaco", span: quote.span, kind: .direct, targets: [3])])),
             "analysis.quotes.0.targets.0: entity 3 is not one of the 1 entities"),
            (try line(ArticleAnalysis(quotes: [ExtractedQuote(text: "Il sindaco", span: quote.span, kind: .direct,
                                                              speakers: [QuoteSpeaker(surface: "x", entity: 0)])])),
             "analysis.quotes.0.speakers.0: entity 0 is not one of the 0 entities"),
        ]
        let folder = try TemporaryFolder()
        let text = try line(ArticleAnalysis(entities: good.entities, quotes: [quote])) + cases.map(\.0).joined()
        let path = try folder.write("hand-edited.jsonl", text)
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        var errors: [String] = []
        let summary = try ExtractionLoader(database: db).load([path], failure: { errors.append($0.description) })
        XCTAssertEqual(summary.new, 1, "the good line is stored")
        XCTAssertEqual(errors, cases.enumerated().map { "\(path):\($0.offset + 2): \($0.element.1)" })
        XCTAssertEqual(try db.statistics().rows(of: "mentions"), 1)
    }
}
