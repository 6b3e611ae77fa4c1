import XCTest
@testable import QuotebaseCore

/// German speaker phrases: common nouns the tagger took for people, subjects after the verb, titles before names.
/// Sentences from German Wikinews train (the uhh-lt quotation attribution corpus).
final class GermanAttributionTests: XCTestCase {
    func testACommonNounTakenForAPersonSpeaksForNoOne() {
        // de_train_015 (2005): "Woche" is no person, whatever the tagger says.
        let body = "Dagegen hält die Ministerin Renate Künast nichts von einem Verbot. Im Deutschlandfunk im Interview "
            + "der Woche sagte sie: „Ich war hinsichtlich des Verbots noch nie eine Befürworterin.“"
        let found = extractQuotes(body, lang: "de", known: [("Renate Künast", .person, ["Renate Künast"]),
                                                             ("Woche", .person, ["Woche"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Renate Künast"])
    }

    func testTheSubjectAfterTheVerbEndsAtItsNoun() {
        // de_train_093 (2005): "seine Entscheidung" is the object.
        let body = "„Gegen den Angriffskrieg bestanden gravierende rechtliche Bedenken“, begründet das Gericht seine "
            + "Entscheidung für den Freispruch."
        let found = extractQuotes(body, lang: "de")
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["das Gericht"])
    }

    func testAnAdverbialBeforeTheVerb() {
        // de_train_589 (2012): "Passend zu den Gefahren des Eises" is no subject.
        let body = "Passend zu den Gefahren des Eises warnte die Moderatorin eines Lokalsenders: „Bitte bleiben Sie "
            + "am Ufer!“"
        let found = extractQuotes(body, lang: "de")
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["die Moderatorin eines Lokalsenders"])
    }

    func testNachBeforeASpeechVerbIsTime() {
        // de_train_073 (2005).
        let body = "Nach der Kabinettssitzung sagte Bundesinnenminister Otto Schily: „Die neuen Pässe sind sicher.“"
        let found = extractQuotes(body, lang: "de", known: [("Otto Schily", .person, ["Otto Schily"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Otto Schily"])
    }

    func testTheSpeakerBeforeLautKeepsTheQuote() {
        // de_train_689 (2019): the outlet comes after "laut".
        let body = "„Wir werden den Brexit schaffen“, sagte Dominic Raab laut Spiegel Online."
        let found = extractQuotes(body, lang: "de", known: [("Dominic Raab", .person, ["Dominic Raab"]),
                                                             ("Spiegel Online", .organization, ["Spiegel Online"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Dominic Raab"])
    }

    func testATitleTakenForAPersonYieldsToTheName() {
        // de_train_135 (2006): the tagger made "Projektkoordinator" a person of its own.
        let body = "„Die Technik funktioniert“, erklärte Projektkoordinator Andreas Grassauer."
        let found = extractQuotes(body, lang: "de", known: [("Projektkoordinator", .person, ["Projektkoordinator"]),
                                                             ("Andreas Grassauer", .person, ["Andreas Grassauer"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Andreas Grassauer"])
    }

    func testAnAppositionWithoutItsClosingComma() {
        // de_train_365 (2007): the WWF is named inside the apposition; Singer is the subject.
        let body = "Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei „sehr deutlich“."
        let found = extractQuotes(body, lang: "de", known: [("Stephen Singer", .person, ["Stephen Singer"]),
                                                             ("WWF", .organization, ["WWF"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Stephen Singer"])
    }

    func testUndSharesTheFirstVerbsSubject() {
        // German Wikinews train, de_train_587: "erklärte" after "und" is Gillard's, not "ihr Land"'s.
        let body = "Nach Polizeiangaben waren die meisten der Passagiere Schüler. Australiens Ministerpräsidentin Julia "
            + "Gillard bezeichnete das Unglück als „große Tragödie“ und erklärte, ihr Land unterstütze seinen "
            + "nördlichen Nachbarn bei der Suche nach Überlebenden."
        let found = extractQuotes(body, lang: "de", known: [("Julia Gillard", .person, ["Julia Gillard"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Julia Gillard"])
    }

    func testALongerPersonAfterAnArticleIsANounPhrase() {
        // de_train_252: "des Nahen Ostens", tagged a person, is no speaker of Khan's quote.
        let body = "Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung "
            + "der Regierung bezüglich des Nahen Ostens. „Die gegenwärtige Politik wird als unfair angesehen.“"
        let found = extractQuotes(body, lang: "de", known: [("Sadiq Khan", .person, ["Sadiq Khan"]),
                                                             ("Nahen Ostens", .person, ["Nahen Ostens"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Sadiq Khan"])
    }

    func testTheWholePhraseBeforeTheVerb() {
        // German Wikinews train, de_train_653: the place belongs to the subject before the verb.
        let body = "Inzwischen wird auch dem Geschäftsführer des Vereins vorgeworfen, er habe seine Anhänger nicht im "
            + "Griff. Der Einsatzleiter der Polizei in Dortmund erklärte dazu: „Wir haben so etwas noch nicht erlebt.“"
        let found = extractQuotes(body, lang: "de", known: [("Dortmund", .location, ["Dortmund"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Der Einsatzleiter der Polizei in Dortmund"])
    }

    func testAPersonAfterThePrepositionStaysTheSpeaker() {
        let body = "Die Regierung tagte am Montag. Der Sprecher von Angela Merkel erklärte dazu: „Wir prüfen das.“"
        let found = extractQuotes(body, lang: "de", known: [("Angela Merkel", .person, ["Angela Merkel"])])
        XCTAssertNotEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Der Sprecher von Angela Merkel"])
    }
}
