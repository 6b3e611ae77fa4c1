import XCTest
@testable import QuotebaseCore

/// `HeadlineNames`: a name read with the verbs of a headline-case line. Constructed texts in the style of the
/// English political news headlines the step was written for.
final class HeadlineNamesTests: XCTestCase {
    private func mention(_ text: String, _ surface: String, from: Int = 0) -> EntityMention {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(surface.unicodeScalars)
        let start = (from...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return EntityMention(span: TextSpan(part: .body, start: start, end: start + needle.count), surface: surface)
    }

    private func part(_ text: String) -> [TaggedNames.TaggedPart] {
        [TaggedNames.TaggedPart(part: .body, scalars: Array(text.unicodeScalars), spans: nil)]
    }

    /// Constructed: the headline run holds a person the body names whole; the two are one person.
    func testHeadlineRunJoinsThePersonTheBodyNames() {
        let text = "Party Veteran Alice Whitfield Endorses Local Candidate.\n\n"
            + "Alice Whitfield on Friday backed the mayor. “He is the best choice,” Whitfield wrote."
        let run = ExtractedEntity(name: "Veteran Alice Whitfield Endorses", kind: .organization,
                                  mentions: [mention(text, "Veteran Alice Whitfield Endorses"), mention(text, "Whitfield", from: 60)])
        let person = ExtractedEntity(name: "Alice Whitfield", kind: .person, mentions: [mention(text, "Alice Whitfield", from: 50)])
        let out = HeadlineNames.apply(to: [run, person], parts: part(text))
        XCTAssertEqual(out.map(\.name), ["Alice Whitfield"])
        XCTAssertEqual(out.first?.mentions.count, 3)
    }

    /// Constructed: with no person named whole, the entity takes the running text's fullest form.
    func testHeadlineRunTakesTheBodysForm() {
        let text = "Senator Roe Scores Direct Hit On Rival.\n\n“That is not conservative,” Roe said."
        let run = ExtractedEntity(name: "Roe Scores Direct Hit", kind: .person,
                                  mentions: [mention(text, "Roe Scores Direct Hit"), mention(text, "Roe", from: 40)])
        XCTAssertEqual(HeadlineNames.apply(to: [run], parts: part(text)).map(\.name), ["Roe"])
    }

    /// Constructed: two people in one headline run; the body's mention says which one the run's entity is.
    func testOfTwoPeopleTheBodysMentionDecides() {
        let text = "Chris Doe Calls Mary Roe ‘A Disgrace’ Over Remarks.\n\nMary Roe spoke on Tuesday."
        let run = ExtractedEntity(name: "Chris Doe Calls Mary Roe", kind: .organization,
                                  mentions: [mention(text, "Chris Doe Calls Mary Roe"), mention(text, "Mary Roe", from: 40)])
        let chris = ExtractedEntity(name: "Chris Doe", kind: .person, mentions: [])
        let mary = ExtractedEntity(name: "Mary Roe", kind: .person, mentions: [])
        let out = HeadlineNames.apply(to: [run, chris, mary], parts: part(text))
        XCTAssertEqual(out.first { $0.name == "Mary Roe" }?.mentions.count, 2)
        XCTAssertEqual(out.first { $0.name == "Chris Doe" }?.mentions.count, 0)
    }

    /// Constructed: a name in running text is left alone.
    func testNamesOutsideHeadlinesStay() {
        let text = "The mayor met Alice Whitfield Endorses on Monday, officials said."
        let e = ExtractedEntity(name: "Alice Whitfield Endorses", kind: .person, mentions: [mention(text, "Alice Whitfield Endorses")])
        XCTAssertEqual(HeadlineNames.apply(to: [e], parts: part(text)), [e])
    }
}
