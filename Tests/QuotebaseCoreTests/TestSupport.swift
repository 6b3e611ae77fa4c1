import Foundation
import XCTest
@testable import QuotebaseCore

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quotebase-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }
}

/// The repository root, found from this source file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

let fixturesFolder = repositoryRoot.appendingPathComponent("Fixtures")
let seedArticlePath = fixturesFolder.appendingPathComponent("articles/000_bbbdcd5d19d9f9a8.txt").path

/// Reads every article of `inputs`, failing the test on none.
func readArticles(_ inputs: [String]) throws -> (articles: [ReadArticle], failures: [QuotebaseError]) {
    var articles: [ReadArticle] = []
    var failures: [QuotebaseError] = []
    try ArticleReader().read(inputs) { event in
        switch event {
        case .article(let read): articles.append(read)
        case .failure(let error): failures.append(error)
        }
    }
    return (articles, failures)
}
