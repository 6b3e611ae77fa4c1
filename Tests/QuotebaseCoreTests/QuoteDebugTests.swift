import XCTest
@testable import QuotebaseCore

/// Prints the entities and quotes the real pipeline finds in one text file, for debugging a rule by eye:
/// `QDEBUG=/tmp/a.txt QLANG=it swift test --filter QuoteDebugTests`.
final class QuoteDebugTests: XCTestCase {
    func testDebug() throws {
        guard let path = ProcessInfo.processInfo.environment["QDEBUG"] else { throw XCTSkip("QDEBUG") }
        let lang = ProcessInfo.processInfo.environment["QLANG"] ?? "en"
        let body = try String(contentsOfFile: path, encoding: .utf8)
        let article = Article(source: "t", title: nil, lang: lang, body: body)
        let entities = EntityRecognizer().recognize(article)
        for e in entities.entities { print("ENT", e.kind, e.name) }
        for q in QuoteExtractor().extract(from: article, entities: entities) {
            print("Q", speakerNames(q, entities), q.cue ?? "-", q.text)
        }
    }
}
