import XCTest
@testable import QuotebaseCore

/// `TaggedNames`: the learned tagger's spans over the rules' entities. Sentences from Reuters-21578 (research use)
/// and it.wikinews (CC BY 2.5), as kept in Fixtures/attribution; constructed cases say so.
final class TaggedNamesTests: XCTestCase {
    private func entities(_ body: String, lang: String, title: String? = nil) -> [ExtractedEntity] {
        EntityRecognizer().recognize(Article(source: "test", title: title, lang: lang, body: body)).entities
    }

    private func named(_ name: String, in entities: [ExtractedEntity]) -> ExtractedEntity? {
        entities.first { $0.name == name }
    }

    /// en-reuters21578-11615: the rules cut the name after "National"; the tagger's span is the whole name.
    func testWideningKeepsTheWholeOrganizationName() throws {
        let found = entities("Tisch, in a speech before the National Association of Broadcasters, said his "
            + "cost-cutting efforts have made CBS a \"better-managed\" company.", lang: "en")
        let nab = try XCTUnwrap(named("National Association of Broadcasters", in: found), "\(found.map(\.name))")
        XCTAssertEqual(nab.kind, .organization)
        XCTAssertNil(named("Association of Broadcasters", in: found))
    }

    /// en-reuters21578-8210: a place no gazetteer lists and no rule cue marks (the paragraphs around it: the
    /// tagger reads the article as one document).
    func testAddsAPlaceTheRulesMissed() throws {
        let found = entities("\"Of those 37 super giants only 11 lie outside the Middle East. Only five of the 37 have "
            + "been discovered in the past 20 years and only two of these lie outside the middle east (Cantarell in "
            + "Mexico and Alaska's North Slope).\" McIvor said.\n\nMcIvor said that many of the large fields outside "
            + "the U.S. like Alaska's Prudhoe Bay and the North Sea were reaching a peak and would soon begin to "
            + "decline.", lang: "en")
        let slope = try XCTUnwrap(named("North Slope", in: found), "\(found.map(\.name))")
        XCTAssertEqual(slope.kind, .location)
    }

    /// reuters21578-11654 (Fixtures/articles): the quoted analyst's bracket sits inside the name.
    func testNoNameAcrossABracket() {
        let found = entities("\"There is a lot of pressure on both sides. (General Motors chairman Roger) Smith is "
            + "under pressure from stockholders. The union is fighting for job security,\" said one analyst.",
            lang: "en")
        XCTAssertFalse(found.contains { $0.name.contains(")") || $0.mentions.contains { $0.surface.contains(")") } },
                       "\(found.map(\.name))")
    }

    /// it-wikinews-palermo-summit-libia: the tagger reads states acting in the news as organizations; a country of
    /// the gazetteer stays a country.
    func testCountriesKeepTheirKind() throws {
        let found = entities("Senza dubbio ben accolta da parte della comunità internazionale la conferenza; l'inviato "
            + "ONU per la Libia Ghassam Salamè ringrazia l'Italia per aver organizzato la conferenza. La Russia è "
            + "anche pronta a prendere parte alla ricostruzione dell'economia della Libia.", lang: "it")
        XCTAssertEqual(try XCTUnwrap(named("Libya", in: found), "\(found.map(\.name))").kind, .country)
        XCTAssertEqual(try XCTUnwrap(named("Italy", in: found)).kind, .country)
        XCTAssertEqual(try XCTUnwrap(named("Ghassam Salamè", in: found)).kind, .person)
    }

    /// Reuters-21578 sign-off: a single capitalized word the tagger is unsure of is no new person.
    func testWireSignOffIsNoPerson() {
        let found = entities("Oil prices would skyrocket for a time if conflict in the Gulf closed the Strait of Hormuz, "
            + "Indonesian Energy Minister Subroto said.\n\nREUTER", lang: "en")
        XCTAssertFalse(found.contains { $0.name.uppercased() == "REUTER" }, "\(found.map(\.name))")
    }

    /// Constructed: the lower-case description a span opens with is left out of the name ("l'agence Health Canada").
    func testLowerCaseWordsBeforeANameAreNoPartOfIt() {
        let found = entities("Le 11 janvier dernier, l’agence Health Canada a fait de même, a indiqué le ministère.",
                             lang: "fr")
        XCTAssertFalse(found.contains { $0.name.hasPrefix("agence") || $0.name.hasPrefix("l’agence") },
                       "\(found.map(\.name))")
    }

    /// Constructed: with every step switched off, or with no part tagged, the rules' entities stay as they are.
    func testNothingChangesWithoutStepsOrSpans() throws {
        let text = "Pontiac is a city in Michigan, said Laurence Tisch."
        let scalars = Array(text.unicodeScalars)
        let spans = try XCTUnwrap(EntityTagger(lang: "en", gazetteer: .shared)).spans(in: scalars)
        XCTAssertFalse(spans.isEmpty)
        let rules = [ExtractedEntity(name: "Pontiac", kind: .organization,
                                     mentions: [EntityMention(span: TextSpan(part: .body, start: 0, end: 7), surface: "Pontiac")])]
        let tagged = [TaggedNames.TaggedPart(part: .body, scalars: scalars, spans: spans)]
        XCTAssertEqual(TaggedNames.apply(to: rules, tagged: tagged, gazetteer: .shared, options: []), rules)
        let untagged = [TaggedNames.TaggedPart(part: .body, scalars: scalars, spans: nil)]
        XCTAssertEqual(TaggedNames.apply(to: rules, tagged: untagged, gazetteer: .shared), rules)
        XCTAssertNotEqual(TaggedNames.apply(to: rules, tagged: tagged, gazetteer: .shared), rules,
                          "the tagger's Tisch is added")
    }
}

extension TaggedNamesTests {
    /// dice-358481: a role before a quotation names no one in it, and the quotation's first word is no name.
    func testAQuotationsFirstWordIsNoPerson() {
        let found = entities("Siamo soddisfatti di questo impegno e ringraziamo il questore». «Vorrei aggiungere che "
            + "oltre alla repressione sarà importante iniziare a riflettere su una riqualificazione», ha detto Carpentieri.",
            lang: "it")
        XCTAssertFalse(found.contains { $0.name == "Vorrei" }, "\(found.map(\.name))")
    }

    /// dice-396716 (Fixtures/holdout): a name after an elided article is kept as the rules read it.
    func testANameAfterAnElidedArticleIsKept() {
        let found = entities("Tra le altre, si ricorda l'Operazione Penelope che ha stroncato un traffico di droga.",
                             lang: "it")
        XCTAssertTrue(found.contains { $0.name == "Operazione Penelope" }, "\(found.map(\.name))")
    }
}
