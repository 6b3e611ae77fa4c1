import XCTest
@testable import QuotebaseCore

/// What a partial quote is said of: the entity right before the fragment in its clause.
final class PartialSubjectTargetsTests: XCTestCase {
    /// Dev article it-wikinews-petrella-scarcerata: fragments said of Marina Petrella, the doctors speaking. The
    /// first is hers as a target; the later ones reach back past the quotes to the same subject, which is their
    /// target unless attribution took her for their speaker (it does today: a speaker is never a target).
    func testChainOfFragmentsSharesItsSubject() {
        let body = "Secondo i dottori, la Petrella «si sta lasciando andare», soffre di «turbe depressive e suicide» e "
            + "di «denutrizione»."
        let found = extractQuotes(body, known: [("Marina Petrella", .person, ["Petrella"])])
        XCTAssertEqual(found.quotes.count, 3)
        XCTAssertEqual(targetNames(found).first, ["Marina Petrella"])
        XCTAssertEqual(targetSources(found).first, [.partial])
        for (q, targets) in zip(found.quotes, targetNames(found)) {
            XCTAssertTrue(targets.allSatisfy { $0 == "Marina Petrella" }, "\(q.text): \(targets)")
            XCTAssertTrue((targets + speakerNames(q, found.entities)).contains("Marina Petrella"), "\(q.text): \(targets)")
        }
    }

    /// Dev article es-ladiaria-glifosato-paso-centurion: the subject of a quoted predicate after "afirmó que".
    func testSubjectOfAQuotedPredicate() {
        let body = "Magallanes afirmó que la Policía “responde cuando tiene posibilidades”."
        let found = extractQuotes(body, lang: "es", known: [("Juan Magallanes", .person, ["Magallanes"]),
                                                           ("Policía", .organization, ["Policía"])])
        XCTAssertEqual(targetNames(found), [["Policía"]])
        XCTAssertEqual(targetSources(found), [[.partial]])
    }

    /// Dev article it-lastampa-haniyeh-sconfitta-clamorosa: after a preposition ("ha identificato in Benjamin
    /// Netanyahu «…»") the rule stays silent, as for settings and addressees ("a Tripoli", "a El País"); the
    /// speaker, named in the same clause, is never a target.
    func testNoSubjectAfterAPreposition() {
        let body = "Il capo dell'ufficio politico di Hamas Ismail Haniyeh ha identificato in Benjamin Netanyahu \"uno dei "
            + "motivi principali di questa guerra; si preoccupa solo di salvarsi dalla prigione\"."
        let found = extractQuotes(body, known: [("Ismail Haniyeh", .person, ["Ismail Haniyeh"]),
                                                ("Benjamin Netanyahu", .person, ["Benjamin Netanyahu"]),
                                                ("Hamas", .organization, ["Hamas"])])
        XCTAssertEqual(found.quotes.count, 1)
        XCTAssertFalse(targetNames(found)[0].contains("Ismail Haniyeh"))
        XCTAssertFalse(targetSources(found)[0].contains(.partial))
    }

    /// Constructed: a full quote after a colon is its speaker's own sentence; the name before the colon is the
    /// speaker, not what the quote is said of.
    func testFullQuoteAfterColonTakesNoSubject() {
        let body = "Poi ha parlato Umberto Tozzi: «Felice di essere qui, il pubblico è stato magnifico»."
        let found = extractQuotes(body, known: [("Umberto Tozzi", .person, ["Umberto Tozzi"])])
        XCTAssertEqual(targetNames(found), [[]])
    }

    /// Constructed, on the pattern of TARGETS.md B.2: the "of" complement of a quoted label's object.
    func testOfComplementOfTheLabelledObject() {
        let body = "Il portavoce Dmitrij Peskov ha definito le accuse di Kiev «infondate e ridicole»."
        let found = extractQuotes(body, known: [("Dmitrij Peskov", .person, ["Dmitrij Peskov"]),
                                                ("Ukraine", .country, ["Kiev"])])
        XCTAssertEqual(targetNames(found), [["Ukraine"]])
    }

    /// Dev article es-elpais-uy-montecon-conflicto-portuario: the addressee of the reporting verb ("dijeron a El
    /// País que “…”") is not what the fragment is said of.
    func testAddresseeBeforeAFragmentIsNotItsSubject() {
        let body = "En tanto, fuentes de Montecon dijeron a El País que “la empresa tomó esta medida para descomprimir "
            + "la situación”."
        let found = extractQuotes(body, lang: "es", known: [("Montecon", .organization, ["Montecon"]),
                                                           ("El País", .organization, ["El País"])])
        XCTAssertFalse(targetNames(found).flatMap { $0 }.contains("El País"), "\(targetNames(found))")
    }
}
