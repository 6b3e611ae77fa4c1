import XCTest
@testable import QuotebaseCore

/// `ReflexiveSpeechVerb`: "zeigte sich X zufrieden" reports speech; "zeigt" alone does not.
final class ReflexiveSpeechVerbTests: XCTestCase {
    func testZeigteSichAfterTheQuote() {
        // German Wikinews train, de_train_513.
        let body = "Das vom italienischen Schiedsrichter Roberto Rosetti geleitete Spiel verfolgten 34.812 Zuschauer. "
            + "„Wir haben jetzt vier Punkte und brauchen gegen Deutschland nur noch ein Unentschieden“, zeigte sich "
            + "Milovan Rajevac, der Trainer Ghanas nach dem Spiel zufrieden."
        let found = extractQuotes(body, lang: "de", known: [("Roberto Rosetti", .person, ["Roberto Rosetti"]),
                                                             ("Milovan Rajevac", .person, ["Milovan Rajevac"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Milovan Rajevac"])
        XCTAssertEqual(found.quotes.last?.rule, .verbAfter)
    }

    func testZeigtWithoutSichIsNoCue() {
        let body = "„Wir bleiben hier“, sagte Roberto Rosetti. Ein Video zeigt Demonstranten vor dem Parlament, die "
            + "„Freiheit“ rufen."
        let found = extractQuotes(body, lang: "de", known: [("Roberto Rosetti", .person, ["Roberto Rosetti"])])
        XCTAssertNotEqual(found.quotes.last?.cue, "zeigt")
    }
}
