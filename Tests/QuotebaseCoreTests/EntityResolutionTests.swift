import XCTest
@testable import QuotebaseCore

/// The rules of docs/ENTITIES.md, one by one, on constructed article entities (names of real people, invented
/// articles), plus the order independence that makes them a function of the whole knowledge base.
final class EntityResolutionTests: XCTestCase {
    private var next: Int64 = 0

    /// One article entity, each in an article of its own unless `article` says otherwise.
    private func entity(_ name: String, _ kind: EntityKind = .person, article: Int64? = nil, aliases: [String] = [],
                        roles: [String] = []) -> EntityResolution.ArticleEntity {
        next += 1
        let id = article ?? (1000 + next)
        return EntityResolution.ArticleEntity(articleID: id, articleHash: "hash\(id)", kind: kind, name: name,
                                              surfaces: aliases, roles: roles.map { Normalizer.key($0) })
    }

    private func resolve(_ entities: [EntityResolution.ArticleEntity],
                         _ curations: [EntityResolution.Curation] = []) -> EntityResolution.Result {
        EntityResolution.resolve(entities, curations: curations, lexicon: .shared)
    }

    /// The key each input entity is linked to.
    private func keys(_ result: EntityResolution.Result) -> [String?] {
        result.assignment.map { $0.map { result.entities[$0].key } }
    }

    func testAUniqueFullNameTakesItsSurnameFromOtherArticles() {
        let result = resolve([entity("Gian Carlo Muzzarelli"), entity("Muzzarelli"), entity("Giancarlo Muzzarelli")])
        XCTAssertEqual(Set(keys(result)), ["person:giancarlomuzzarelli"], "spacing variants and the surname join")
        XCTAssertEqual(result.entities.count, 1)
        XCTAssertEqual(result.reasons[1], "surname of the only full name with it")
    }

    func testALoneSurnameJoinsOnlyAFullNameOfItsPublication() {
        // The three corpora: "Leahy" alone in a BBC business story (Terry Leahy of Tesco) and Patrick Leahy in the
        // Reuters newswire of 1987; "Anzola" alone in the Gazzetta di Modena and Hernan Anzola, a Venezuelan
        // minister, in Reuters.
        let bbc = EntityResolution.publication(language: "en", site: "BBC News (UCD bbc-fulltext, 2004-2005; section=business)")
        let bbcPolitics = EntityResolution.publication(language: "en", site: "BBC News (UCD bbc-fulltext; section=politics)")
        let reuters = EntityResolution.publication(language: "en", site: "Reuters-21578 (Reuters newswire 1987)")
        let modena = EntityResolution.publication(language: "it", site: "Gazzetta di Modena")
        XCTAssertEqual(bbc, "en|bbc news")
        XCTAssertEqual(bbc, bbcPolitics, "a section is no other publication")
        XCTAssertTrue(EntityResolution.samePublication("en|", reuters), "an unknown site is any site of the language")
        XCTAssertFalse(EntityResolution.samePublication("it|", reuters))
        func at(_ publication: String, _ entity: EntityResolution.ArticleEntity) -> EntityResolution.ArticleEntity {
            var entity = entity
            entity.publication = publication
            return entity
        }
        let result = resolve([at(reuters, entity("Patrick Leahy")), at(reuters, entity("Patrick Leahy")),
                              at(bbc, entity("Leahy")), at(reuters, entity("Leahy")),
                              at(reuters, entity("Hernan Anzola")), at(modena, entity("Anzola"))])
        let linked = keys(result)
        XCTAssertEqual(linked[2], "surname:leahy")
        XCTAssertEqual(result.reasons[2], "surname only; its full names (1) are given in other publications")
        XCTAssertEqual(linked[3], "person:patrickleahy", "the same publication still joins")
        XCTAssertEqual(linked[5], "surname:anzola")
        // Two full names of the surname, one in the lone surname's publication: that one is the only candidate.
        let two = resolve([at(bbcPolitics, entity("Tony Blair")), at(reuters, entity("Linda Blair")), at(bbc, entity("Blair"))])
        XCTAssertEqual(keys(two)[2], "person:tonyblair")
        XCTAssertEqual(two.reasons[2], "surname of the only full name with it in its publication")
    }

