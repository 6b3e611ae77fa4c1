import XCTest
@testable import QuotebaseCore

/// `QuestionAnswerRule`: an answer to an unquoted question is the interviewee's.
final class QuestionAnswerRuleTests: XCTestCase {
    // Gazzetta del Sud (it dev, it-gazzettadelsud-questore-capoluongo-commiato).
    let body = "Conferenza di commiato stamani per il questore di Messina Gennaro Capoluongo. Con i cronisti oggi ha "
        + "fatto il punto su questa esperienza. Al suo posto arriverà la dottoressa Gabriella Ioppolo.\n\n"
        + "La cosa di cui vado più fiero dell'esperienza a Messina? \"L'aver parlato con la gente, la cosa più "
        + "importante per me\". Sulla questora che gli subentrerà, la dottoressa Gabriella Ioppolo? \"Sono convinto "
        + "che viene a lavorare a Messina un eccellente funzionario\"."
    let known: [(name: String, kind: EntityKind, forms: [String])] = [
        ("Gennaro Capoluongo", .person, ["Gennaro Capoluongo"]), ("Gabriella Ioppolo", .person, ["Gabriella Ioppolo"])]

    func testTheFirstAnswerIsTheInterviewee() {
        let found = extractQuotes(body, known: known)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Gennaro Capoluongo"])
        XCTAssertEqual(found.quotes.first?.rule, .questionAnswer)
    }

    func testAPersonNamedInTheQuestionIsItsTopic() {
        let found = extractQuotes(body, known: known)
        XCTAssertEqual(found.quotes.count, 2)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Gennaro Capoluongo"])
    }
}
