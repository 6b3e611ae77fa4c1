import GRDB
import XCTest
@testable import QuotebaseCore

/// Migration 0010: each stored target keeps how it was found and a confidence; `quotes --about`, `who --about` and
/// `network` can ask for sure targets only; rows stored before keep NULL and always count.
final class TargetProvenanceStorageTests: XCTestCase {
    /// Constructed: one quote by Mario Rossi about Modena (inside the quote, 0.9) and Carpi (a partial-quote
    /// subject, 0.65).
    private func stored() throws -> (QuotebaseDatabase, Int64, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let body = "Mario Rossi su Carpi: «Modena vince sempre»."
        func entity(_ name: String, _ kind: EntityKind, at start: Int) -> ExtractedEntity {
            ExtractedEntity(name: name, kind: kind,
                            mentions: [EntityMention(span: TextSpan(start: start, end: start + name.count), surface: name)])
        }
        let quote = ExtractedQuote(text: "Modena vince sempre", span: TextSpan(start: 23, end: 42), kind: .direct,
                                   speakers: [QuoteSpeaker(surface: "Mario Rossi", entity: 0)], targets: [1, 2],
                                   targetEvidence: [TargetEvidence(how: .inside, confidence: 0.9),
                                                    TargetEvidence(how: .partial, confidence: 0.65)])
        let analysis = ArticleAnalysis(entities: [entity("Mario Rossi", .person, at: 0), entity("Modena", .location, at: 23),
                                                  entity("Carpi", .location, at: 15)], quotes: [quote])
        let id = try db.write { db -> Int64 in
            guard case .inserted(let id) = try ArticleStore.insert(Article(source: "s", lang: "it", body: body),
                                                                   analysis: analysis, in: db) else {
                throw QuotebaseError(.malformedInput, "test", "not inserted")
            }
            return id
        }
        return (db, id, folder)
    }

    func testHowAndConfidenceAreStoredAndReadBack() throws {
        let (db, id, _folder) = try stored()
        _ = _folder
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.name, t.how, t.confidence FROM quote_targets t JOIN entities e ON e.id = t.entity_id ORDER BY e.name
                """)
        }
        XCTAssertEqual(rows.map { $0[0] as String }, ["Carpi", "Modena"])
        XCTAssertEqual(rows.map { $0[1] as String }, ["partial", "inside"])
        XCTAssertEqual(rows.map { $0[2] as Double }, [0.65, 0.9])
        let read = try db.read { db in try AnalysisReader.analysis(articleID: id, in: db) }
        let quote = try XCTUnwrap(read.quotes.first)
        let names = quote.targets.map { read.entities[$0].name }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(names, quote.targets.indices.map { quote.evidence(ofTarget: $0) })),
                       ["Modena": TargetEvidence(how: .inside, confidence: 0.9),
                        "Carpi": TargetEvidence(how: .partial, confidence: 0.65)])
    }

    func testTheSchemaRefusesAnUnknownHowOrAConfidenceOutOfRange() throws {
        let (db, _, _folder) = try stored()
        _ = _folder
        XCTAssertThrowsError(try db.write { db in try db.execute(sql: "UPDATE quote_targets SET how = 'guess'") })
        XCTAssertThrowsError(try db.write { db in try db.execute(sql: "UPDATE quote_targets SET confidence = 1.5") })
    }

    func testQueriesCanAskForSureTargetsOnly() throws {
        let (db, _, _folder) = try stored()
        _ = _folder
        let ids = try db.read { db in
            (try EntityResolver.resolve("Carpi", option: "--about", allMatches: false, in: db),
             try EntityResolver.resolve("Mario Rossi", option: "--speaker", allMatches: false, in: db))
        }
        XCTAssertEqual(try db.quotes(QuoteFilter(about: ids.0)).count, 1)
        XCTAssertEqual(try db.quotes(QuoteFilter(about: ids.0, minimumTargetConfidence: 0.7)).count, 0)
        XCTAssertEqual(try db.quotes(QuoteFilter(speakers: ids.1, about: ids.0, minimumTargetConfidence: 0.6)).count, 1)
        XCTAssertEqual(try db.quotes(QuoteFilter(speakers: ids.1, about: ids.0, minimumTargetConfidence: 0.7)).count, 0)
        XCTAssertEqual(try db.speakers(about: ids.0).map(\.speaker), ["Mario Rossi"])
        XCTAssertEqual(try db.speakers(about: ids.0, minimumTargetConfidence: 0.7).count, 0)
        XCTAssertEqual(Set(try db.network().map(\.target)), ["Carpi", "Modena"])
        XCTAssertEqual(try db.network(minimumTargetConfidence: 0.7).map(\.target), ["Modena"])
        // A row stored before schema 10 has no confidence and always counts.
        try db.write { db in try db.execute(sql: "UPDATE quote_targets SET how = NULL, confidence = NULL") }
        XCTAssertEqual(try db.quotes(QuoteFilter(about: ids.0, minimumTargetConfidence: 0.99)).count, 1)
    }
}