    func testAnOrganizationsOneWordAliasThatNamesAPersonIsDropped() {
        // Reuters-21578: "the Reagan administration", whose mentions include "Reagan", beside the articles about
        // Ronald Reagan and those giving "Reagan" alone; `--speaker Reagan` matched the administration by that alias.
        let result = resolve([entity("Reagan administration", .organization, aliases: ["Reagan administration", "Reagan"]),
                              entity("Reagan administration", .organization, aliases: ["Reagan"]),
                              entity("Ronald Reagan", article: 1), entity("Reagan", article: 2),
                              entity("Reagan", article: 3), entity("Nancy Reagan", article: 4),
                              entity("Fiat Auto", .organization, aliases: ["Fiat"])])
        let administration = result.entities[result.assignment[0]!]
        XCTAssertEqual(administration.aliases, ["Reagan administration"])
        XCTAssertEqual(result.entities[result.assignment[6]!].aliases, ["Fiat", "Fiat Auto"], "no person is called Fiat")
    }

    func testOrganizationShapedNamesAreNeverPeople() {
        // Reuters-21578 names: the firm "Williams Cos", read as a person, beside people named Williams; "Fox
        // Television Stations" beside Liam Fox. Read as a person in most articles, they stay organizations.
        let result = resolve([entity("Williams Cos"), entity("Williams Cos"), entity("Williams Cos", .organization),
                              entity("Serena Williams"), entity("Fox Television Stations"), entity("Liam Fox"),
                              entity("Fox")])
        let linked = keys(result)
        XCTAssertEqual(linked[0], "organization:williams cos")
        XCTAssertEqual(linked[1], linked[0])
        XCTAssertEqual(linked[2], linked[0])
        XCTAssertEqual(linked[3], "person:serenawilliams")
        XCTAssertEqual(linked[4], "organization:fox television stations")
        XCTAssertEqual(linked[6], "person:liamfox", "the firm is no full-name candidate for the lone surname")
        XCTAssertTrue(result.reasons[0].contains("ends organizations' names"), result.reasons[0])
        // A surname that merely resembles such a word is untouched: "Banks", "Cole".
        XCTAssertEqual(keys(resolve([entity("Tony Banks"), entity("Banks")])), ["person:tonybanks", "person:tonybanks"])
    }

    func testALoneWordOfAFirmInItsArticleIsTheFirm() {
        // Reuters-21578: "auditors Deloitte Haskins and Sells said" beside a Harold Sells of other articles.
        let result = resolve([entity("Deloitte Haskins and Sells", .organization, article: 1), entity("Sells", article: 1),
                              entity("Harold Sells", article: 2), entity("Harold Sells", article: 3),
                              entity("Sells", article: 4)])
        let linked = keys(result)
        XCTAssertEqual(linked[1], "organization:deloitte haskins and sells")
        XCTAssertEqual(result.entities[result.assignment[1]!].kind, .organization)
        XCTAssertEqual(linked[2], "person:haroldsells")
        XCTAssertEqual(linked[4], "person:haroldsells", "elsewhere the surname still joins the only full name")
        // No firm: "Reagan administration" ends in no legal form, so "Reagan" of that article is still a person.
        let reagan = resolve([entity("Reagan administration", .organization, article: 5), entity("Reagan", article: 5),
                              entity("Ronald Reagan", article: 6)])
        XCTAssertEqual(keys(reagan)[1], "person:ronaldreagan")
    }

    func testALoneWordNoPersonHasAsSurnameIsTheOnlyFirmItOpens() {
        // Reuters-21578: "Shearson said" of Shearson Lehman Brothers, with no person named Shearson.
        let result = resolve([entity("Shearson Lehman Brothers", .organization), entity("Shearson Lehman Brothers"),
                              entity("Shearson")])
        XCTAssertEqual(Set(keys(result)), ["organization:shearson lehman brothers"])
        XCTAssertEqual(result.entities.count, 1)
        XCTAssertEqual(result.entities[0].kind, .organization)
        // Two firms open with it: which one is not said, so it stays a surname.
        let two = resolve([entity("Shearson Lehman Brothers", .organization), entity("Shearson Securities", .organization),
                           entity("Shearson")])
        XCTAssertEqual(keys(two)[2], "surname:shearson")
    }

