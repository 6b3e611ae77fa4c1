import Foundation
import XCTest
@testable import QuotebaseCore

/// The rule recorded on each quote, the precision table that turns it into a confidence, and the attribution fixes
/// of issue 18 found with `scripts/attribution-report` (each on a real sentence; the Italian ones come from the
/// dev split of `Fixtures/attribution/it`, never from its blind split).
final class AttributionRuleTests: XCTestCase {
    private let putin = (name: "Vladimir Putin", kind: EntityKind.person, forms: ["Vladimir Putin", "Putin", "presidente russo"])

    func testEachQuoteRecordsTheRuleThatChoseItsSpeaker() {
        // Seed article: a verb after the quote, then a paragraph of quotes with no cue of their own.
        let body = "Il presidente russo Putin ha parlato. “Un sistema di difesa aerea unificato è stato creato“, "
            + "ha sottolineato il presidente russo. “Le esercitazioni continueranno nel 2023“."
        let found = extractQuotes(body, known: [putin])
        XCTAssertEqual(found.quotes.map(\.rule), [.verbAfter, .previousSpeaker])
        let label = extractQuotes("Testo.", title: "Putin e Lukashenko: “Istituita difesa comune”",
                                  known: [putin, ("Alexander Lukashenko", .person, ["Lukashenko"])])
        XCTAssertEqual(label.quotes.first?.rule, .colonLabel)
        // DICE 2776929: "«Q» spiega il titolare Davide Pelloni" (no comma).
        let inverted = extractQuotes("«Perché da qui hanno rubato anche un martello da 8 chili» spiega il titolare Davide Pelloni.",
                                     known: [("Davide Pelloni", .person, ["Davide Pelloni"])])
        XCTAssertEqual(inverted.quotes.first?.rule, .verbAfter)
    }

    func testConfidenceIsTheRulesMeasuredPrecision() {
        let table = RulePrecisionTable(tsv: """
            # lang\trule\tmatched\tcorrect
            *\tverb-after\t100\t90
            it\tverb-after\t40\t38
            en\tverb-after\t10\t2
            *\tprevious-speaker\tnot-a-number\t3
            """)
        XCTAssertEqual(table.precision(of: .verbAfter, lang: "it")!, 39.0 / 42.0, accuracy: 1e-9)
        // Too few English quotes of its own: the pooled figure.
        XCTAssertEqual(table.precision(of: .verbAfter, lang: "en")!, 91.0 / 102.0, accuracy: 1e-9)
        XCTAssertNil(table.precision(of: .previousSpeaker, lang: "it"), "a malformed row is ignored")
        // The shipped table covers the rules that decide most quotes, and extraction reports its figure.
        let shipped = RulePrecisionTable.shipped
        for rule in [AttributionRule.verbAfter, .verbBefore, .previousSpeaker] {
            XCTAssertNotNil(shipped.precision(of: rule, lang: "it"), rule.rawValue)
        }
        let found = extractQuotes("“Un sistema di difesa aerea unificato è stato creato“, ha sottolineato il presidente russo.",
                                  known: [putin])
        XCTAssertEqual(found.quotes.first?.confidence, shipped.precision(of: .verbAfter, lang: "it"))
    }

    func testARolePhraseRunsOnToTheNameAfterItsComma() {
        // Fixtures/attribution/it dev, Agenzia Nova 2023-10-17: the role phrase holds "e" (and), which folding had
        // made the auxiliary "è", and is longer than a subject phrase.
        let tajani = ("Antonio Tajani", EntityKind.person, ["Antonio Tajani"])
        let body = "\"Una situazione certamente difficile, noi stiamo lavorando per la de-escalation\". Lo ha detto il "
            + "Ministro degli affari esteri e della cooperazione internazionale, Antonio Tajani, rispondendo alle "
            + "domande dei giornalisti."
        let found = extractQuotes(body, known: [tajani])
        assertQuotes(found, [("Una situazione certamente difficile, noi stiamo lavorando per la de-escalation", ["Antonio Tajani"])])
        // Not across a clause: the comma after a verb ends the search.
        let other = extractQuotes("«Ci hanno rubato tutto» racconta il titolare, che ha chiamato Antonio Tajani.", known: [tajani])
        XCTAssertEqual(other.quotes.first.map { speakerNames($0, other.entities) }, ["il titolare"])
    }

    func testTheNextParagraphCountsWhenItPointsBack() {
        // Fixtures/attribution/it dev, ANSA 2023-03-01: the quote is a paragraph of its own, "Così …" the next one.
        let urso = ("Adolfo Urso", EntityKind.person, ["Adolfo Urso"])
        let body = "\"Artigiani e Pmi sono elementi di forza del sistema Italia in questa fase di deglobalizzazione\".\n\n"
            + "Così in un tweet il ministro delle Imprese e del Made in Italy, Adolfo Urso, in occasione della sua "
            + "partecipazione alla direzione nazionale."
        let found = extractQuotes(body, known: [urso])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Adolfo Urso"])
        XCTAssertEqual(found.quotes.first?.rule, .nextSentence)
        // A next paragraph that does not point back is someone else's business.
        let unrelated = extractQuotes("\"Artigiani e Pmi sono elementi di forza\".\n\nIn un tweet Adolfo Urso ha parlato d'altro.",
                                      known: [urso])
        XCTAssertNotEqual(unrelated.quotes.first?.rule, .nextSentence)
    }

    func testFoldedAuxiliariesAreNotConjunctionsOrPrepositions() {
        let it = SpeechCueLexicon.forLanguage("it")
        let fr = SpeechCueLexicon.forLanguage("fr")
        func kinds(_ word: String, _ lexicon: SpeechCueLexicon) -> SpeechCueLexicon.Kinds {
            lexicon.kinds(of: QuoteText(word, part: .body).words[0])
        }
        XCTAssertTrue(kinds("è", it).contains(.init(.aux)))
        XCTAssertFalse(kinds("e", it).contains(.init(.aux)), "the conjunction")
        XCTAssertTrue(kinds("ha", it).contains(.init(.aux)))
        XCTAssertTrue(kinds("a", fr).contains(.init(.aux)))
        XCTAssertFalse(kinds("à", fr).contains(.init(.aux)), "the preposition")
    }

    func testAMiddleInitialStaysInsideTheName() {
        // Reuters-21578: "…, said James E. Olson, chairman." and "said Paul J. Rizzo will retire".
        let recognizer = EntityRecognizer()
        for (text, name) in [
            ("The company declared a regular quarterly dividend, said James E. Olson, chairman.", "James E. Olson"),
            ("International Business Machines Corp said Paul J. Rizzo will retire as vice chairman on August 31.", "Paul J. Rizzo"),
        ] {
            let found = recognizer.recognize(Article(source: "test", title: nil, lang: "en", body: text))
            XCTAssertTrue(found.entities.contains { $0.name == name && $0.kind == .person },
                          "\(name) in \(found.entities.map(\.name))")
        }
    }
}
