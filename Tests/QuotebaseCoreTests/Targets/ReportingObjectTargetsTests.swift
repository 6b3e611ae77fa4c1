import XCTest
@testable import QuotebaseCore

/// What the journalist's sentence says a quote is about: the reporting clause's object, a fronted topic, the
/// question the quote answers; and what it does not (the addressee).
final class ReportingObjectTargetsTests: XCTestCase {
    /// Dev article it-gazzettadelsud-questore-capoluongo-commiato: the quote answers a question naming Messina.
    func testQuestionTheQuoteAnswers() {
        let body = "Il questore Gennaro Capoluongo saluta la città. Che città è Messina? \" Città in salute ma "
            + "perfettibile e migliorabile. Dal punto di vista della criminalità risente molto delle aree geografiche vicine.\""
        let found = extractQuotes(body, known: [("Gennaro Capoluongo", .person, ["Gennaro Capoluongo"]),
                                                ("Messina", .location, ["Messina"])])
        XCTAssertEqual(targetNames(found).last, ["Messina"])
        XCTAssertEqual(targetSources(found).last, [.reporting])
    }

    /// Dev article it-corriere-bologna-lepore-nuovo-sindaco.
    func testQuestionNamingARival() {
        let body = "Intanto, il neo sindaco ha già sentito il suo principale sfidante, Fabio Battistini, sostenuto dal "
            + "centrodestra? «Ancora nulla», riferisce Lepore."
        let found = extractQuotes(body, known: [("Matteo Lepore", .person, ["Lepore"]),
                                                ("Fabio Battistini", .person, ["Fabio Battistini"])])
        XCTAssertEqual(targetNames(found), [["Fabio Battistini"]])
    }

    /// Dev article it-agenzianova-gualtieri-dpcm-giubileo: the fronted "Sul decreto della presidenza del consiglio
    /// dei ministri" names its head's complement; the relative clause after it ("che sblocca i cantieri per il
    /// Giubileo") does not count.
    func testFrontedTopicHeadAndComplement() {
        let body = "Sul decreto della presidenza del consiglio dei ministri che sblocca i cantieri per il Giubileo "
            + "\"ho incontrato il sottosegretario Mantovano, ho formalmente inviato alla presidente del consiglio il "
            + "piano dettagliato\". Lo ha detto il sindaco di Roma, Roberto Gualtieri."
        let found = extractQuotes(body, known: [
            ("Presidenza del Consiglio dei ministri", .organization, ["presidenza del consiglio dei ministri"]),
            ("Giubileo", .organization, ["Giubileo"]), ("Alfredo Mantovano", .person, ["Mantovano"]),
            ("Roberto Gualtieri", .person, ["Roberto Gualtieri"])])
        let targets = targetNames(found).first ?? []
        XCTAssertTrue(targets.contains("Presidenza del Consiglio dei ministri"), "\(targets)")
        XCTAssertTrue(targets.contains("Alfredo Mantovano"), "\(targets)")
        XCTAssertFalse(targets.contains("Giubileo"), "\(targets)")
    }

    /// Constructed: "al referirse a X" names what the quote is about.
    func testAlReferirseA() {
        let body = "Al referirse a Montecon, el dirigente Juan Pérez dijo: \"Cambió las reglas de juego\"."
        let found = extractQuotes(body, lang: "es", known: [("Juan Pérez", .person, ["Juan Pérez"]),
                                                           ("Montecon", .organization, ["Montecon"])])
        XCTAssertEqual(targetNames(found), [["Montecon"]])
        XCTAssertEqual(targetSources(found), [[.reporting]])
    }

    /// Constructed: "referring to X".
    func testReferringTo() {
        let body = "Referring to Alitalia, John Smith said: \"It was a terrible day for everyone\"."
        let found = extractQuotes(body, lang: "en", known: [("John Smith", .person, ["John Smith"]),
                                                           ("Alitalia", .organization, ["Alitalia"])])
        XCTAssertEqual(targetNames(found), [["Alitalia"]])
    }

    /// Constructed: the addressee of the reporting clause ("told Reuters") is not a target.
    func testAddresseeIsNotATarget() {
        let body = "\"We will not sell the plant this year,\" John Smith told Reuters."
        let found = extractQuotes(body, lang: "en", known: [("John Smith", .person, ["John Smith"]),
                                                           ("Reuters", .organization, ["Reuters"])])
        XCTAssertEqual(targetNames(found), [[]])
    }
}
