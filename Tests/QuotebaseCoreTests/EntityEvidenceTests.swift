import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

/// Each entity of an article's analysis stays one `article_entities` row, with its own kind, name, aliases and roles,
/// also when resolution links two of them to one stored entity: the evidence a relink counts never shrinks, so a
/// relink of a finished database changes nothing, and a merge of shards, which stores what the shards kept, counts
/// what one ingest counted.
final class EntityEvidenceTests: XCTestCase {
    /// The rows by natural keys; articles by content (they come from different files).
    private func snapshot(_ database: QuotebaseDatabase) throws -> StoreSnapshot {
        var snapshot = try StoreSnapshot(database)
        snapshot.articles = Set(snapshot.articles.map { String($0.prefix { $0 != "|" }) })
        return snapshot
    }

    /// Analyses given by hand, found by the article's text: what a recognizer may well return (constructed cases).
    private struct GivenAnalyzer: ArticleAnalyzer {
        var analyses: [String: ArticleAnalysis]
        func analyze(_ article: Article) -> ArticleAnalysis { analyses[article.body] ?? ArticleAnalysis() }
    }

    /// An entity with one mention of each of its names, found in `text`.
    private static func entity(_ name: String, _ kind: EntityKind, in text: String, also: [String] = [],
                               roles: [String] = []) -> ExtractedEntity {
        let scalars = Array(text.unicodeScalars)
        let mentions = ([name] + also).map { surface -> EntityMention in
            let wanted = Array(surface.unicodeScalars)
            let start = (0...(scalars.count - wanted.count)).first { Array(scalars[$0..<($0 + wanted.count)]) == wanted }!
            return EntityMention(span: TextSpan(part: .body, start: start, end: start + wanted.count), surface: surface)
        }
        return ExtractedEntity(name: name, kind: kind, aliases: also, roles: roles, mentions: mentions)
    }

