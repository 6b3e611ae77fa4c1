import XCTest
@testable import QuotebaseCore

/// `RoleAppositionRule`: a role phrase before a name and a comma gives that person the role.
final class RoleAppositionRuleTests: XCTestCase {
    func testTheSpokesmanNamedInApposition() {
        // Agenzia Nova (it dev, it-agenzianova-hammouda-candidatura): Dabaiba is named after Hammouda.
        let body = "Il portavoce del Governo di unità nazionale della Libia, Mohamed Hammouda, ha smentito che il primo "
            + "ministro Abdelhamid Dabaiba lo abbia informato della sua intenzione di candidarsi alle prossime elezioni "
            + "presidenziali. \"Dabaiba non mi ha informato dell'annuncio ufficiale della sua candidatura alle elezioni "
            + "presidenziali\", ha detto il portavoce alla stampa."
        let found = extractQuotes(body, known: [("Mohamed Hammouda", .person, ["Mohamed Hammouda", "Hammouda"]),
                                                ("Abdelhamid Dabaiba", .person, ["Abdelhamid Dabaiba", "Dabaiba"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Mohamed Hammouda"])
    }

    func testTheHolderKeepsTheRoleOverANameLaterInTheSameSentence() {
        // Agenzia Nova (it dev, it-agenzianova-tajani-de-escalation): Galliani is named after Tajani, in his sentence.
        let body = "\"Una situazione certamente difficile, noi stiamo lavorando per la de-escalation\". Lo ha detto il "
            + "Ministro degli affari esteri e della cooperazione internazionale, Antonio Tajani, rispondendo alle domande "
            + "dei giornalisti a Monza dove si trova per sostenere la campagna elettorale di Adriano Galliani per le "
            + "suppletive del Senato. \"Dobbiamo fare in modo che la guerra non si allarghi al Libano\", ha aggiunto il "
            + "ministro."
        let found = extractQuotes(body, known: [("Antonio Tajani", .person, ["Antonio Tajani"]),
                                                ("Adriano Galliani", .person, ["Adriano Galliani"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Antonio Tajani"])
    }
}
