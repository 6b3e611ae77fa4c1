import XCTest
@testable import QuotebaseCore

/// The dominant-speaker rule of surname lookups (docs/ENTITIES.md, "Lookups"): constructed candidate lists.
final class EntityDominanceTests: XCTestCase {
    private func candidate(_ id: Int64, _ name: String, key: String, said: Int, kind: String = "person") -> EntityCandidate {
        EntityCandidate(id: id, kind: kind, name: name, key: key, matchedBy: "surname", mentions: said,
                        quotesSaid: said, quotesAbout: 0)
    }

    func testNineInTenOfTheQuotesMakeADominantSpeaker() {
        let ronald = candidate(1, "Ronald Reagan", key: "person:ronaldreagan", said: 18)
        let nancy = candidate(2, "Nancy Reagan", key: "person:nancyreagan", said: 2)
        XCTAssertEqual(EntityResolver.dominantSpeaker(among: [nancy, ronald])?.id, 1, "18 of 20 is 90%")
        XCTAssertEqual(EntityResolver.dominantSpeaker(among: [ronald, nancy])?.id, 1, "order does not matter")
        var fewer = ronald
        fewer.quotesSaid = 17
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [fewer, nancy]), "17 of 19 is under 90%")
    }

    func testEveryoneElsesQuotesCountButALoneSurnamesDoNot() {
        let tony = candidate(1, "Tony Blair", key: "person:tonyblair", said: 90)
        let cherie = candidate(2, "Cherie Blair", key: "person:cherieblair", said: 5)
        let lone = candidate(3, "Blair", key: "surname:blair", said: 60)
        XCTAssertEqual(EntityResolver.dominantSpeaker(among: [tony, cherie])?.id, 1)
        XCTAssertEqual(EntityResolver.dominantSpeaker(among: [lone, tony, cherie])?.id, 1,
                       "the articles that give only the surname are no one in particular")
        let firm = candidate(4, "Blair", key: "organization:blair", said: 6, kind: "organization")
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [tony, cherie, firm, lone]), "90 of 101 is under 90%")
        let stefano = candidate(5, "Blair", key: "first:blair@abc", said: 6)
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [tony, cherie, stefano]), "a first name alone is someone")
        XCTAssertEqual(EntityResolver.dominantSpeaker(among: [lone, tony])?.id, 1,
                       "the only one who speaks under a full name, with the articles that give only the surname")
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [candidate(6, "Blair", key: "surname:blair", said: 60)]))
    }

    func testFewQuotesOrAnEntityThatIsNoFullNamePersonNeverDominate() {
        let few = candidate(1, "Tony Blair", key: "person:tonyblair", said: 9)
        let none = candidate(2, "Cherie Blair", key: "person:cherieblair", said: 0)
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [few, none]), "9 quotes are too few to call")
        let lone = candidate(3, "Blair", key: "surname:blair", said: 200)
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [lone, none]), "a lone surname is no one in particular")
        let firm = candidate(4, "Blair Group", key: "organization:blair group", said: 200, kind: "organization")
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [firm, none]))
        XCTAssertNil(EntityResolver.dominantSpeaker(among: [candidate(1, "Tony Blair", key: "person:tonyblair", said: 50)]),
                     "one candidate needs no dominance")
        XCTAssertNil(EntityResolver.dominantSpeaker(among: []))
    }
}
