import XCTest
@testable import QuotebaseCore

/// `ClauseSubjectRule`: a German quote inside a sentence with no cue goes to the subject of the main clause.
final class ClauseSubjectRuleTests: XCTestCase {
    func testTheSubjectBeforeTheVerb() {
        // German Wikinews train, de_train_472 (Iran, 2009): Merkel spoke before; the organisation uses the words.
        let body = "„Wir sind besorgt“, sagte Angela Merkel. Auch Vertreter von Amnesty International verurteilten "
            + "den Einsatz der Polizei. Die Organisation rechnet nun mit „weiteren brutalen Übergriffen auf friedliche "
            + "Demonstranten“."
        let found = extractQuotes(body, lang: "de", known: [("Angela Merkel", .person, ["Angela Merkel", "Merkel"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Die Organisation"])
        XCTAssertEqual(found.quotes.last?.rule, .clauseSubject)
    }

    func testTheSubjectAfterTheVerb() {
        // de_train_695 (Handball, 2020): an adverbial opens the clause, the subject follows the verb.
        let body = "Bundestrainer Christian Prokop hatte Umstellungen angekündigt.\n\n"
            + "In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben die Deckung heute stabil gehalten.“"
        let found = extractQuotes(body, lang: "de", known: [("Christian Prokop", .person, ["Christian Prokop"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Christian Prokop"])
        // "sich zeigen" is a speech verb now (`ReflexiveSpeechVerb.swift`): the cue before the quote finds him first.
        XCTAssertEqual(found.quotes.last?.rule, .verbBefore)
    }

    func testAnObjectFirstLeavesTheSubjectAfterTheVerb() {
        // de_train_124 (2005): the object opens the clause; the person after the verb is its subject.
        let body = "„Das ist Sache der Fraktion“, sagte Edmund Stoiber. Die praktische Anwendung der "
            + "Richtlinienkompetenz brachte der SPD-Vorsitzende Franz Müntefering ebenfalls zum Ausdruck: "
            + "„Die Kanzlerin bestimmt nicht alles allein.“"
        let found = extractQuotes(body, lang: "de", known: [("Edmund Stoiber", .person, ["Edmund Stoiber"]),
                                                             ("Franz Müntefering", .person, ["Franz Müntefering"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Franz Müntefering"])
    }

    func testNotForReportedSpeechInTheSubjunctive() {
        // de_train_226 (2006): "müsse" reports someone else's words; the clause's subject did not say them.
        let body = "„Wir bieten Verhandlungen an“, sagte Condoleezza Rice. Der Iran müsse zuvor die "
            + "„Anreicherung von Uran vollständig“ beenden."
        let found = extractQuotes(body, lang: "de", known: [("Condoleezza Rice", .person, ["Condoleezza Rice", "Rice"]),
                                                             ("Iran", .country, ["Iran"])])
        XCTAssertNotEqual(found.quotes.last?.rule, .clauseSubject)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Condoleezza Rice"])
    }

    func testAPrepositionInTheOpeningPhraseIsNoVerb() {
        // German Wikinews train, de_train_580: "um" is no finite verb; Pieper is the subject after "hatte sich".
        let body = "Die Abgeordnete Gudrun Pieper hat im Plenum um Entschuldigung gebeten. Bei einer Debatte um die "
            + "Praxis des Vollzugs von Abschiebungen in Niedersachsen hatte sich Pieper während einer Rede der "
            + "Abgeordneten Filiz Polat zu dem Zwischenruf hinreißen lassen: „Am besten hätte man Sie abschieben sollen.“"
        let found = extractQuotes(body, lang: "de", known: [("Gudrun Pieper", .person, ["Gudrun Pieper", "Pieper"]),
                                                             ("Filiz Polat", .person, ["Filiz Polat"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Gudrun Pieper"])
    }
}
