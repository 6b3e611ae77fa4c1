import Foundation
import XCTest
@testable import QuotebaseCore

final class SpeechCueLexiconTests: XCTestCase {
    /// `kinds(of:)` (one lookup per word, through the ASCII table) must answer as `contains`, `isVerb` and
    /// `isAuxiliary` do.
    func testWordKindsAgreeWithTheLookups() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.appendingPathComponent("articles").path)
            .sorted().prefix(40)
            .map { try String(contentsOf: fixturesFolder.appendingPathComponent("articles/\($0)"), encoding: .utf8) }
        let extra = "Egli ha detto, commentò: «no». The spokesman SAID he told Reuters. Il commento del sindaco; \u{212A}elvin"
        var checked = 0
        for lang in SpeechCueLexicon.languages {
            let lexicon = SpeechCueLexicon.forLanguage(lang)
            for text in articles + [extra] {
                for word in QuoteText(text, part: .body).words {
                    var expected = SpeechCueLexicon.Kinds(rawValue: 0)
                    for kind in SpeechCueLexicon.Kind.allCases where lexicon.contains(word.key, kind) {
                        expected.insert(.init(kind))
                    }
                    if lexicon.isVerb(word) { expected.insert(.verbForm) }
                    if !lexicon.isAuxiliary(word) { expected.remove(.init(.aux)) }
                    XCTAssertEqual(lexicon.kinds(of: word), expected, "\(lang): \(word.key) / \(word.lower)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }
}
