import XCTest
@testable import QuotebaseCore

/// `ListenerMention`: an outlet the words were said to, or a credit line, is no speaker of the quotes around it.
final class ListenerMentionTests: XCTestCase {
    func testTheNewspaperTheSourcesSpokeTo() {
        // El País, Uruguay (es dev, es-elpais-uy-montecon-conflicto-portuario).
        let body = "“Se procura una confrontación máxima en el Puerto de Montevideo”, afirmó un integrante del Poder "
            + "Ejecutivo a El País. En tanto, fuentes de Montecon dijeron a El País que “la empresa tomó esta medida para "
            + "descomprimir la situación”. “Tenemos un compromiso con el Puerto de Montevideo y esta medida busca poner "
            + "primero al puerto y al país”, explicaron las fuentes."
        let found = extractQuotes(body, lang: "es", known: [("El País", .organization, ["El País"]),
                                                             ("Montecon", .organization, ["Montecon"]),
                                                             ("Poder Ejecutivo", .organization, ["Poder Ejecutivo"])])
        XCTAssertEqual(found.quotes.count, 3)
        for quote in found.quotes {
            XCTAssertFalse(speakerNames(quote, found.entities).contains("El País"), quote.text)
        }
    }

    func testTheAgencyCreditIsNoSpeaker() {
        // ANSA (it dev, it-ansa-urso-cna-pmi).
        let body = "(ANSA) - ROMA, 01 MAR - \"Artigiani e Pmi sono elementi di forza del sistema Italia in questa fase "
            + "di deglobalizzazione. Per questo abbiamo creato il ministero delle Imprese e del Made in Italy\".\n\n"
            + "Così in un tweet il ministro delle Imprese e del Made in Italy, Adolfo Urso, in occasione della sua "
            + "partecipazione alla direzione nazionale della Cna. (ANSA)."
        let found = extractQuotes(body, known: [("ANSA", .organization, ["ANSA"]),
                                                ("Adolfo Urso", .person, ["Adolfo Urso"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Adolfo Urso"])
    }

    func testGermanGegenueberBeforeItsVerb() {
        // German Wikinews train, de_train_677: the newspaper, taken for a person, is the listener of "erklärte sie".
        let body = "Die Stuttgarter Bildungsbürgermeisterin Isabell Fetzer (FDP) zeigte sich überzeugt, dass auch hier "
            + "eine Oberstufe kommt. Gegenüber den Stuttgarter Nachrichten erklärte sie: „Wir möchten Perspektiven "
            + "schaffen für die Schülerinnen und Schüler der Gemeinschaftsschulen.“"
        let found = extractQuotes(body, lang: "de", known: [("Isabell Fetzer", .person, ["Isabell Fetzer"]),
                                                             ("Gegenüber den Stuttgarter Nachrichten", .person,
                                                              ["Gegenüber den Stuttgarter Nachrichten"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Isabell Fetzer"])
    }
}
