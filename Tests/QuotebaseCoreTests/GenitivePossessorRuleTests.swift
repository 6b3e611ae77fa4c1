import XCTest
@testable import QuotebaseCore

/// `GenitivePossessorRule`: "Berlins Innensenator Frank Henkel" names Henkel; the genitive before the role is its
/// possessor.
final class GenitivePossessorRuleTests: XCTestCase {
    func testThePlaceBeforeTheRole() {
        // German Wikinews train, de_train_646: the tagger took "Berlins" for a person.
        let body = "Als Schwerpunkte wurden die Stadtteile Nord-Neukölln und Kreuzberg ausgemacht. Berlins Innensenator "
            + "Frank Henkel erklärte dazu: „Diese Untersuchung soll einen Beitrag zur gesellschaftlichen Debatte über "
            + "linke Gewalt liefern.“ Insgesamt wurden 1.523 Delikte ausgewertet."
        let found = extractQuotes(body, lang: "de", known: [("Berlins", .person, ["Berlins"]),
                                                             ("Frank Henkel", .person, ["Frank Henkel"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Frank Henkel"])
    }

    func testThePersonBeforeTheRoleWhoSpokeBefore() {
        // de_train_426: Jelpke spoke before; her assistant speaks here.
        let body = "Ulla Jelpke kritisierte beispielsweise die Entscheidung der Fraktionsspitze. „Es besteht "
            + "Diskussionsbedarf“, sagte Jelpke. Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns hat deutlich "
            + "weniger Hemmungen, seine Sympathien für die kurdische Arbeiterpartei öffentlich zu zeigen: „Wir sind "
            + "der Meinung, dass die PKK einen völkerrechtlich legitimen Kampf führt.“"
        let found = extractQuotes(body, lang: "de", known: [("Ulla Jelpke", .person, ["Ulla Jelpke", "Jelpke", "Jelpkes"]),
                                                             ("Nick Brauns", .person, ["Nick Brauns"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Nick Brauns"])
    }
}
