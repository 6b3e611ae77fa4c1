import XCTest
@testable import QuotebaseCore

/// Swift seeds its hashing per process, so Dictionary and Set order differ from run to run; extraction must not
/// depend on it. Two analyzers in one process share the seed, so this test compares against a recorded listing
/// of names instead: what a run in another process would have to reproduce.
final class DeterminismTests: XCTestCase {
    func testEntityOrderAndLinkingDoNotDependOnHashOrder() throws {
        // "Ospedale di Baggiovara" and "Ospedale Civile di Baggiovara" both contain "Baggiovara"; the lone word must
        // go to the name introduced first, whatever order a dictionary hands them out in.
        let body = "Il paziente è stato portato all'Ospedale di Baggiovara. Poi è stato trasferito all'Ospedale Civile "
            + "di Baggiovara, dove i medici di Baggiovara lo hanno operato. A Baggiovara tutti ne parlano."
        let article = Article(source: "constructed test", lang: "it", body: body)
        let runs = (0..<20).map { _ in EntityRecognizer().recognize(article).entities.map { "\($0.name)|\($0.aliases)" } }
        XCTAssertEqual(Set(runs.map { $0.joined(separator: ";") }).count, 1)
    }
}
