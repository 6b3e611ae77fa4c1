import XCTest
@testable import QuotebaseCore

/// `AbbreviationLinks`: "GM" after "General Motors" is a mention of General Motors, and nothing is linked on weaker
/// evidence.
final class AbbreviationLinksTests: XCTestCase {
    func testInitialsOfAnOrganization() {
        XCTAssertTrue(AbbreviationLinks.initialsForms(of: "General Motors Corp").isSuperset(of: ["GM", "GMC"]))
        XCTAssertTrue(AbbreviationLinks.initialsForms(of: "United Auto Workers").contains("UAW"))
        XCTAssertTrue(AbbreviationLinks.initialsForms(of: "Bank of England").isSuperset(of: ["BE", "BOE"]))
        XCTAssertEqual(AbbreviationLinks.initialsForms(of: "Pontiac"), [])
    }

    func testCapitalWordsSkipDottedAbbreviationsAndLongerWords() {
        let words = AbbreviationLinks.capitalWords(in: "GM and the U.S. told NASA, not GMAC-like Gmail or ABCDEFGH.")
        XCTAssertEqual(words.map(\.word), ["GM", "NASA"])
    }

    /// Reuters-21578 NEWID 11654 (research use; Fixtures/articles): the article names General Motors in full, then
    /// quotes an analyst on "GM".
    func testReutersArticleLinksGMToGeneralMotors() throws {
        let body = "General Motors Corp's labor strife will make talks tough, analysts said. \"There is a lot of "
            + "tension between the workers and GM,\" said one analyst. \"GM is acting as if they would welcome a "
            + "strike,\" said another, of the United Auto Workers' talks with General Motors."
        let entities = EntityRecognizer().recognize(Article(source: "test", lang: "en", body: body)).entities
        let gm = try XCTUnwrap(entities.first { $0.mentions.contains { $0.surface == "GM" } }, "\(entities)")
        XCTAssertTrue(gm.name.hasPrefix("General Motors"), gm.name)
        XCTAssertEqual(gm.mentions.filter { $0.surface == "GM" }.count, 2)
        XCTAssertFalse(entities.contains { $0.name == "GM" })
    }

    /// Constructed: two entities with the same initials link neither; an all-caps headline is skipped.
    func testAmbiguousInitialsAndShoutingPartsLinkNothing() {
        let entities = [
            ExtractedEntity(name: "General Motors", kind: .organization),
            ExtractedEntity(name: "Grupo Modelo", kind: .organization),
            ExtractedEntity(name: "Bank of England", kind: .organization),
        ]
        let out = AbbreviationLinks.apply(to: entities, texts: [(.body, "GM said so."), (.title, "BOE RAISES RATES")])
        XCTAssertTrue(out.allSatisfy { $0.mentions.isEmpty })
    }
}
