import XCTest
@testable import QuotebaseCore

/// `ModifierNameRule`: a person named as the modifier of an apposition's head noun is not the speaker. Constructed
/// sentences in the style of the US political news the rule was written for.
final class ModifierNameRuleTests: XCTestCase {
    private let people: [(String, EntityKind, [String])] = [("Jane Roe", .person, ["Roe"]), ("John Doe", .person, ["Doe"])]

    func testThePersonTheAppositionDescribesSpeaks() {
        // Constructed: "Doe’s campaign manager" describes Roe.
        let body = "“The numbers put our campaign on pace,” Jane Roe, Doe’s campaign manager, said in a statement."
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Jane Roe"])
    }

    func testAnIndefiniteApposition() {
        // Constructed: "a longtime Doe supporter" before the verb.
        let body = "Jane Roe, a longtime Doe supporter, said the plan was “a serious proposal.”"
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Jane Roe"])
    }

    func testAPersonAtTheHeadOfTheSegmentStillSpeaks() {
        // Constructed: the segment next to the verb names its own head, the person.
        let body = "At the rally, the campaign’s new spokesman, John Doe, said the race was “far from over.”"
        let found = extractQuotes(body, lang: "en", known: people)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["John Doe"])
    }
}
