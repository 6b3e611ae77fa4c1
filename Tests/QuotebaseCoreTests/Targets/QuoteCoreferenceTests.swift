import XCTest
@testable import QuotebaseCore

/// Descriptions inside a quote resolved to the one entity of their kind named nearby, and roles the article gives
/// one person.
final class QuoteCoreferenceTests: XCTestCase {
    /// Dev article it-youtg-truzzu-sindaco-cagliari: "La città" is Cagliari, named in the sentence before.
    func testTheCityIsTheCityNamedBefore() {
        let body = "Sono le prime parole di Paolo Truzzu, nuovo sindaco di Cagliari. Che annuncia anche il primo atto "
            + "subito dopo l'insediamento: \"La città è molto sporca: faremo una pulizia straordinaria\"."
        let found = extractQuotes(body, known: [("Paolo Truzzu", .person, ["Paolo Truzzu"]),
                                                ("Cagliari", .location, ["Cagliari"])])
        XCTAssertEqual(targetNames(found), [["Cagliari"]])
        XCTAssertEqual(targetSources(found), [[.coreference]])
    }

    /// Constructed: two cities named before, "la città" could mean either, so it resolves to none.
    func testAmbiguousDescriptionStaysUnresolved() {
        let body = "Mario Rossi ha lasciato Modena per Carpi. Ha detto: \"La città mi ha accolto bene\"."
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Mario Rossi"]),
                                                ("Modena", .location, ["Modena"]), ("Carpi", .location, ["Carpi"])])
        XCTAssertEqual(targetNames(found), [[]])
    }

    /// Dev article fr-radio-prague-prymula-demission (entities reduced to the two people, the attribution moved
    /// before the quote): "le Premier ministre" is Andrej Babiš, the one person the article calls so.
    func testRoleHeldByOnePerson() {
        let body = "Andrej Babiš a parlé hier. Roman Prymula a déclaré : « Je n'ai pas l'intention de démissionner. "
            + "Evidemment, le Premier ministre peut décider de ma révocation. »"
        let found = extractQuotes(body, lang: "fr", known: [("Andrej Babiš", .person, ["Andrej Babiš"]),
                                                           ("Roman Prymula", .person, ["Roman Prymula"])],
                                  roles: ["Andrej Babiš": ["Premier ministre"], "Roman Prymula": ["ministre de la Santé"]])
        XCTAssertEqual(found.quotes.map { speakerNames($0, found.entities) }, [["Roman Prymula"]])
        XCTAssertEqual(targetNames(found), [["Andrej Babiš"]])
        XCTAssertEqual(targetSources(found), [[.coreference]])
    }

    /// Constructed: the company named in the sentence is what "the company" means inside the quote.
    func testTheCompany() {
        let body = "John Smith met Chrysler executives on Monday. He said: \"The company will not sell the plant\"."
        let found = extractQuotes(body, lang: "en", known: [("John Smith", .person, ["John Smith"]),
                                                           ("Chrysler", .organization, ["Chrysler"])])
        XCTAssertEqual(targetNames(found), [["Chrysler"]])
        XCTAssertEqual(targetSources(found), [[.coreference]])
    }

    /// Constructed: a pronoun inside the quote is the one person other than the speaker named in its sentence.
    func testPronounResolvedWithinTheSentence() {
        let body = "Mario Rossi ha ricordato così l'amico Luca Bianchi: «Lui era sempre il primo ad arrivare»."
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Mario Rossi"]),
                                                ("Luca Bianchi", .person, ["Luca Bianchi"])])
        XCTAssertEqual(found.quotes.map { speakerNames($0, found.entities) }, [["Mario Rossi"]])
        XCTAssertEqual(targetNames(found), [["Luca Bianchi"]])
        XCTAssertEqual(targetSources(found), [[.coreference]])
    }

    /// Constructed: two people it could mean, so the pronoun stays unresolved (TARGETS.md D).
    func testPronounWithTwoCandidatesStaysUnresolved() {
        let body = "Mario Rossi ha ricordato Luca Bianchi e Paolo Verdi: «Lui era sempre il primo ad arrivare»."
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Mario Rossi"]),
                                                ("Luca Bianchi", .person, ["Luca Bianchi"]),
                                                ("Paolo Verdi", .person, ["Paolo Verdi"])])
        XCTAssertEqual(targetNames(found), [[]])
    }
}
