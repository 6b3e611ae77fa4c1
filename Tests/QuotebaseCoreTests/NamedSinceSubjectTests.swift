import XCTest
@testable import QuotebaseCore

/// A quote with no cue of its own, in Italian, French and Spanish: a person named since the latest speaker takes
/// over even when a clause subject from before that speaker is nearer in the rules' order.
final class NamedSinceSubjectTests: XCTestCase {
    func testASpanishPredicateNameAfterTheLatestSpeaker() {
        // La Tercera (es dev, es-latercera-agenda-seguridad-interior), shortened.
        let body = "El diputado Diego Ibáñez dijo que hay temas prioritarios. “Se puede caminar y mascar chicle al mismo "
            + "tiempo”, recalcó.\n\nUna de mas voces más críticas a lo deslizado por el Ejecutivo es el parlamentario de "
            + "Acción Humanista, Tomás Hirsch, quien ya tomó distancia del proyecto.\n\n“Tener un estado de excepción "
            + "‘intermedio’ o una suerte de ley de infraestructura crítica no es lo que necesitamos”, señaló."
        let found = extractQuotes(body, lang: "es", known: [("Diego Ibáñez", .person, ["Diego Ibáñez"]),
                                                             ("Tomás Hirsch", .person, ["Tomás Hirsch"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Tomás Hirsch"])
    }

    func testTheSpeakerGoesOnWhenNoOneIsNamedSince() {
        // La Tercera (es dev), the quote before: Ibáñez, the sentence's subject, speaks on.
        let body = "El diputado Diego Ibáñez dijo que hay temas prioritarios.\n\n“Se puede caminar y mascar chicle al "
            + "mismo tiempo”, recalcó."
        let found = extractQuotes(body, lang: "es", known: [("Diego Ibáñez", .person, ["Diego Ibáñez"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Diego Ibáñez"])
    }
}
