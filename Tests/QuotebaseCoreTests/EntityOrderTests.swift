import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

/// Who is who does not depend on the order articles arrive in: real articles ingested in two orders, and as two
/// shards merged, give the same entities, links and rows (compared by natural keys, never ids).
final class EntityOrderTests: XCTestCase {
    /// The fixture articles, plus the first lines of each corpus file of ../shared/corpus when it is there (read in
    /// place, never copied into the repository), as JSONL lines.
    private func articleLines() throws -> (lines: [String], corpus: Bool) {
        var lines: [String] = []
        var corpusRead = false
        let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        for file in ["it_dice_crime_news.jsonl.gz", "en_reuters21578.jsonl.gz", "en_bbc_fulltext.jsonl.gz"] {
            let path = corpus.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let reader = try LineReader(path: path)
            corpusRead = true
            var taken = 0
            while taken < 250, let line = try reader.nextLine() {
                lines.append(String(decoding: line, as: UTF8.self))
                taken += 1
            }
        }
        let (articles, _) = try readArticles([fixturesFolder.appendingPathComponent("articles").path])
        for item in articles {
            var object: [String: Any] = ["text": item.article.body, "lang": item.article.lang, "id": item.article.source]
            if let title = item.article.title { object["title"] = title }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return (lines, corpusRead)
    }

    func testTwoOrdersAndMergedShardsGiveTheSameEntities() throws {
        let folder = try TemporaryFolder()
        let (lines, corpusRead) = try articleLines()
        XCTAssertGreaterThan(lines.count, 20)
        let forward = try folder.write("forward.jsonl", lines.joined(separator: "\n") + "\n")
        // Interleaved backwards: every other article from the end, then the rest.
        let backward = Array(lines.reversed().enumerated().sorted { ($0.offset % 2, $0.offset) < ($1.offset % 2, $1.offset) }
            .map(\.element))
        let reversed = try folder.write("backward.jsonl", backward.joined(separator: "\n") + "\n")
        let half = backward.count / 2
        let shardInputs = [try folder.write("s0.jsonl", backward[..<half].joined(separator: "\n") + "\n"),
                           try folder.write("s1.jsonl", backward[half...].joined(separator: "\n") + "\n")]

        let one = try QuotebaseDatabase(path: folder.path("one.sqlite"))
        _ = try Ingestor(database: one, analyzer: NewsAnalyzer()).ingest([forward])
        let two = try QuotebaseDatabase(path: folder.path("two.sqlite"))
        // In small batches, so that entities are linked across many transactions.
        _ = try Ingestor(database: two, analyzer: NewsAnalyzer(), options: IngestOptions(batchSize: 7)).ingest([reversed])
        var shards: [String] = []
        for (index, input) in shardInputs.enumerated() {
            let shard = try QuotebaseDatabase(path: folder.path("shard\(index).sqlite"))
            _ = try Ingestor(database: shard, analyzer: NewsAnalyzer()).ingest([input])
            shards.append(shard.path)
        }
        let merged = try QuotebaseDatabase(path: folder.path("merged.sqlite"))
        _ = try ShardMerger(output: merged, batchSize: 16).merge(shards.reversed())

        // Articles came from different files: compared by content, not by source. Who is who is compared whole,
        // the note saying why each article's entity is linked included ("a person in 7 of 10 articles": counts of
        // readings that once lost one where two entities of an article were stored as one row).
        func snapshot(_ database: QuotebaseDatabase) throws -> StoreSnapshot {
            var snapshot = try StoreSnapshot(database)
            snapshot.articles = Set(snapshot.articles.map { String($0.prefix { $0 != "|" }) })
            return snapshot
        }
        let expected = try snapshot(one)
        expected.assertEqual(to: try snapshot(two))
        expected.assertEqual(to: try snapshot(merged))
        XCTAssertGreaterThan(expected.entities.count, 100)
        // The comparison means something: some surnames were linked across articles (the corpus articles have
        // them; the fixtures alone, in a clone without ../shared, are too few for the surname rule's evidence).
        let crossLinked = expected.articleEntities.filter { $0.contains("surname of the only full name") }
        if corpusRead { XCTAssertFalse(crossLinked.isEmpty) }
        // A relink of a finished database changes nothing.
        let summary = try EntityLinker.relink(one)
        XCTAssertEqual(summary.relinked + summary.created + summary.removed, 0)
        expected.assertEqual(to: try snapshot(one))
        try assertIntegrity(merged)
    }
}
