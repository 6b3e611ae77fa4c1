import XCTest
@testable import QuotebaseCore

/// `CueBeforePronounRule`: "X sagte dazu: „…“ betont sie." — the pronoun is the subject named before the quote.
final class CueBeforePronounRuleTests: XCTestCase {
    func testThePronounAfterTheQuote() {
        // German Wikinews train, de_train_623: Abassi was quoted in the paragraph before.
        let body = "Houcine Abassi, der Generalsekretär des Gewerkschaftsverbandes, sagte gegenüber der "
            + "Nachrichtenagentur dpa: „Wir werden nicht zurückkehren zu Unterdrückung und Diktatur.“\n"
            + "Die Regierung will noch in diesem Jahr eine neue Verfassung verabschieden. Halima Jouini, "
            + "Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu gegenüber der ARD: „Frauen haben sich "
            + "gegen den Diktator Ben Ali gestellt.“ betont sie."
        let found = extractQuotes(body, lang: "de", known: [("Houcine Abassi", .person, ["Houcine Abassi"]),
                                                             ("Halima Jouini", .person, ["Halima Jouini"]),
                                                             ("ARD", .organization, ["ARD"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Halima Jouini"])
        XCTAssertEqual(found.quotes.last?.rule, .cueBeforePronoun)
    }

    func testNoCueBeforeLeavesThePronoun() {
        let body = "„Frauen haben sich gegen den Diktator gestellt“, sagte Halima Jouini. Die Regierung will eine "
            + "neue Verfassung. „Die Rechte der Frauen müssen geschützt werden“, betont sie."
        let found = extractQuotes(body, lang: "de", known: [("Halima Jouini", .person, ["Halima Jouini"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Halima Jouini"])
        XCTAssertNotEqual(found.quotes.last?.rule, .cueBeforePronoun)
    }
}