    func testAWordStandingAloneInMoreArticlesThanItsFullNameStaysASurname() {
        // Reuters-21578: "Sears" (Sears, Roebuck) alone in many articles, a "Michael Sears" in one.
        let sears = resolve([entity("Michael Sears")] + (0..<3).map { _ in entity("Sears") })
        XCTAssertEqual(keys(sears), ["person:michaelsears", "surname:sears", "surname:sears", "surname:sears"])
        XCTAssertTrue(sears.reasons[1].contains("stands alone in 3 articles"), sears.reasons[1])
        // As many articles with the full name as without: the surname joins it.
        let tibis = resolve([entity("Giuseppe Tibis"), entity("Giuseppe Tibis"), entity("Tibis"), entity("Tibis")])
        XCTAssertEqual(Set(keys(tibis)), ["person:giuseppetibis"])
        // A role still says whose surname it is, however often it stands alone.
        let role = resolve([entity("Alfonso Bonafede", roles: ["ministro"])]
                           + (0..<3).map { _ in entity("Bonafede", roles: ["ministro"]) })
        XCTAssertEqual(Set(keys(role)), ["person:alfonsobonafede"])
    }

    func testASurnameSharedByTwoFullNamesJoinsNeither() {
        let result = resolve([entity("Tony Blair"), entity("Cherie Blair"), entity("Blair"), entity("Blair")])
        XCTAssertEqual(keys(result), ["person:tonyblair", "person:cherieblair", "surname:blair", "surname:blair"])
        XCTAssertEqual(result.reasons[2], "surname only; 2 full names share it")
    }

    func testWithinTheArticleFirst() {
        // In article 1 "Blair" is the Tony Blair of that article, whatever other articles say.
        let result = resolve([entity("Tony Blair", article: 1), entity("Blair", article: 1), entity("Cherie Blair", article: 2)])
        XCTAssertEqual(keys(result), ["person:tonyblair", "person:tonyblair", "person:cherieblair"])
    }

    func testARoleNarrowsTheCandidatesOfASurname() {
        let result = resolve([entity("Ronald Reagan", roles: ["President"]), entity("Nancy Reagan", roles: ["wife"]),
                              entity("Reagan", roles: ["presidente"])])
        XCTAssertEqual(keys(result)[2], "person:ronaldreagan", "presidente and President are one role class")
    }

    func testAFirstNameAloneNeverJoins() {
        let result = resolve([entity("Stefano Bonaccini"), entity("Stefano"), entity("Stefano")])
        let linked = keys(result)
        XCTAssertEqual(linked[0], "person:stefanobonaccini")
        XCTAssertTrue(linked[1]!.hasPrefix("first:stefano@"))
        XCTAssertNotEqual(linked[1], linked[2], "two articles' Stefano are two entities")
    }

    func testDifferentFullNamesNeverMerge() {
        let names = ["Ronald Reagan", "Nancy Reagan", "Donald Regan", "Stefano Bonaccini", "Stefano Romeo",
                     "Bill Clinton", "William Clinton", "George Bush", "George W. Bush"]
        let result = resolve(names.map { entity($0) })
        XCTAssertEqual(result.entities.count, names.count)
    }

    func testKindsFollowTheMajorityOfArticles() {
        let result = resolve([entity("Tony Blair"), entity("Tony Blair"), entity("Blair", .location),
                              entity("Washington", .location), entity("Washington", .location),
                              entity("George Washington"),
                              entity("Williams Cos", .organization), entity("Williams Cos", .organization),
                              entity("Williams Cos"), entity("Italy", .country)])
        let kinds = result.assignment.map { result.entities[$0!].kind }
        XCTAssertEqual(kinds[2], .person, "a dateline's Blair is the person most articles name")
        XCTAssertEqual(keys(result)[2], "person:tonyblair")
        XCTAssertEqual(kinds[3], .location, "a place most articles name stays a place")
        XCTAssertEqual(kinds[8], .organization, "a company read as a person once is the company")
        XCTAssertEqual(kinds[9], .country)
    }