    /// Article 0 reads "Ferrari" as a place and names Enzo Ferrari too; three more name him. The place
    /// reading is a stray one (a person in 4 of 5 articles), so it becomes a person and joins the article's Enzo
    /// Ferrari: two rows of article 0 on one entity.
    private func writeInputs(_ folder: TemporaryFolder) throws -> (all: String, shards: [String], analyzer: GivenAnalyzer) {
        let texts = [
            "A Ferrari la festa per il fondatore: Enzo Ferrari parlò ai meccanici. \"Vinceremo\", disse il costruttore.",
            "Enzo Ferrari lasciò Alfa Romeo nel 1939.",
            "Il commendatore Enzo Ferrari incontrò i piloti a Maranello.",
            "Enzo Ferrari, il costruttore, rispose ai giornalisti.",
        ]
        var analyses: [String: ArticleAnalysis] = [:]
        let first = texts[0]
        let said = Self.entity("Vinceremo", .person, in: first).mentions[0].span
        var quote = ExtractedQuote(text: "Vinceremo", span: said, kind: .direct)
        quote.speakers = [QuoteSpeaker(surface: "il costruttore", entity: 1)]
        quote.targets = [0]
        analyses[first] = ArticleAnalysis(entities: [
            Self.entity("Ferrari", .location, in: first),
            Self.entity("Enzo Ferrari", .person, in: first, roles: ["costruttore"]),
        ], quotes: [quote])
        analyses[texts[1]] = ArticleAnalysis(entities: [Self.entity("Enzo Ferrari", .person, in: texts[1]),
                                                        Self.entity("Alfa Romeo", .organization, in: texts[1])])
        analyses[texts[2]] = ArticleAnalysis(entities: [Self.entity("Enzo Ferrari", .person, in: texts[2]),
                                                        Self.entity("Maranello", .location, in: texts[2])])
        analyses[texts[3]] = ArticleAnalysis(entities: [Self.entity("Enzo Ferrari", .person, in: texts[3],
                                                                    roles: ["costruttore"])])
        let lines = texts.enumerated().map { index, text in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "ferrari-\(index)", "lang": "it", "text": text],
                                                         options: [.sortedKeys]), as: UTF8.self)
        }
        let all = try folder.write("all.jsonl", lines.joined(separator: "\n") + "\n")
        let shards = [try folder.write("s0.jsonl", lines[0] + "\n"),
                      try folder.write("s1.jsonl", lines[1...].joined(separator: "\n") + "\n")]
        return (all, shards, GivenAnalyzer(analyses: analyses))
    }

    func testTwoEntitiesOfAnArticleOnOneEntityStayTwoRowsSoRelinkIsIdempotentAndMergeEqualsIngest() throws {
        let folder = try TemporaryFolder()
        let (all, shardInputs, analyzer) = try writeInputs(folder)
        let single = try QuotebaseDatabase(path: folder.path("single.sqlite"))
        _ = try Ingestor(database: single, analyzer: analyzer).ingest([all])

        let rows = try single.read { db in
            try Row.fetchAll(db, sql: """
                SELECT x.position, x.kind, x.name, x.roles, x.link, e.key FROM article_entities x
                JOIN articles a ON a.id = x.article_id JOIN entities e ON e.id = x.entity_id
                WHERE a.body LIKE 'A Ferrari%' ORDER BY x.position
                """).map { row in (0..<row.count).map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|") }
        }
        XCTAssertEqual(rows, [
            "0|\"location\"|\"Ferrari\"|\"\"|\"surname of the full name in the same article; read as location here, as a person in 4 of 5 articles\"|\"person:enzoferrari\"",
            "1|\"person\"|\"Enzo Ferrari\"|\"costruttore\"|\"full name\"|\"person:enzoferrari\"",
        ])
        let expected = try snapshot(single)

        // A relink finds the same evidence, so it changes nothing, twice.
        for _ in 0..<2 {
            let summary = try EntityLinker.relink(single)
            XCTAssertEqual([summary.relinked, summary.created, summary.removed, summary.forgotten], [0, 0, 0, 0])
            expected.assertEqual(to: try snapshot(single))
        }

        // Article 0 alone in a shard links its two readings apart (no majority there); merged, they join again.
        var shards: [String] = []
        for (index, input) in shardInputs.enumerated() {
            let shard = try QuotebaseDatabase(path: folder.path("shard\(index).sqlite"))
            _ = try Ingestor(database: shard, analyzer: analyzer).ingest([input])
            shards.append(shard.path)
        }
        let merged = try QuotebaseDatabase(path: folder.path("merged.sqlite"))
        _ = try ShardMerger(output: merged).merge(shards)
        expected.assertEqual(to: try snapshot(merged))
        // And a merge of the single database (where the two readings share an entity) reads both back.
        let again = try QuotebaseDatabase(path: folder.path("again.sqlite"))
        _ = try ShardMerger(output: again).merge([single.path])
        expected.assertEqual(to: try snapshot(again))
        try assertIntegrity(again)
    }

    /// The readings part again when new articles say the place is a place: each row goes back with its own
    /// entity, its mentions, speaker and roles with it.
    func testReadingsThatPartTakeTheirOwnRowsAlong() throws {
        let folder = try TemporaryFolder()
        let (all, _, analyzer) = try writeInputs(folder)
        let database = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        _ = try Ingestor(database: database, analyzer: analyzer).ingest([all])

        var more = analyzer
        var lines: [String] = []
        for index in 0..<4 {
            let text = "Il corteo passò per Ferrari, frazione numero \(index)."
            more.analyses[text] = ArticleAnalysis(entities: [Self.entity("Ferrari", .location, in: text)])
            lines.append(String(decoding: try JSONSerialization.data(
                withJSONObject: ["id": "place-\(index)", "lang": "it", "text": text], options: [.sortedKeys]), as: UTF8.self))
        }
        let places = try folder.write("places.jsonl", lines.joined(separator: "\n") + "\n")
        _ = try Ingestor(database: database, analyzer: more).ingest([places])

        let one = try QuotebaseDatabase(path: folder.path("one.sqlite"))
        _ = try Ingestor(database: one, analyzer: more).ingest([all, places])
        try snapshot(one).assertEqual(to: try snapshot(database))
        let mentions = try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT m.surface || ' → ' || e.key FROM mentions m JOIN articles a ON a.id = m.article_id
                JOIN entities e ON e.id = m.entity_id WHERE a.body LIKE 'A Ferrari%' ORDER BY m.start
                """)
        }
        XCTAssertEqual(mentions, ["Ferrari → location:ferrari", "Enzo Ferrari → person:enzoferrari"])
        try assertIntegrity(database)
    }
}
