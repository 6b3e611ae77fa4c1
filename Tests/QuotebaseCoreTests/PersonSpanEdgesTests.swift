import XCTest
@testable import QuotebaseCore

/// `PersonSpanEdges`: what a person's name takes at its edges that is no part of it. Sentences from DICE (Gazzetta di
/// Modena, CC BY-NC-SA 4.0) and Reuters-21578 (research use), by their corpus ids in ../shared/corpus; constructed
/// cases say so.
final class PersonSpanEdgesTests: XCTestCase {
    private func people(_ body: String, lang: String) -> [String] {
        EntityRecognizer().recognize(Article(source: "test", lang: lang, body: body)).entities
            .filter { $0.kind == .person }.map(\.name)
    }

    private func cut(_ name: String) -> String {
        PersonSpanEdges.trimmed(name, gazetteer: .shared)
    }

    /// dice-95036: a university's name before the researcher's.
    func testAnAffiliationBeforeAFirstNameIsCut() {
        let found = people("«S'è aperta una porta, ma la strada è ancora piena d'insidie». Così il ricercatore Unimore "
            + "Giuseppe Cannazza descrive una nuova importante scoperta legata alla cannabis medica.", lang: "it")
        XCTAssertTrue(found.contains("Giuseppe Cannazza"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("Unimore") }, "\(found)")
    }

    /// reuters21578-6896 and -21508: a sentence's first word is no part of the name after it.
    func testASentenceAdverbBeforeASurnameIsCut() {
        XCTAssertEqual(cut("However Baker"), "Baker")
        XCTAssertEqual(cut("Meanwhile Stoltenberg"), "Stoltenberg")
        let found = people("However Baker and Volcker, accompanied by Deputy Secretary of State John Whitehead, "
            + "acknowledged there were risks.", lang: "en")
        XCTAssertFalse(found.contains { $0.hasPrefix("However") }, "\(found)")
    }

    /// Particles open names; first names that are also words of a function-word list stay.
    func testParticlesAndFirstNamesStay() {
        XCTAssertEqual(cut("De Maio"), "De Maio")
        XCTAssertEqual(cut("Mark Thompson"), "Mark Thompson")
        XCTAssertEqual(cut("Lucia De Santis"), "Lucia De Santis")
        XCTAssertEqual(cut("Massimo D'Alema"), "Massimo D'Alema")
        XCTAssertEqual(cut("Giovanni Paolo II"), "Giovanni Paolo II")
        XCTAssertEqual(cut("Theresa May"), "Theresa May")
    }

    /// dice-8201, dice-11674, dice-4540114, dice-4917293: a byline or name run into the next sentence's first word.
    func testTheNextSentencesFirstWordIsCut() {
        XCTAssertEqual(cut("Carlo Gregori Lo"), "Carlo Gregori")
        XCTAssertEqual(cut("Francesco Dondi L'idea"), "Francesco Dondi")
        XCTAssertEqual(cut("Anna Bernardi L'anziano"), "Anna Bernardi")
        let found = people("L'omicida si chiama Grazio Lancellotti, la vittima è la signora Anna Bernardi L'anziano, "
            + "che pare soffrisse di Alzheimer, ha poi rivolto la lama verso se stesso.", lang: "it")
        XCTAssertFalse(found.contains { $0.contains("L'anziano") }, "\(found)")
    }

    /// Constructed after the DICE bylines ("di Carlo Gregori VIGNOLA Assolto…"): a dateline in capitals ends the
    /// name, and what the span took after it goes with it; a surname in capitals alone stays.
    func testADatelineInCapitalsEndsTheName() {
        XCTAssertEqual(cut("Luca Apicella MIRANDOLA Seconda"), "Luca Apicella")
        XCTAssertEqual(cut("Carlo Gregori VIGNOLA"), "Carlo Gregori")
        XCTAssertEqual(cut("Mario ROSSI"), "Mario ROSSI")
        XCTAssertEqual(cut("Lucia DE SANTIS"), "Lucia DE SANTIS")
    }

    /// The byline parser's name, cut before it becomes the author.
    func testABylineRunIntoItsDatelineNamesTheAuthorAlone() {
        var entities: [ExtractedEntity] = []
        NewsAnalyzer.addAuthors(of: Article(source: "x", author: "Luca Apicella MIRANDOLA Seconda", lang: "it",
                                            body: "…"), to: &entities)
        XCTAssertEqual(entities.map(\.name), ["Luca Apicella"])
    }

    /// reuters21578-13023: a generation stays in the name (T. Boone Pickens III is not his father).
    func testAGenerationStays() {
        XCTAssertEqual(cut("Nicholas Gallo III"), "Nicholas Gallo III")
        XCTAssertEqual(EntityResolution.PersonName("L.D. Brinkman", lexicon: .shared).words, ["l", "d", "brinkman"])
    }
}