    func testRolesAndCommonNounsAreNeverAliases() {
        let result = resolve([entity("Gian Carlo Muzzarelli", aliases: ["Muzzarelli", "sindaco", "Sindaco", "il sindaco",
                                                                        "Gian Carlo", "Moglie", "Gian Carlo Muzzarelli"],
                                     roles: ["sindaco"]),
                              entity("Kremlin", .organization, aliases: ["Cremlino", "spokesman", "Spokesman"])])
        let muzzarelli = result.entities.first { $0.kind == .person }!
        XCTAssertEqual(Set(muzzarelli.aliases), ["Gian Carlo Muzzarelli", "Muzzarelli", "Gian Carlo"])
        let kremlin = result.entities.first { $0.kind == .organization }!
        XCTAssertEqual(Set(kremlin.aliases), ["Kremlin", "Cremlino"])
    }

    func testHonorificsAndCalendarWordsAreNotPartOfAName() {
        let result = resolve([entity("Mr Tony Blair"), entity("Tony Blair"), entity("Reagan Friday"), entity("Ronald Reagan")])
        XCTAssertEqual(keys(result), ["person:tonyblair", "person:tonyblair", "person:ronaldreagan", "person:ronaldreagan"])
        XCTAssertEqual(result.entities.first { $0.key == "person:tonyblair" }?.name, "Tony Blair")
    }

    func testTheResultDoesNotDependOnOrder() {
        var input = [entity("Tony Blair"), entity("Blair"), entity("Cherie Blair", article: 9), entity("Blair", article: 9),
                     entity("Gian Carlo Muzzarelli"), entity("Giancarlo Muzzarelli"), entity("Giancarlo Muzzarelli"),
                     entity("Muzzarelli", .location), entity("Muzzarelli"), entity("Stefano"), entity("Kremlin", .organization),
                     entity("Cremlino", .organization), entity("Ronald Reagan", roles: ["president"]),
                     entity("Reagan", roles: ["President"]), entity("Nancy Reagan")]
        func canonical(_ result: EntityResolution.Result, _ input: [EntityResolution.ArticleEntity]) -> Set<String> {
            Set(zip(input, result.assignment).map { entity, index in
                let e = result.entities[index!]
                return "\(entity.articleID)|\(entity.name)|\(entity.kind) -> \(e.key)|\(e.kind)|\(e.name)|\(e.aliases)"
            })
        }
        let expected = canonical(resolve(input), input)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            input.shuffle(using: &generator)
            XCTAssertEqual(canonical(resolve(input), input), expected)
        }
    }

    func testCurationsApplyInOrder() {
        let input = [entity("Bill Clinton", article: 1), entity("William Clinton", article: 2), entity("Va", article: 3),
                     entity("Tony Blair", article: 4), entity("Tony Blair", article: 5)]
        let result = resolve(input, [
            EntityResolution.Curation(id: 1, action: .merge, entityKey: "person:billclinton", otherKey: "person:williamclinton"),
            EntityResolution.Curation(id: 2, action: .forget, entityKey: "person:va"),
            EntityResolution.Curation(id: 3, action: .split, entityKey: "person:tonyblair", articleHash: "hash5"),
            EntityResolution.Curation(id: 4, action: .rename, entityKey: "person:billclinton", value: "Bill Clinton (US)"),
            EntityResolution.Curation(id: 5, action: .alias, entityKey: "person:billclinton", value: "Slick Willie"),
        ])
        let linked = keys(result)
        XCTAssertEqual(linked[0], linked[1])
        XCTAssertNil(linked[2], "forgotten")
        XCTAssertNotEqual(linked[3], linked[4], "article 5 split off")
        let clinton = result.entities[result.assignment[0]!]
        XCTAssertEqual(clinton.name, "Bill Clinton (US)")
        XCTAssertTrue(clinton.aliases.contains("Slick Willie"))
    }
}

