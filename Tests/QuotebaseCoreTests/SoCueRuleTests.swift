import XCTest
@testable import QuotebaseCore

/// `SoCueRule`: "„…“, so X." names the quote's speaker.
final class SoCueRuleTests: XCTestCase {
    func testSoAndAName() {
        // German Wikinews train, de_train_373 (2007): the judge is the sentence's subject, the words are Bader's.
        let body = "„Ich bin mir bewusst, dass das unentschuldbar ist“, sagte der Student. Doch die Richterin ließ "
            + "sich nicht darauf ein: Eine Bewährungsstrafe sei nicht vermittelbar, „wenn jemand betrunken einen "
            + "Radfahrer tötet“, so Ute Bader."
        let found = extractQuotes(body, lang: "de", known: [("Ute Bader", .person, ["Ute Bader"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Ute Bader"])
        XCTAssertEqual(found.quotes.last?.rule, .soCue)
    }

    func testSoAndARole() {
        // de_train_696 (2021): a role after "so".
        let body = "Der Leiter der Rettungsagentur, Bambang Suryo Aji, sagte vor der Presse, man habe Trümmer gefunden. "
            + "„Wir suchen weiter nach Überlebenden“, so der stellvertretende Chef der Behörde."
        let found = extractQuotes(body, lang: "de", known: [("Bambang Suryo Aji", .person, ["Bambang Suryo Aji"])])
        XCTAssertEqual(found.quotes.last?.rule, .soCue)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["der stellvertretende Chef der Behörde"])
    }

    func testNotSoDass() {
        let body = "„Wir sind bereit“, sagte Ute Bader. Die Lage sei „sehr ernst geworden“, so dass die Regierung handeln musste."
        let found = extractQuotes(body, lang: "de", known: [("Ute Bader", .person, ["Ute Bader"])])
        XCTAssertNotEqual(found.quotes.last?.rule, .soCue)
    }
}
