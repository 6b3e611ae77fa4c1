import XCTest
@testable import QuotebaseCore

/// `ExtractedEntity.writtenName`: a target is printed as the article writes it, not as the gazetteer's English
/// canonical name. Constructed entities, and one constructed Italian article through the analyzer.
final class WrittenNameTests: XCTestCase {
    private func mention(_ surface: String, at start: Int) -> EntityMention {
        EntityMention(span: TextSpan(part: .body, start: start, end: start + surface.count), surface: surface)
    }

    func testAPlaceTheArticleNamesInItsOwnLanguage() {
        let milan = ExtractedEntity(name: "Milan", kind: .location, aliases: ["Milano", "milanese"],
                                    mentions: [mention("Milano", at: 10), mention("milanese", at: 40)])
        XCTAssertEqual(milan.writtenName(in: "it"), "Milano")
    }

    func testTheCanonicalNameWhenTheArticleWritesIt() {
        let eu = ExtractedEntity(name: "European Union", kind: .organization, aliases: ["EU"],
                                 mentions: [mention("EU", at: 0), mention("European Union", at: 30)])
        XCTAssertEqual(eu.writtenName(in: "fr"), "European Union")
    }

    func testTheFullestWrittenFormWinsOverAShortOne() {
        let eu = ExtractedEntity(name: "European Union", kind: .organization, aliases: ["Union", "Union européenne"],
                                 mentions: [mention("Union", at: 0), mention("Union", at: 20),
                                            mention("Union européenne", at: 50)])
        XCTAssertEqual(eu.writtenName(in: "fr"), "Union européenne")
    }

    func testAPersonKeepsTheCanonicalName() {
        let putin = ExtractedEntity(name: "Vladimir Putin", kind: .person, aliases: ["Putin"],
                                    mentions: [mention("Putin", at: 0)])
        XCTAssertEqual(putin.writtenName(in: "it"), "Vladimir Putin")
    }

    func testOnlyLowercaseMentionsLeaveTheCanonicalName() {
        let italy = ExtractedEntity(name: "Italy", kind: .country, aliases: ["italiano"],
                                    mentions: [mention("italiano", at: 0)])
        XCTAssertEqual(italy.writtenName(in: "it"), "Italy")
    }

    /// Reuters-21578 (NEWID 1895): "even from the Soviet Union" is written there only as "Soviet" and "Union"; in
    /// English the canonical name is the reader's.
    func testEnglishKeepsTheCanonicalName() {
        let soviets = ExtractedEntity(name: "Soviet Union", kind: .country, aliases: ["Soviet", "Union"],
                                      mentions: [mention("Soviet", at: 0), mention("Union", at: 20)])
        XCTAssertEqual(soviets.writtenName(in: "en"), "Soviet Union")
        XCTAssertEqual(soviets.writtenName(in: "it"), "Soviet")
    }

    func testExtractionRecordPrintsWrittenTargetsWithTheirEntity() throws {
        let body = "Il sindaco Mario Rossi ha parlato ieri in consiglio comunale. "
            + "«Dobbiamo aiutare Milano e Napoli», ha detto Mario Rossi."
        let article = Article(source: "constructed", lang: "it", body: body)
        let analysis = NewsAnalyzer().analyze(article)
        let record = ExtractionRecord(ReadArticle(name: "rossi.txt", article: article), analysis: analysis)
        let quote = try XCTUnwrap(record.quotes.first)
        XCTAssertEqual(Set(quote.about), ["Milano", "Napoli"], "\(quote)")
        XCTAssertEqual(Set(quote.about_how.map(\.entity)), ["Milan", "Naples"])
    }
}
