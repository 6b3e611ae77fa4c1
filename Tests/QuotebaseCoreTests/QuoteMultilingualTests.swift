import XCTest
@testable import QuotebaseCore

/// French, Spanish and German attribution. No real fr/es/de news corpus is available here, so every sentence in
/// this file is CONSTRUCTED (written for the test, in the style of wire copy), not quoted from an article.
final class QuoteMultilingualTests: XCTestCase {
    private let dupont = (name: "Jean Dupont", kind: EntityKind.person, forms: ["Jean Dupont", "Dupont"])
    private let garcia = (name: "Ana García", kind: EntityKind.person, forms: ["Ana García", "García"])
    private let schmidt = (name: "Eva Schmidt", kind: EntityKind.person, forms: ["Eva Schmidt", "Schmidt"])

    func testFrench() {
        // Constructed: inverted "a-t-il déclaré", guillemets with inner spaces.
        assertQuotes(extractQuotes("Jean Dupont était à Lyon. « Nous ne céderons pas », a-t-il déclaré.", lang: "fr", known: [dupont]),
                     [("Nous ne céderons pas", ["Jean Dupont"])])
        // Constructed: "X a affirmé : « Q »".
        assertQuotes(extractQuotes("Le ministre Jean Dupont a affirmé : « La réforme sera votée en juin ».", lang: "fr", known: [dupont]),
                     [("La réforme sera votée en juin", ["Jean Dupont"])])
        // Constructed: "selon X".
        assertQuotes(extractQuotes("Selon Jean Dupont, la loi est « une erreur historique ».", lang: "fr", known: [dupont]),
                     [("une erreur historique", ["Jean Dupont"])])
        // Constructed: "« Q », explique-t-elle" after a named woman, and "a estimé X".
        assertQuotes(extractQuotes("Marie Curie dirige le laboratoire. « Nous manquons de moyens », explique-t-elle.", lang: "fr",
                                   known: [("Marie Curie", .person, ["Marie Curie"])]),
                     [("Nous manquons de moyens", ["Marie Curie"])])
        // Constructed: "a estimé X" after the quote.
        assertQuotes(extractQuotes("« C'est un scandale », a estimé Jean Dupont.", lang: "fr", known: [dupont]),
                     [("C'est un scandale", ["Jean Dupont"])])
    }

    func testSpanish() {
        // Constructed: inverted "dijo el ministro", role resolved to the person named before.
        assertQuotes(extractQuotes("La ministra Ana García visitó la planta. «No vamos a ceder», dijo la ministra.", lang: "es", known: [garcia]),
                     [("No vamos a ceder", ["Ana García"])])
        // Constructed: "según X", with English-style curly quotes.
        assertQuotes(extractQuotes("Según Ana García, el acuerdo es “un paso histórico”.", lang: "es", known: [garcia]),
                     [("un paso histórico", ["Ana García"])])
        // Constructed: "X señaló que «Q»" and "afirmó X".
        assertQuotes(extractQuotes("Ana García señaló que «la economía crecerá».", lang: "es", known: [garcia]),
                     [("la economía crecerá", ["Ana García"])])
        assertQuotes(extractQuotes("«Es un buen día», afirmó García.", lang: "es", known: [garcia]),
                     [("Es un buen día", ["Ana García"])])
    }

    func testGerman() {
        // Constructed: „…“ with inverted "sagte der Sprecher" — an unnamed speaker keeps its words.
        assertQuotes(extractQuotes("„Wir prüfen den Fall“, sagte ein Sprecher der Polizei.", lang: "de"),
                     [("Wir prüfen den Fall", ["ein Sprecher der Polizei"])])
        // Constructed: "laut X", "betonte X", "X erklärte: „Q“".
        assertQuotes(extractQuotes("Eva Schmidt erklärte: „Die Lage ist ernst.“", lang: "de", known: [schmidt]),
                     [("Die Lage ist ernst.", ["Eva Schmidt"])])
        assertQuotes(extractQuotes("„Wir bleiben hart“, betonte Schmidt am Montag.", lang: "de", known: [schmidt]),
                     [("Wir bleiben hart", ["Eva Schmidt"])])
        assertQuotes(extractQuotes("Laut Eva Schmidt ist das Gesetz „ein Fehler“.", lang: "de", known: [schmidt]),
                     [("ein Fehler", ["Eva Schmidt"])])
        // Constructed: German chevrons »…« and the pronoun after the verb.
        assertQuotes(extractQuotes("Eva Schmidt kam spät. »Das war knapp«, sagte sie.", lang: "de", known: [schmidt]),
                     [("Das war knapp", ["Eva Schmidt"])])
    }
}
