import XCTest
@testable import QuotebaseCore

/// `RelativeAntecedentRule`: a speech verb in a relative clause speaks for the person the pronoun follows.
final class RelativeAntecedentRuleTests: XCTestCase {
    func testTheAntecedentOfWhoSpeaks() {
        // PolNeAR train, pn_train_410.txt (Politico, 2016): Cruz was named before, Lee is the one who declared.
        let body = "On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared "
            + "in the debate spin room, “I’m sending the signal that it’s time to unite.” Cruz was also endorsed the "
            + "day before by former rival Carly Fiorina."
        let found = extractQuotes(body, lang: "en", known: [("Ted Cruz", .person, ["Cruz"]),
                                                             ("Mike Lee", .person, ["Mike Lee"]),
                                                             ("Carly Fiorina", .person, ["Carly Fiorina"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Mike Lee"])
        XCTAssertEqual(found.quotes.first?.rule, .relativeAntecedent)
    }

    func testAfterAQuoteOfTheSameSpeaker() {
        // PolNeAR train, pn_train_699.txt (2016): the second quote sits in the relative clause after "said Weaver".
        let body = "Not all campaigns require staffers to sign NDAs, according to John Weaver, a Republican strategist.\n\n"
            + "\"It's not normal language for a campaign, but it doesn't sound abnormal for Trump World,\" said Weaver, "
            + "who said business executives often fail to understand that there are \"no secrets in politics.\""
        let found = extractQuotes(body, lang: "en", known: [("John Weaver", .person, ["John Weaver", "Weaver"]),
                                                             ("Donald Trump", .person, ["Trump"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["John Weaver"])
        XCTAssertEqual(found.quotes.last?.rule, .relativeAntecedent)
    }

    func testItalianChe() {
        // it.wikinews via KIND (WN train, CC BY 2.5), Sanremo 2013: Celentano was named first, Morandi speaks.
        let body = "Alla fine dell'esibizione di Celentano, è tornato sul palco Morandi, che ha detto \"È stato bello!\""
        let found = extractQuotes(body, known: [("Adriano Celentano", .person, ["Celentano"]),
                                                ("Gianni Morandi", .person, ["Morandi"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Gianni Morandi"])
        XCTAssertEqual(found.quotes.first?.rule, .relativeAntecedent)
    }

    func testNotWhenSomethingElseStandsBeforeThePronoun() {
        // The same sentence with the antecedent a noun, not the person: no antecedent by this rule.
        let body = "Alla fine dell'esibizione di Celentano, è tornato sul palco il gruppo, che ha detto \"È stato bello!\""
        let found = extractQuotes(body, known: [("Adriano Celentano", .person, ["Celentano"])])
        XCTAssertNotEqual(found.quotes.first?.rule, .relativeAntecedent)
    }
}
