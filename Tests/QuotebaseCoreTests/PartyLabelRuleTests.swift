import XCTest
@testable import QuotebaseCore

/// `PartyLabelRule`: the name a US party label closes is the subject of the speech verb after it. Constructed
/// sentences in the style of the US political news the rule was written for.
final class PartyLabelRuleTests: XCTestCase {
    private let people: [(String, EntityKind, [String])] = [("Jane Roe", .person, ["Roe"]), ("John Doe", .person, ["Doe"])]

    func testTheLabelledNameSpeaks() {
        // Constructed: the name after the verb is the reported clause's subject, not an inverted speaker.
        let body = "At a rally on Monday, Doe’s primary rival Sen. Jane Roe (R-Fla.) said Doe is “a con artist.”"
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Jane Roe"])
        XCTAssertEqual(found.quotes.first?.rule, .partyLabel)
    }

    func testATimePhraseOrACommaSegmentMayFollowTheLabel() {
        // Constructed.
        let body = "Rep. Jane Roe (D-N.Y.) last week told reporters that Doe had been “a disaster for the party.”"
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Jane Roe"])
        let relative = "Sen. Jane Roe (D-Mo.), who has endorsed Doe, said the campaign had been “a long slog.”"
        let second = extractQuotes(relative, lang: "en", known: people)
        XCTAssertEqual(second.quotes.first.map { speakerNames($0, second.entities) }, ["Jane Roe"])
        XCTAssertEqual(second.quotes.first?.rule, .partyLabel)
    }

    func testNotTheObjectOfAPreposition() {
        // Constructed: the labelled name is the object of "worked for"; the rule leaves the sentence alone.
        let body = "John Doe, a professor who once worked for Sen. Jane Roe (R-Tenn.), one of the bill’s architects, "
            + "said the law was “a mess.”"
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertNotEqual(found.quotes.first?.rule, .partyLabel)
    }

    func testPartyLabels() {
        for label in ["R-Fla.", "D-N.Y", "I-Vt.", "R-Texas", "D-S.C."] {
            XCTAssertTrue(QuoteAttributor.isPartyLabel(Array(label.unicodeScalars)[...]), label)
        }
        for label in ["AP", "R-", "Reuters", "d-ny", "2016"] {
            XCTAssertFalse(QuoteAttributor.isPartyLabel(Array(label.unicodeScalars)[...]), label)
        }
    }
}
