import XCTest
@testable import QuotebaseCore

/// Entities named inside the quote, and what is never one: an interjected speaker, a junk "name", the first person.
final class InsideQuoteTargetsTests: XCTestCase {
    /// Constructed, on the pattern of the issue: the speaker of an interjection inside the marks is not a target of
    /// his own words, whoever attribution picks.
    func testInterjectionSpanCoversTheInterjectedSpeaker() {
        let body = "«Il governo ha sbagliato – ha detto il ministro Mario Rossi – e Carpi ne paga il prezzo»."
        let text = QuoteText(body, part: .body)
        let spans = InsideQuoteTargets.interjections(in: text, from: 1, to: body.unicodeScalars.count - 2,
                                                     lexicon: SpeechCueLexicon.forLanguage("it"))
        XCTAssertEqual(spans.count, 1)
        let rossi = Array(body.unicodeScalars).firstIndex(of: "R")!
        XCTAssertTrue(spans[0].contains(rossi))
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Mario Rossi"]), ("Carpi", .location, ["Carpi"])])
        for targets in targetNames(found) { XCTAssertFalse(targets.contains("Mario Rossi")) }
        XCTAssertTrue(targetNames(found).contains { $0.contains("Carpi") })
    }

    /// Constructed: a dash aside with no speech verb is the speaker's own words and keeps its names.
    func testDashAsideWithoutSpeechVerbIsNoInterjection() {
        let body = "«Il treno – quello per Carpi – non arriva mai»."
        let text = QuoteText(body, part: .body)
        XCTAssertTrue(InsideQuoteTargets.interjections(in: text, from: 1, to: body.unicodeScalars.count - 2,
                                                       lexicon: SpeechCueLexicon.forLanguage("it")).isEmpty)
    }

    /// Dev article it-youtg-truzzu-sindaco-cagliari (title): "Subito", read as a name only where it opens the quote,
    /// is junk; Cagliari, named outside it, is no target of the words inside.
    func testSentenceInitialJunkNameIsNotATarget() {
        let title = "Cagliari, Truzzu sindaco: \"Subito pulizia straordinaria, poi città dello sviluppo\""
        let found = extractQuotes("Paolo Truzzu è il nuovo sindaco.", title: title,
                                  known: [("Paolo Truzzu", .person, ["Truzzu", "Paolo Truzzu"]),
                                          ("Subito", .location, ["Subito"])])
        XCTAssertFalse(targetNames(found).flatMap { $0 }.contains("Subito"))
    }

    /// Constructed: the same word used as a name elsewhere in the article is a real name.
    func testNameSeenInsideASentenceIsKept() {
        let body = "Ieri a Carpi c'era il mercato. Rossi ha detto: «Carpi merita di più»."
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Rossi"]), ("Carpi", .location, ["Carpi"])])
        XCTAssertEqual(targetNames(found), [["Carpi"]])
        XCTAssertEqual(targetSources(found), [[.inside]])
    }

    /// Dev article it-corriere-bologna-lepore-nuovo-sindaco: "nel nostro Paese" is the speaker's first person,
    /// not Italy; Europe, named, is.
    func testFirstPersonCountryIsNotATarget() {
        let body = "«Credo che da questa vittoria i progressisti e i democratici nel nostro Paese e in Europa trarranno "
            + "forza», afferma il candidato sindaco del centrosinistra a Bologna, Matteo Lepore. L'Italia vota."
        let found = extractQuotes(body, known: [("Matteo Lepore", .person, ["Matteo Lepore"]),
                                                ("Europe", .location, ["Europa"]), ("Italy", .country, ["Italia"]),
                                                ("Bologna", .location, ["Bologna"])])
        XCTAssertEqual(targetNames(found), [["Europe"]])
    }

    /// it.wikinews (KIND WN train, CC BY 2.5), an EU–Ukraine summit: "Ucraina" is written only after an elided
    /// article ("l'Ucraina", "«L'Ucraina"); a word after an article is a noun, not a junk word opening a clause.
    func testANameAfterAnElidedArticleIsNoJunkWord() {
        let body = "Il 9 settembre, all'Eliseo, si è tenuto un vertice tra l'Unione Europea e l'Ucraina, nonostante le "
            + "parole profuse dal presidente francese Nicolas Sarkozy, che ha detto: «L'Ucraina è un Paese europeo che "
            + "condivide con noi valori e storia»."
        let found = extractQuotes(body, known: [("Nicolas Sarkozy", .person, ["Nicolas Sarkozy"]),
                                                ("Ukraine", .country, ["Ucraina"]),
                                                ("European Union", .organization, ["Unione Europea"])])
        XCTAssertEqual(targetNames(found), [["Ukraine"]])
    }

    /// Reuters-21578 NEWID 13752 (research use): Spain, named only where it opens the quote, is a country the
    /// gazetteer knows, so no junk word.
    func testAKnownCountryOpeningTheQuoteIsATarget() {
        let body = "\"Spain is a big and relatively underdeveloped market,\" said John Smith of the bank."
        let found = extractQuotes(body, lang: "en", known: [("John Smith", .person, ["John Smith"]),
                                                            ("Spain", .country, ["Spain"])], roles: [:])
        XCTAssertEqual(targetNames(found), [["Spain"]])
    }
}
