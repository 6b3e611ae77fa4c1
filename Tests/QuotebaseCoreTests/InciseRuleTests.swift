import XCTest
@testable import QuotebaseCore

/// `InciseRule`: a speech verb between commas inside the marks names the speaker of the whole quotation.
final class InciseRuleTests: XCTestCase {
    func testANamedIncise() {
        // Libération (fr dev, fr-liberation-gaza-jabalia): Tsahal is named just before.
        let body = "Tsahal l’accuse d’avoir délibérément placé les entrées de certains des tunnels à proximité de sites "
            + "civils comme des hôpitaux. «Nous faisons de notre mieux pour minimiser les dommages, jure Daniel Hagari, "
            + "mais la manière dont le Hamas a construit ses infrastructures nous pose un grand défi.»"
        let found = extractQuotes(body, lang: "fr", known: [("Tsahal", .organization, ["Tsahal"]),
                                                             ("Daniel Hagari", .person, ["Daniel Hagari"]),
                                                             ("Hamas", .organization, ["Hamas"])])
        XCTAssertEqual(found.quotes.count, 1)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Daniel Hagari"])
        XCTAssertEqual(found.quotes.first?.rule, .incise)
    }

    func testAPronounInciseIsLeftToTheContext() {
        // Bondy Blog (fr dev, fr-bondyblog-paris-8-greve), shortened.
        let body = "Non loin de là, on discute avec Pasiphae. « Ce qu’on nous annonce, c’est la fin de l’université, "
            + "soupire-t-elle. C’est de plus en plus difficile. »"
        let found = extractQuotes(body, lang: "fr", known: [("Pasiphae", .person, ["Pasiphae"])])
        XCTAssertNotEqual(found.quotes.first?.rule, .incise)
    }
}
