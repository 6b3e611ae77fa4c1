import XCTest
@testable import QuotebaseCore

/// `PronounNewcomerRule`: a pronoun after a paragraph that names one new person stands for that person.
final class PronounNewcomerRuleTests: XCTestCase {
    func testTheJournalistOfTheParagraph() {
        // Mediapart blog (fr dev, fr-mediapart-blog-violences-policieres-mediatique), shortened.
        let body = "« Tout est parti d’un coup, sans trop réfléchir », raconte David Dufresne.\n\n"
            + "Ainsi dans les cortèges, le journaliste Rémy Buisine passe rarement inaperçu. Portable à la main, il a "
            + "couvert les « actes » de la mobilisation. Chez Brut, « la question des violences policières a été abordée "
            + "dès le début du mouvement, parce que ça se passait sous nos yeux» explique-t-il."
        let found = extractQuotes(body, lang: "fr", known: [("David Dufresne", .person, ["David Dufresne"]),
                                                             ("Rémy Buisine", .person, ["Rémy Buisine"]),
                                                             ("Brut", .organization, ["Brut"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Rémy Buisine"])
    }

    func testTwoNewcomersLeaveThePreviousSpeaker() {
        let body = "« Tout est parti d’un coup », raconte David Dufresne.\n\n"
            + "Dans les cortèges, on croise Rémy Buisine et Gabin Formont. « C’était sous nos yeux » explique-t-il."
        let found = extractQuotes(body, lang: "fr", known: [("David Dufresne", .person, ["David Dufresne"]),
                                                             ("Rémy Buisine", .person, ["Rémy Buisine"]),
                                                             ("Gabin Formont", .person, ["Gabin Formont"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["David Dufresne"])
    }
}
