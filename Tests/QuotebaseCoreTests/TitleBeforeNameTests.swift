import XCTest
@testable import QuotebaseCore

/// Titles before a name, through the whole pipeline (recognizer, then attribution): the title is neither part of
/// the name nor the speaker. Constructed sentences in the style of US political news (titles as that press writes
/// them; the names are made up).
final class TitleBeforeNameTests: XCTestCase {
    private func speakers(_ body: String) -> (speakers: [String], entities: [String]) {
        let article = Article(source: "constructed", lang: "en", body: body)
        let entities = EntityRecognizer().recognize(article)
        let quotes = QuoteExtractor().extract(from: article, entities: entities)
        let names = quotes.map { q in
            q.speakers.first.map { $0.entity.map { entities.entities[$0].name } ?? $0.surface } ?? "-"
        }
        return (names, entities.entities.map(\.name))
    }

    func testAnAbbreviatedTitleIsNotAPerson() {
        let found = speakers("\"The caucuses are about expectations,\" said Gov. Terrence B. Holm of Iowa, a Republican.")
        XCTAssertEqual(found.speakers, ["Terrence B. Holm"])
        XCTAssertFalse(found.entities.contains("Gov"), "\(found.entities)")
    }

    func testATitleAfterAnAdjectiveEndsTheRunBeforeTheName() {
        let found = speakers("Methodist Rev. Daniel Okafor said the city lost \"a voice for the voiceless.\"")
        XCTAssertEqual(found.speakers, ["Daniel Okafor"])
        XCTAssertFalse(found.entities.contains { $0.hasSuffix("Rev") }, "\(found.entities)")
    }

    func testATitleWithOfBeforeTheNameLeavesTheNameAsSubject() {
        // "State" is also a speech verb: capitalized inside the title, it is a word of the title.
        let found = speakers("Former Secretary of State Miriam Castell urged voters to turn out, saying, \"Every vote counts.\"")
        XCTAssertEqual(found.speakers, ["Miriam Castell"])
    }

    func testASurnameThatIsATitlesKeyStaysInTheName() {
        let found = speakers("\"Growth is freedom,\" said Amartya Sen.")
        XCTAssertEqual(found.speakers, ["Amartya Sen"])
    }
}
