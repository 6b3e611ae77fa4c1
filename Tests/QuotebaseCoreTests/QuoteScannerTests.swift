import Foundation
import XCTest
@testable import QuotebaseCore

/// Quote spans: one typographic rule per test, on real sentences (seed, DICE, Reuters).
final class QuoteScannerTests: XCTestCase {
    private func texts(_ body: String, title: String? = nil, lang: String = "it") -> [String] {
        extractQuotes(body, title: title, lang: lang).quotes.map(\.text)
    }

    func testGuillemets() {
        XCTAssertEqual(texts("MODENA «Senza il paletto dello stendino avrei preso una coltellata». Fabio Ravagnani lavora."),
                       ["Senza il paletto dello stendino avrei preso una coltellata"])
    }

    func testGuillemetsWithInnerSpaces() {
        XCTAssertEqual(texts("Le maire a déclaré : « Nous ne céderons pas ». La séance a été levée.", lang: "fr"),
                       ["Nous ne céderons pas"])
    }

    func testItalianCloseWithOpeningMark() {
        // Italian press often closes “ with “ again (seed).
        XCTAssertEqual(texts("il presidente Putin avrebbe spiegato: “Stiamo costruendo una centrale nucleare la cui prima unità sta già funzionando“. A riportare lo stralcio è la Rai."),
                       ["Stiamo costruendo una centrale nucleare la cui prima unità sta già funzionando"])
    }

    func testClosingMarkWithoutOpeningStartsAtParagraph() {
        let body = "Il commento di Lukashenko: “I legami si rafforzano”\n\nIl rafforzamento dei legami è diventata una risposta naturale. Credo che siamo ancora in grado di trovare risposte efficaci“. Questo quanto rilasciato dal presidente bielorusso."
        XCTAssertEqual(texts(body), ["I legami si rafforzano",
                                     "Il rafforzamento dei legami è diventata una risposta naturale. Credo che siamo ancora in grado di trovare risposte efficaci"])
    }

    func testClosingMarkWithoutOpeningStartsAfterPreviousQuoteSentence() {
        let body = "“Un sistema di difesa aerea unificato è stato creato“, ha sottolineato il presidente russo. Abbiamo concordato di continuare congiuntamente“."
        XCTAssertEqual(texts(body), ["Un sistema di difesa aerea unificato è stato creato", "Abbiamo concordato di continuare congiuntamente"])
    }

    func testReutersParagraphReopensQuote() {
        let body = "he replied \"I think we will hold the election either late or early.\n\n\"There is not any compulsion to go for an early election.\"\n\nBut he added that it was fine."
        XCTAssertEqual(texts(body, lang: "en"), ["I think we will hold the election either late or early.\n\n\"There is not any compulsion to go for an early election."])
    }

    func testStraightQuoteReopenedMidLineIsANewQuote() {
        // BBC text whose paragraph break was lost: `"A. "B."` is two quotes, not B nested in A.
        let body = "\"We have tried very hard to make them come back. \"Obviously we have failed in that.\" He left."
        XCTAssertEqual(texts(body, lang: "en"), ["We have tried very hard to make them come back.", "Obviously we have failed in that."])
    }

    func testUnclosedQuoteContinuesIntoParagraphThatCloses() {
        // Reuters 6190: no closing mark and no reopening mark; the next paragraph ends the quote.
        let body = "David Steel said \"this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back.\"\n\nSteel said more."
        XCTAssertEqual(texts(body, lang: "en"), ["this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back."])
    }

    func testUnclosedQuoteEndsAtParagraphWhenNextOpensAnother() {
        // Reuters 17201: the source forgot the closing mark; the next paragraph is narrative.
        let body = "Reagan said he would tell Nakasone: \"We want to lift these trade restrictions as soon as evidence permits.\n\nReagan said the tariffs were a special case.\n\n\"In imposing these tariffs we were just trying to deal with a particular problem,\" he said."
        XCTAssertEqual(texts(body, lang: "en"), ["We want to lift these trade restrictions as soon as evidence permits.",
                                                 "In imposing these tariffs we were just trying to deal with a particular problem,"])
    }

    func testApostrophesAreNotQuoteMarks() {
        let it = "L’obiettivo di Putin è chiaro, ha detto all’Agenzia il titolare dell'officina. Un po' di calma."
        XCTAssertEqual(texts(it), [])
        let en = "Putin’s aides don't agree. It\"s the president\"s call, and Opec\"s output fell. <Qatar National Bank SAQ>\"s manager left."
        XCTAssertEqual(texts(en, lang: "en"), [])
    }

