import XCTest
@testable import QuotebaseCore

/// `GenitiveComplementRule`: a name inside a role's complement gives way to the holder named after it.
final class GenitiveComplementRuleTests: XCTestCase {
    func testTheMinistryWordTaggedAsAPerson() {
        // ANSA (it dev, it-ansa-urso-cna-pmi); the entity tagger took "Made" for a person, as the gold list says here.
        let body = "\"Per questo abbiamo creato il ministero delle Imprese e del Made in Italy\".\n\nCosì in un tweet il "
            + "ministro delle Imprese e del Made in Italy, Adolfo Urso, in occasione della sua partecipazione alla "
            + "direzione nazionale della Cna."
        let found = extractQuotes(body, known: [("Made", .person, ["Made"]), ("Adolfo Urso", .person, ["Adolfo Urso"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Adolfo Urso"])
    }

    func testASpeechNounStillNamesItsSpeaker() {
        // "le parole di X": a name after a speech noun is the speaker, not a complement.
        let body = "\"Non so cosa commentare\", le parole di Antonio Tajani a margine del seminario."
        let found = extractQuotes(body, known: [("Antonio Tajani", .person, ["Antonio Tajani"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Antonio Tajani"])
    }
}
