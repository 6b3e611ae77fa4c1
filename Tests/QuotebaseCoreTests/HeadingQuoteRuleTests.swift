import XCTest
@testable import QuotebaseCore

/// `HeadingQuoteRule`: a short quote alone as a paragraph is a section heading said by the next cued quote's speaker.
final class HeadingQuoteRuleTests: XCTestCase {
    func testAFrenchHeadingTakesTheNextSpeaker() {
        // Le Monde (fr dev, fr-lemonde-perspectives-commission), shortened: Sebastian Kurz spoke before the heading.
        let body = "Le chancelier autrichien Sebastian Kurz a parlé. C’est le seul moyen « d’éviter que l’Italie ne mette "
            + "toute la zone euro en danger », a-t-il ajouté.\n\n« Nouvelles réformes propices à la croissance »\n\n"
            + "En comparaison, la situation française paraît nettement plus enviable.\n\n« L’économie européenne tient "
            + "bon face à une conjoncture mondiale moins favorable et à des incertitudes persistantes », a prévenu le "
            + "commissaire à l’économie Pierre Moscovici."
        let found = extractQuotes(body, lang: "fr", known: [("Sebastian Kurz", .person, ["Sebastian Kurz", "Kurz"]),
                                                             ("Pierre Moscovici", .person, ["Pierre Moscovici"])])
        let heading = found.quotes.first { $0.text.hasPrefix("Nouvelles réformes") }
        XCTAssertEqual(heading.map { speakerNames($0, found.entities) }, ["Pierre Moscovici"])
        XCTAssertEqual(heading?.rule, .headingQuote)
    }

    func testASpanishHeadingTakesTheNextSpeaker() {
        // Publimetro (es dev, es-publimetro-orellana-berrios), shortened.
        let body = "La ministra Antonia Orellana dijo: “Que la justicia penal investigue, no la canónica”.\n\n"
            + "“Haré todo lo necesario”\n\nPosteriormente, Berríos emitió un comunicado en la que expresó que “he tomado "
            + "conocimiento de la denuncia en mi contra”."
        let found = extractQuotes(body, lang: "es", known: [("Antonia Orellana", .person, ["Antonia Orellana"]),
                                                             ("Felipe Berríos", .person, ["Felipe Berríos", "Berríos"])])
        let heading = found.quotes.first { $0.text == "Haré todo lo necesario" }
        XCTAssertEqual(heading.map { speakerNames($0, found.entities) }, ["Felipe Berríos"])
        XCTAssertEqual(heading?.rule, .headingQuote)
    }

    func testAParagraphOfSpeechIsNoHeading() {
        // Ouest-France (fr dev, fr-ouest-france-gaza-famille-shehab), shortened: sentences inside, the speaker goes on.
        let body = "Zakaria Shehab raconte sa vie à Gaza.\n\n« Le pire, c’est la nuit. On est dans le noir. »\n\n"
            + "« Nous partons », a dit Ahmed Shehab."
        let found = extractQuotes(body, lang: "fr", known: [("Zakaria Shehab", .person, ["Zakaria Shehab"]),
                                                             ("Ahmed Shehab", .person, ["Ahmed Shehab"])])
        XCTAssertNotEqual(found.quotes.first { $0.text.hasPrefix("Le pire") }?.rule, .headingQuote)
    }
}