    func testStraightApostropheInsideQuoteDoesNotSplitIt() {
        let body = "\"With my meeting coming up, it\"s terribly important not to restrict a president\"s options,\" he said."
        XCTAssertEqual(texts(body, lang: "en"), ["With my meeting coming up, it\"s terribly important not to restrict a president\"s options,"])
    }

    func testNestedQuoteIsItsOwnQuote() {
        let body = "«Anche i volontari prendono brutte parole. Uno di loro mi ha detto: “è l'ultima volta che vengo, non ho mai preso tante offese come oggi”. Poi ha fatto rapporto agli agenti», prosegue Guaitoli."
        XCTAssertEqual(texts(body), [
            "Anche i volontari prendono brutte parole. Uno di loro mi ha detto: “è l'ultima volta che vengo, non ho mai preso tante offese come oggi”. Poi ha fatto rapporto agli agenti",
            "è l'ultima volta che vengo, non ho mai preso tante offese come oggi",
        ])
    }

    func testSameMarkNestedQuotesCloseTogether() {
        // Reuters 6190: `"… the "haves" as opposed to the "have-nots."` — the last mark closes both.
        let body = "David Owen said \"this is a good attempt. It has given money to the \"haves\" as opposed to the \"have-nots.\"\n\nLabour leader Neil Kinnock called it \"a bribes budget.\""
        XCTAssertEqual(texts(body, lang: "en"), ["this is a good attempt. It has given money to the \"haves\" as opposed to the \"have-nots.", "a bribes budget."])
    }

    func testNamesTitlesAndScareQuotesAreNotSpeech() {
        XCTAssertEqual(texts("È stato trovato nel locale \"Da Tommy\" in centro. Poi sono andati al bar “La Baracchina” in centro."),
                       [])
        XCTAssertEqual(texts("C'è un \"ma\". «Purtroppo siamo in balia di tutti», dice Messori."), ["Purtroppo siamo in balia di tutti"])
        XCTAssertEqual(texts("It has given money to the \"haves\" and the so-called \"axis of evil\" is back, he said.", lang: "en"), [])
    }

    func testQuoteDividedByInlineDashAttributionIsSplit() {
        let body = "«Stavo aprendo il banco verso le 9 - racconta l'ambulante - quando si è presentato un ragazzo». E poi «hanno litigato in 7 - 8 banchi»."
        XCTAssertEqual(texts(body), ["Stavo aprendo il banco verso le 9", "quando si è presentato un ragazzo", "hanno litigato in 7 - 8 banchi"])
    }

    func testQuotePrintedTwiceIsStoredOnce() {
        let title = "Russia e Bielorussia, l’alleanza si rafforza. Putin e Lukashenko: “Istituita difesa comune”"
        let found = extractQuotes(title + "\n\nMaggiore sinergia tra Mosca e Minsk.", title: title)
        XCTAssertEqual(found.quotes.map(\.text), ["Istituita difesa comune"])
        XCTAssertEqual(found.quotes.first?.kind, .headline)
        XCTAssertEqual(found.quotes.first?.span.part, .title)
    }

    func testGermanMarks() {
        XCTAssertEqual(texts("Der Minister sagte: „Wir werden nicht nachgeben.“ Dann ging er.", lang: "de"), ["Wir werden nicht nachgeben."])
        XCTAssertEqual(texts("Sie sagte: »Das ist falsch.« Danach schwieg sie.", lang: "de"), ["Das ist falsch."])
    }

    func testSpansAreUnicodeScalarOffsets() {
        let body = "L’obiettivo: «Già è così», dice lui. 👍 “Ancora qui”, ha detto Rossi."
        let found = extractQuotes(body)
        for q in found.quotes {
            XCTAssertEqual(body.scalarSlice(q.span.start, q.span.end), q.text)
        }
        XCTAssertEqual(found.quotes.count, 2)
    }

    // MARK: Hostile input

    func testHundredThousandQuoteMarksStayLinear() {
        var body = ""
        for i in 0..<25_000 { body += i % 2 == 0 ? "«a» \"b\" " : "“c“ ' " }
        let start = Date()
        _ = extractQuotes(body)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testUnclosedQuoteAtStartOfOneMegabyte() {
        let sentence = "Il sindaco ha parlato della situazione del mercato e dei furti in centro. "
        let body = "«" + String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let start = Date()
        let found = extractQuotes(body)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        XCTAssertLessThanOrEqual(found.quotes.count, 1)
    }
}
