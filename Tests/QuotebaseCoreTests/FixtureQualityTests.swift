import Foundation
import XCTest
@testable import QuotebaseCore

/// Scores the extractor on the hand-checked dev set in Fixtures/ with the same logic as `../shared/eval/score.py`,
/// and fails when a figure drops below its floor. Floors sit a little under the measured figures (see the README),
/// so a regression cannot land; raise them when extraction improves.
final class FixtureQualityTests: XCTestCase {
    struct Floors {
        var quoteF1: Double
        var speakerAccuracy: Double
        var quoteSpeakerF1: Double
        var entityRecall: Double
        var entityPrecision: Double
    }

    static let floors: [String: Floors] = [
        // Measured on 2026-11-26: it 1.000 / 0.925 / 0.925 / 0.961 / 0.931; en 1.000 / 0.980 / 0.980 / 0.953 / 0.960.
        "it": Floors(quoteF1: 0.97, speakerAccuracy: 0.90, quoteSpeakerF1: 0.88, entityRecall: 0.93, entityPrecision: 0.90),
        "en": Floors(quoteF1: 0.97, speakerAccuracy: 0.95, quoteSpeakerF1: 0.93, entityRecall: 0.93, entityPrecision: 0.93),
        // Wikinews articles (Fixtures/articles/README-multilingual.md), measured 2026-11-26: de 1.000 / 1.000 / 1.000 /
        // 0.588 / 0.917 (1 quote only); es entities 0.300 / 0.500 (no quotes in its one article, so no quote floors).
        "de": Floors(quoteF1: 0.95, speakerAccuracy: 0.95, quoteSpeakerF1: 0.95, entityRecall: 0.55, entityPrecision: 0.85),
        "es": Floors(quoteF1: 0, speakerAccuracy: 0, quoteSpeakerF1: 0, entityRecall: 0.28, entityPrecision: 0.45),
    ]

    func testDevSetQualityStaysAboveFloors() throws {
        let scorer = try Self.scoreFixtures()
        for line in scorer.log { print(line) }
        for (lang, figures) in scorer.byLanguage.sorted(by: { $0.key < $1.key }) { print("\(lang): \(figures)") }
        try Self.assertAbove(Self.floors, scorer)
    }

    /// Fails for every figure of every language in `floors` that the scorer puts below its floor.
    static func assertAbove(_ floors: [String: Floors], _ scorer: GoldScorer,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        for (lang, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let f = try XCTUnwrap(scorer.byLanguage[lang], "no \(lang) articles", file: file, line: line)
            XCTAssertGreaterThanOrEqual(f.quoteF1, floor.quoteF1, "\(lang) quote F1", file: file, line: line)
            XCTAssertGreaterThanOrEqual(f.speakerAccuracy, floor.speakerAccuracy, "\(lang) speaker accuracy", file: file, line: line)
            XCTAssertGreaterThanOrEqual(f.quoteSpeakerF1, floor.quoteSpeakerF1, "\(lang) quote+speaker F1", file: file, line: line)
            XCTAssertGreaterThanOrEqual(f.entityRecall, floor.entityRecall, "\(lang) entity recall", file: file, line: line)
            XCTAssertGreaterThanOrEqual(f.entityPrecision, floor.entityPrecision, "\(lang) entity precision", file: file, line: line)
        }
    }

    func testScorerPortAgreesWithScorePyOnKnownCases() {
        XCTAssertEqual(GoldScorer.norm("L’Élysée, “più” sì!"), "l'elysee piu si")
        XCTAssertTrue(GoldScorer.quoteMatch("Istituita difesa comune", "“Istituita difesa comune”"))
        XCTAssertTrue(GoldScorer.quoteMatch("infondate e stupide", "sono infondate e stupide"))
        XCTAssertFalse(GoldScorer.quoteMatch("infondate e stupide", "tali insinuazioni sono infondate e stupide"))
        let gold: [String: Any] = ["speakers": ["Vladimir Putin"]]
        XCTAssertTrue(GoldScorer.speakerOK(gold, "Putin", []))
        XCTAssertFalse(GoldScorer.speakerOK(gold, "Lukashenko", []))
    }

    /// Runs `NewsAnalyzer` over every gold file's article and scores it. An article is looked up in each of
    /// `articleFolders` in turn (the held-out set points at saved pages in Fixtures/html).
    static func scoreFixtures(gold goldFolder: URL = fixturesFolder.appendingPathComponent("gold"),
                              articles articleFolders: [URL] = [fixturesFolder.appendingPathComponent("articles")]) throws -> GoldScorer {
        let analyzer = NewsAnalyzer()
        var scorer = GoldScorer()
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: goldFolder.appendingPathComponent(file))) as? [String: Any])
            let name = try XCTUnwrap(gold["file"] as? String)
            let path = try XCTUnwrap(articleFolders.map { $0.appendingPathComponent(name).path }
                .first { FileManager.default.fileExists(atPath: $0) }, "no article for \(name)")
            let (articles, failures) = try readArticles([path])
            XCTAssertEqual(failures, [], name)
            let read = try XCTUnwrap(articles.first, name)
            let record = ExtractionRecord(read, analysis: analyzer.analyze(read.article))
            let predicted = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
            scorer.add(gold: gold, predicted: predicted)
        }
        return scorer
    }
}

/// The held-out set in Fixtures/holdout, annotated blind and never used to tune rules: the honest estimate of
/// how extraction does on articles it has not seen. Its floors only stop regressions; do not tune rules on it.
final class HoldoutQualityTests: XCTestCase {
    // Measured on 2026-11-26: en 0.937 / 0.784 / 0.734 / 0.790 / 0.881; it 0.945 / 0.962 / 0.909 / 0.788 / 0.812
    // (es and fr have one page each: printed, not held).
    // 2026-12-04: the seven pages taken from mozilla/readability's test pages (reserved for blind evaluation) left
    // the set; English is now 6 Reuters articles, 14 quotes: 1.000 / 0.643 / 0.643 / 0.857 / 0.914, the same with the
    // build before this change, so the English floors follow the smaller set.
    static let floors: [String: FixtureQualityTests.Floors] = [
        "en": .init(quoteF1: 0.90, speakerAccuracy: 0.60, quoteSpeakerF1: 0.60, entityRecall: 0.80, entityPrecision: 0.85),
        "it": .init(quoteF1: 0.90, speakerAccuracy: 0.90, quoteSpeakerF1: 0.85, entityRecall: 0.76, entityPrecision: 0.79),
    ]

    func testHoldoutQualityStaysAboveFloors() throws {
        let holdout = fixturesFolder.appendingPathComponent("holdout")
        let scorer = try FixtureQualityTests.scoreFixtures(
            gold: holdout.appendingPathComponent("gold"),
            articles: [holdout.appendingPathComponent("articles"), fixturesFolder.appendingPathComponent("html")])
        for line in scorer.log { print("holdout", line) }
        for (lang, figures) in scorer.byLanguage.sorted(by: { $0.key < $1.key }) { print("holdout \(lang): \(figures)") }
        try FixtureQualityTests.assertAbove(Self.floors, scorer)
    }
}
