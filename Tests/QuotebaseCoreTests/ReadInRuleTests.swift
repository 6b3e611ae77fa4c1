import XCTest
@testable import QuotebaseCore

/// `ReadInRule`: "«…», peut-on lire dans X" names the publication X.
final class ReadInRuleTests: XCTestCase {
    func testAPublicationTheEntityIndexKnows() {
        // Regards (fr dev, fr-regards-macronie-affaires-justice).
        let body = "Son directeur financier Alexandre Nardella – « premier responsable du parti centriste à être entendu "
            + "par les juges d’instruction chargés de l’enquête », peut-on lire dans Le Monde – est mis en examen."
        let found = extractQuotes(body, lang: "fr", known: [("Alexandre Nardella", .person, ["Alexandre Nardella"]),
                                                             ("Le Monde", .organization, ["Le Monde"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Le Monde"])
        XCTAssertEqual(found.quotes.first?.rule, .readIn)
    }

    func testAPublicationTheIndexMissedKeepsItsName() {
        // Regards (fr dev), the paragraph before.
        let body = "Le 4 décembre 2019, Marielle de Sarnez est mise en examen. « Au total, une douzaine de responsables "
            + "du Modem ont été mis en examen dans cette affaire », peut-on lire dans Les Échos. Par fair-play, nous "
            + "n’intégrons dans la Macronie que les capitaines de l’équipe."
        let found = extractQuotes(body, lang: "fr", known: [("Marielle de Sarnez", .person, ["Marielle de Sarnez"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Les Échos"])
    }
}