/// The audit's test of two full names of one entity (`EntityAudit.samePerson`).
final class EntityAuditNamesTests: XCTestCase {
    private func same(_ a: String, _ b: String) -> Bool {
        EntityAudit.samePerson(EntityResolution.PersonName(a, lexicon: .shared),
                               EntityResolution.PersonName(b, lexicon: .shared))
    }

    func testShortenedFirstNamesAreOnePerson() {
        XCTAssertTrue(same("J. Hugh Liedtke", "Hugh Liedtke"))
        XCTAssertTrue(same("Maria Angela Sighicelli", "Maria Sighicelli"))
        XCTAssertTrue(same("Gian Carlo Muzzarelli", "Giancarlo Muzzarelli"))
        XCTAssertTrue(same("Lucia De Santis", "Lucia Desantis"))
        XCTAssertTrue(same("Nicholas Gallo III", "Nicholas Gallo"))
    }

    func testOtherFirstNamesOrSurnamesAreTwoPeople() {
        XCTAssertFalse(same("Richard Brinkman", "L.D. Brinkman"))
        XCTAssertFalse(same("Stefano Bonaccini", "Stefano Morandi"))
        XCTAssertFalse(same("Ronald Reagan", "Nancy Reagan"))
        XCTAssertFalse(same("Serena Williams", "Rowan Williams"))
    }
}

/// Rule 5, a rarer name shared (docs/ENTITIES.md): in a knowledge base large enough to say which names are rare, a lone surname without a
/// role joins its only full name only when its article shares a rarer name with an article of that full name.
/// Constructed article entities after the linked pairs of the three corpora (a café in Modena named like a person).
final class SharedNameRuleTests: XCTestCase {
    private func entity(_ name: String, _ kind: EntityKind = .person, article: Int64) -> EntityResolution.ArticleEntity {
        EntityResolution.ArticleEntity(articleID: article, articleHash: "hash\(article)", kind: kind, name: name)
    }

    private let counts = EntityResolution.NameArticleCounts(
        articles: 31_242, counts: ["modena": 4_496, "carpi": 2_100, "procura di modena": 310, "sassuolo calcio": 40])

    private func keys(_ entities: [EntityResolution.ArticleEntity]) -> [String?] {
        let result = EntityResolution.resolve(entities, lexicon: .shared, nameArticleCounts: counts)
        return result.assignment.map { $0.map { result.entities[$0].key } }
    }

    func testASharedRareNameJoinsTheSurname() {
        let keys = keys([entity("Domenico Berardi", article: 1), entity("Sassuolo Calcio", .organization, article: 1),
                         entity("Modena", .location, article: 1),
                         entity("Berardi", article: 2), entity("Sassuolo Calcio", .organization, article: 2),
                         entity("Modena", .location, article: 2)])
        XCTAssertEqual(keys[3], "person:domenicoberardi")
    }

    func testOnlyCommonNamesSharedLeaveTheSurnameAlone() {
        // "Modena" and "Carpi" are given by thousands of articles: they say nothing of who "Berardi" is.
        let keys = keys([entity("Domenico Berardi", article: 1), entity("Modena", .location, article: 1),
                         entity("Carpi", .location, article: 1),
                         entity("Berardi", article: 2), entity("Modena", .location, article: 2),
                         entity("Carpi", .location, article: 2)])
        XCTAssertEqual(keys[3], "surname:berardi")
    }

    func testARoleStillSaysWhose() {
        let result = EntityResolution.resolve(
            [EntityResolution.ArticleEntity(articleID: 1, articleHash: "h1", kind: .person, name: "Gianluca Tirone",
                                            roles: ["giudice"]),
             EntityResolution.ArticleEntity(articleID: 2, articleHash: "h2", kind: .person, name: "Tirone",
                                            roles: ["giudice"])],
            lexicon: .shared, nameArticleCounts: counts)
        XCTAssertEqual(result.assignment[0], result.assignment[1])
    }

    func testInitialsAloneStayInTheirArticle() {
        let result = EntityResolution.resolve([entity("A. N.", article: 1), entity("A. N.", article: 2)], lexicon: .shared)
        XCTAssertNotEqual(result.assignment[0], result.assignment[1])
        XCTAssertEqual(result.reasons[0], "initials only: the entity of this article alone")
    }
}
