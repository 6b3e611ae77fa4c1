import XCTest
@testable import QuotebaseCore

/// `SpeechNounAfterRule`: "«Q», le parole del ministro X" names the speaker right after the quote.
final class SpeechNounAfterRuleTests: XCTestCase {
    func testTheWordsOfTheMinister() {
        // AGI (it dev, it-agi-tajani-invito-fondazione); "Esteri" was tagged as a person there too.
        let body = "AGI/Vista - “Non so cosa commentare. Mi pare fosse una fondazione privata che ha fatto l’invito”, le "
            + "parole del Ministro degli Affari Esteri e della Cooperazione Internazionale Antonio Tajani, a margine del "
            + "seminario “Una nuova strategia per il Mediterraneo”."
        let found = extractQuotes(body, known: [("Esteri", .person, ["Esteri"]),
                                                ("Antonio Tajani", .person, ["Antonio Tajani"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Antonio Tajani"])
        XCTAssertEqual(found.quotes.first?.rule, .nounAfter)
    }

    func testNotANounFurtherOn() {
        let body = "«Non so cosa commentare», ha detto ieri sera, tra le parole di circostanza, il sindaco."
        let found = extractQuotes(body)
        XCTAssertNotEqual(found.quotes.first?.rule, .nounAfter)
    }
}
