import XCTest
@testable import QuotebaseCore

/// Whom or what a quote is about: entities named inside it, and the object of its cue ("said of X").
final class QuoteTargetTests: XCTestCase {
    func targetNames(_ found: (quotes: [ExtractedQuote], entities: ArticleEntities)) -> [[String]] {
        found.quotes.map { $0.targets.map { found.entities.entities[$0].name } }
    }

    /// Reuters-21578, reuters21578-10626.
    func testSaidOfNamesTheTarget() {
        let body = "\"They finished deploying the SS-20 some time last year,\" Weinberger told interviewers.\n\n"
            + "\"They continue to grow in all aspects: conventional, land, sea, air and nuclear,\" he said of Soviet "
            + "military strength."
        let found = extractQuotes(body, lang: "en", known: [("Caspar Weinberger", .person, ["Weinberger"]),
                                                         ("Soviet Union", .country, ["Soviet"])])
        XCTAssertEqual(targetNames(found).last, ["Soviet Union"])
        XCTAssertEqual(speakerNames(found.quotes.last!, found.entities), ["Caspar Weinberger"])
    }

    /// DICE, dice-273321.
    func testParlandoDiNamesTheTarget() {
        let body = "Ferraresi, parlando di Modena, riferisce: «Nove agenti uomini e quattro donne in più permetteranno "
            + "di garantire meglio la sicurezza nella struttura»."
        let found = extractQuotes(body, known: [("Vittorio Ferraresi", .person, ["Ferraresi"]),
                                                ("Modena", .location, ["Modena"])])
        XCTAssertEqual(targetNames(found), [["Modena"]])
    }

    /// Constructed: "di" before an infinitive names nothing, and the speaker is never a target.
    func testInfinitiveAfterDiAndTheSpeakerAreNotTargets() {
        let body = "Mario Rossi ha detto di aver visto tutto: «Ero lì quando Mario Rossi è arrivato a Carpi»."
        let found = extractQuotes(body, known: [("Mario Rossi", .person, ["Mario Rossi"]), ("Carpi", .location, ["Carpi"])])
        XCTAssertEqual(targetNames(found), [["Carpi"]])
    }
}
