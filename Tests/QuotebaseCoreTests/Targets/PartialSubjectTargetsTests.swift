import XCTest
@testable import QuotebaseCore

/// What a partial quote is said of: the entity right before the fragment in its clause.
final class PartialSubjectTargetsTests: XCTestCase {
    /// Dev article it-wikinews-petrella-scarcerata: three fragments said of Marina Petrella, the doctors speaking.
    func testChainOfFragmentsSharesItsSubject() {
        let body = "Secondo i dottori, la Petrella «si sta lasciando andare», soffre di «turbe depressive e suicide» e "
            + "di «denutrizione»."
        let found = extractQuotes(body, known: [("Marina Petrella", .person, ["Petrella"])])
        XCTAssertEqual(found.quotes.count, 3)
        XCTAssertEqual(targetNames(found), [["Marina Petrella"], ["Marina Petrella"], ["Marina Petrella"]])
        XCTAssertEqual(targetSources(found), [[.partial], [.partial], [.partial]])
    }

    /// Dev article it-lastampa-haniyeh-sconfitta-clamorosa: the object of a quoted label; the speaker, named in the
    /// same clause, is not a target.
    func testObjectOfAQuotedLabel() {
        let body = "Il capo dell'ufficio politico di Hamas Ismail Haniyeh ha identificato in Benjamin Netanyahu \"uno dei "
            + "motivi principali di questa guerra; si preoccupa solo di salvarsi dalla prigione\"."
        let found = extractQuotes(body, known: [("Ismail Haniyeh", .person, ["Ismail Haniyeh"]),
                                                ("Benjamin Netanyahu", .person, ["Benjamin Netanyahu"]),
                                                ("Hamas", .organization, ["Hamas"])])
        XCTAssertEqual(found.quotes.count, 1)
        XCTAssertTrue(targetNames(found)[0].contains("Benjamin Netanyahu"), "\(targetNames(found))")
        XCTAssertFalse(targetNames(found)[0].contains("Ismail Haniyeh"))
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
