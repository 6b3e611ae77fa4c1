import XCTest
@testable import QuotebaseCore

/// `UnlinkedNameSubject`: a cue's subject that opens with a first name is a person the index missed, and it stands.
final class UnlinkedNameSubjectTests: XCTestCase {
    func testAnUnknownBlogger() {
        // German Wikinews train, de_train_644 (the tagger missed "Mats Schönauer").
        let body = "Der Journalist Arthur Rutishauser hatte über Steuersünder berichtet. In vielen Ländern ist diese Art "
            + "der Bekanntmachung üblich. Mats Schönauer schreibt dazu in seinem kritischen Blog: „So tingelt die "
            + "Geschichte seit Tagen ungeprüft durch nahezu alle deutsche Medien.“"
        let found = extractQuotes(body, lang: "de", known: [("Arthur Rutishauser", .person, ["Arthur Rutishauser"])])
        XCTAssertEqual(found.quotes.last.map { speakerNames($0, found.entities) }, ["Mats Schönauer"])
    }
}
