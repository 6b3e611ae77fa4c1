import XCTest
@testable import QuotebaseCore

/// `DocumentSourceRule`: "heißt es in …" gives the quote to the document or source after the preposition.
final class DocumentSourceRuleTests: XCTestCase {
    func testAPressRelease() {
        // German Wikinews train, de_train_477.
        let body = "Der „Chaos Computer Club“ (CCC) fordert als Reaktion auf den Vorfall bundeseinheitliche "
            + "Nummernschilder für Polizisten. „Werden von Polizisten begangene Straftaten nicht mit der selben Härte "
            + "verfolgt, leidet das Vertrauen in den Rechtsstaat“ heißt es dazu in einer Pressemitteilung des CCC."
        let found = extractQuotes(body, lang: "de", known: [("Chaos Computer Club", .organization, ["Chaos Computer Club", "CCC"])])
        XCTAssertEqual(found.quotes.last?.rule, .documentSource)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["einer Pressemitteilung des CCC"])
    }

    func testASourceBeforeTheQuote() {
        // de_train_556.
        let body = "Das Weiße Haus verlangte einen umgehenden Rückzug der sudanesischen Regierungstruppen. Aus Paris "
            + "hieß es, das Vorgehen Khartums sei „eine schwerwiegende Verletzung“ des Friedensabkommens."
        let found = extractQuotes(body, lang: "de", known: [("Paris", .location, ["Paris"]),
                                                             ("Weiße Haus", .organization, ["Weiße Haus"])])
        XCTAssertEqual(found.quotes.first?.rule, .documentSource)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Paris"])
    }

    func testAnOrderWithADateInside() {
        // de_train_536: "am 14. Dezember 2010" does not end the sentence the preposition opens.
        let body = "Im letzten Satz der Anordnung (Subpoena), die Twitter bereits am 14. Dezember 2010 zugestellt wurde, "
            + "heißt es: „Twitter darf die Existenz dieser Entscheidung nicht enthüllen.“"
        let found = extractQuotes(body, lang: "de", known: [("Twitter", .organization, ["Twitter"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["letzten Satz der Anordnung (Subpoena)"])
    }

    func testTheSpeechOfSomeoneNamed() {
        // de_train_203: "die Rede" is Harper's speech, read by the governor general.
        let body = "In seiner „Thronrede“ mahnte Stephen Harper zu einem verantwortungsvollen Haushalt. „Änderungen in "
            + "einem Minderheitenparlament voran zu treiben bedeutet zusammenzuarbeiten“, hieß es in der Rede."
        let found = extractQuotes(body, lang: "de", known: [("Stephen Harper", .person, ["Stephen Harper"])])
        XCTAssertNotEqual(found.quotes.last?.rule, .documentSource)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Stephen Harper"])
    }
}