extension PersonSpanEdgesTests {
    /// Initials are the name's own: "J." before a first name, "D." of a sign-off ("— D. M.", dice-3756477).
    func testInitialsStay() {
        XCTAssertEqual(PersonSpanEdges.trimmed("J. Hugh Liedtke", gazetteer: .shared), "J. Hugh Liedtke")
        XCTAssertEqual(PersonSpanEdges.trimmed("D. M.", gazetteer: .shared), "D. M.")
    }
}

/// `GenitiveNames` and the role at a name's end, in German Wikinews (CC BY 2.5, Fixtures/attribution/de/dev).
final class GermanNameFormsTests: XCTestCase {
    private func people(_ body: String) -> [ExtractedEntity] {
        EntityRecognizer().recognize(Article(source: "test", lang: "de", body: body)).entities.filter { $0.kind == .person }
    }

    /// de-wikinews-boris-johnson-premierminister: the name and its genitive in one article.
    func testTheGenitiveIsAnAliasOfTheName() throws {
        let found = people("Theresa May hatte am Nachmittag in ihrer letzten Fragestunde dem Unterhaus Rede und Antwort "
            + "gestanden. Sein Posten geht an Dominic Raab, der aus dem Amt schied, weil er mit Theresa Mays "
            + "EU-Austrittsabkommen nicht einverstanden war.")
        XCTAssertFalse(found.contains { $0.name == "Theresa Mays" }, "\(found.map(\.name))")
        XCTAssertTrue(found.contains { $0.name == "Dominic Raab" }, "\(found.map(\.name))")
    }

    /// A genitive alone stays as written: nothing says which form is the name.
    func testAGenitiveAloneIsLeftAsWritten() {
        let entity = ExtractedEntity(name: "Karol Wojtylas", kind: .person,
                                     mentions: [EntityMention(span: TextSpan(start: 0, end: 14), surface: "Karol Wojtylas")])
        XCTAssertEqual(GenitiveNames.apply(to: [entity], lang: "de").map(\.name), ["Karol Wojtylas"])
        XCTAssertEqual(GenitiveNames.apply(to: [entity], lang: "en").map(\.name), ["Karol Wojtylas"])
    }

    /// de-wikinews-george-shultz-tot: "unter dem damaligen US-Präsidenten Richard Nixon Arbeitsminister geworden".
    func testARoleAfterTheNameIsNoPartOfIt() {
        XCTAssertEqual(PersonSpanEdges.trimmed("Richard Nixon Arbeitsminister", gazetteer: .shared), "Richard Nixon")
        XCTAssertEqual(PersonSpanEdges.trimmed("Horst Köhler Bundespräsident", gazetteer: .shared), "Horst Köhler")
        XCTAssertEqual(PersonSpanEdges.trimmed("Angela Merkel", gazetteer: .shared), "Angela Merkel")
    }
}

/// `SameNameEntities`: one entity per name in an article (constructed entities).
final class SameNameEntitiesTests: XCTestCase {
    private func mention(_ start: Int, _ surface: String) -> EntityMention {
        EntityMention(span: TextSpan(start: start, end: start + surface.count), surface: surface)
    }

    func testTwoKindsOfOneNameAreOneEntityOfTheMajorityKind() {
        let firm = ExtractedEntity(name: "Alfa Romeo", kind: .organization, aliases: ["Alfa"],
                                   mentions: [mention(10, "Alfa Romeo"), mention(80, "Alfa")])
        let person = ExtractedEntity(name: "Alfa Romeo", kind: .person, roles: ["maker"], mentions: [mention(40, "Alfa Romeo")])
        let other = ExtractedEntity(name: "Fiat", kind: .organization, mentions: [mention(60, "Fiat")])
        let merged = SameNameEntities.merge([person, other, firm])
        XCTAssertEqual(merged.map(\.name), ["Alfa Romeo", "Fiat"])
        XCTAssertEqual(merged[0].kind, .organization)
        XCTAssertEqual(merged[0].mentions.map(\.span.start), [10, 40, 80])
        XCTAssertEqual(merged[0].aliases, ["Alfa"])
        XCTAssertEqual(merged[0].roles, ["maker"])
    }

    func testOnATieTheFirstKindStays() {
        let a = ExtractedEntity(name: "Chelsea", kind: .location, mentions: [mention(0, "Chelsea")])
        let b = ExtractedEntity(name: "Chelsea", kind: .organization, mentions: [mention(20, "Chelsea")])
        XCTAssertEqual(SameNameEntities.merge([a, b]).map(\.kind), [.location])
    }
}
