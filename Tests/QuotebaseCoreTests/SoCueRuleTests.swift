import XCTest
@testable import QuotebaseCore

/// `SoCueRule`: "„…“, so X." names the quote's speaker.
final class SoCueRuleTests: XCTestCase {
    func testSoAndAName() {
        // German Wikinews train, de_train_373 (2007): the judge is the sentence's subject, the words are Bader's.
        let body = "„Ich bin mir bewusst, dass das unentschuldbar ist“, sagte der Student. Doch die Richterin ließ "
            + "sich nicht darauf ein: Eine Bewährungsstrafe sei nicht vermittelbar, „wenn jemand betrunken einen "
            + "Radfahrer tötet“, so Ute Bader."
        let found = extractQuotes(body, lang: "de", known: [("Ute Bader", .person, ["Ute Bader"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Ute Bader"])
        XCTAssertEqual(found.quotes.last?.rule, .soCue)
    }

    func testSoAndARole() {
        // de_train_696 (2021): a role after "so".
        let body = "Der Leiter der Rettungsagentur, Bambang Suryo Aji, sagte vor der Presse, man habe Trümmer gefunden. "
            + "„Wir suchen weiter nach Überlebenden“, so der stellvertretende Chef der Behörde."
        let found = extractQuotes(body, lang: "de", known: [("Bambang Suryo Aji", .person, ["Bambang Suryo Aji"])])
        XCTAssertEqual(found.quotes.last?.rule, .soCue)
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["der stellvertretende Chef der Behörde"])
    }

    func testNotSoDass() {
        let body = "„Wir sind bereit“, sagte Ute Bader. Die Lage sei „sehr ernst geworden“, so dass die Regierung handeln musste."
        let found = extractQuotes(body, lang: "de", known: [("Ute Bader", .person, ["Ute Bader"])])
        XCTAssertNotEqual(found.quotes.last?.rule, .soCue)
    }

    func testSoAfterTheRestOfTheSentence() {
        // de_train_226: the quote sits inside the sentence, "so" follows its verb and a comma.
        let body = "Ihrerseits knüpften die USA Vorbedingungen an Verhandlungen. Der Iran müsse „vollständig und "
            + "nachweislich den Anreicherungsprozess“ beenden, so Rice. Die USA billigten dem Iran das Recht zu."
        let found = extractQuotes(body, lang: "de")
        XCTAssertEqual(found.quotes.first?.rule, .soCue)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Rice"])
    }

    func testSoInReportedSpeechNamesTheNextQuotesSpeaker() {
        // de_train_594: "so" names the writer in narrative; the quote of the next sentence is his.
        let body = "Der Film legt die Schuld allein Joseph Kony zur Last. Doch sei es, so der ugandische Schriftsteller "
            + "Musa Okwanga in einem Blogeintrag, ein Haufen mächtiger Leute gewesen, der Kony gewähren lassen habe. "
            + "Deshalb müsse „die Politik des ugandischen Präsidenten Museveni zentraler Bestandteil der Lösung "
            + "dieses Problems sein“."
        let found = extractQuotes(body, lang: "de", known: [("Joseph Kony", .person, ["Joseph Kony", "Kony"]),
                                                             ("Musa Okwanga", .person, ["Musa Okwanga"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Musa Okwanga"])
    }

    func testSoListingExamplesIsNoSpeech() {
        // de_train_484: "so" lists who congratulated; ElBaradei's own quote is his.
        let body = "Auch weitere Staatsrepräsentanten gratulierten Obama, so der italienische Ministerpräsident "
            + "Berlusconi, der Leiter der Atomenergiebehörde, Mohammed ElBaradei („Mir fällt niemand ein, der diese "
            + "Ehre mehr verdient hätte.“), und der norwegische Ministerpräsident."
        let found = extractQuotes(body, lang: "de", known: [("Berlusconi", .person, ["Berlusconi"]),
                                                             ("Mohammed ElBaradei", .person, ["Mohammed ElBaradei"])])
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Mohammed ElBaradei"])
    }

    func testSoARoleAndANameBeforeTheListener() {
        // de_train_429 has the shape: "so" + role + name + "gegenüber" + outlet.
        let body = "Die Organisatoren gestanden Fehler ein. „Die Bilder waren computeranimiert“, so der Sprecher "
            + "Chen Qigang gegenüber der Zeitung „Beijing Shibao“."
        let found = extractQuotes(body, lang: "de", known: [("Chen Qigang", .person, ["Chen Qigang"]),
                                                             ("Beijing Shibao", .organization, ["Beijing Shibao"])])
        XCTAssertEqual(found.quotes.first?.rule, .soCue)
        XCTAssertEqual(found.quotes.first.map { speakerNames($0, found.entities) }, ["Chen Qigang"])
    }
}
