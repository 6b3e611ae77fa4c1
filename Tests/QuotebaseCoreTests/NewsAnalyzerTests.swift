import XCTest
@testable import QuotebaseCore

final class NewsAnalyzerTests: XCTestCase {
    func testBylineAuthorsArePeopleWithTheAuthorRole() {
        var entities: [ExtractedEntity] = [ExtractedEntity(name: "Rich Miller", kind: .person)]
        let article = Article(source: "x", author: "Rich Miller, Reuters", lang: "en", body: "Rich Miller wrote it.")
        NewsAnalyzer.addAuthors(of: article, to: &entities)
        XCTAssertEqual(entities.map(\.name), ["Rich Miller"])
        XCTAssertEqual(entities[0].roles, ["author"])

        var none: [ExtractedEntity] = []
        NewsAnalyzer.addAuthors(of: Article(source: "x", author: "PETER TORDAY, Reuters", lang: "en", body: "…"), to: &none)
        XCTAssertEqual(none.map(\.name), ["Peter Torday"])
        XCTAssertEqual(none.first?.mentions, [])

        var two: [ExtractedEntity] = []
        NewsAnalyzer.addAuthors(of: Article(source: "x", author: "Anna Rossi e Marco Bianchi", lang: "it", body: "…"), to: &two)
        XCTAssertEqual(two.map(\.name), ["Anna Rossi", "Marco Bianchi"])
    }
}
