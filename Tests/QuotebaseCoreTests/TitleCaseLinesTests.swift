import XCTest
@testable import QuotebaseCore

/// `TitleCaseLines`: headline-case lines, where the tagger's spans neither widen nor add names. Constructed lines
/// in the style of the English news headlines the rule was written for.
final class TitleCaseLinesTests: XCTestCase {
    private func isTitleCase(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        return TitleCaseLines.isTitleCase(scalars[...])
    }

    /// Constructed: headline case, function words in lower case allowed.
    func testHeadlinesAreTitleCase() {
        XCTAssertTrue(isTitleCase("Former Mayor Jane Doe Says The Budget Is ‘Out Of Control’"))
        XCTAssertTrue(isTitleCase("Guns Are ‘A Public Health Crisis,’ Governor Tells the Convention."))
    }

    /// Constructed: a sentence of running text, a short label and an all-caps wire headline are not.
    func testRunningTextIsNotTitleCase() {
        XCTAssertFalse(isTitleCase("The mayor said the budget was out of control."))
        XCTAssertFalse(isTitleCase("Jane Doe"))
        XCTAssertFalse(isTitleCase("CHRYSLER RAISES CAR PRICES"))
    }

    /// Constructed: only the headline line of a text is found.
    func testRangesFindTheHeadlineLine() {
        let text = "Senator John Roe Tells Voters To Stay Home.\n\nSenator John Roe told voters on Monday to stay home."
        let scalars = Array(text.unicodeScalars)
        let ranges = TitleCaseLines.ranges(in: scalars)
        XCTAssertEqual(ranges.count, 1)
        XCTAssertEqual(ranges.first?.lowerBound, 0)
    }

    /// Constructed: the speech verb of a headline stays out of the speaker's name the body gives.
    func testHeadlineVerbIsNoPartOfAName() {
        let body = "Budget Is ‘Out Of Control,’ Governor Alice Whitfield Says.\n\n"
            + "Governor Alice Whitfield on Monday said the state budget was out of control. "
            + "“We cannot go on like this,” Whitfield said."
        let found = EntityRecognizer().recognize(Article(source: "test", title: nil, lang: "en", body: body)).entities
        XCTAssertFalse(found.contains { $0.name.hasSuffix("Says") }, "\(found.map(\.name))")
    }
}
