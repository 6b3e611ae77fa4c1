@testable import QuotebaseCore
import XCTest

/// The learned ranker of context candidates (issue 18, point 3): its file, its choice rule and the shipped weights.
final class ContextSpeakerRankerTests: XCTestCase {
    private func candidate(_ name: String, _ features: [String]) -> SpeakerCandidate {
        SpeakerCandidate(speaker: QuoteSpeaker(surface: name), features: features)
    }

    func testTheFileGivesWeightsMarginAndLanguagesAndSkipsWhatItCannotRead() {
        let ranker = ContextSpeakerRanker(tsv: """
            # a comment\tthat looks like a row
            @margin\t0.5
            @languages\ten,fr
            @rules\tverb-before,previous-speaker
            ev=0\t1.25
            since\t-0.5
            broken row
            nan\tnan
            three\tfields\there
            """)
        XCTAssertEqual(ranker.margin, 0.5)
        XCTAssertTrue(ranker.applies(to: "en"))
        XCTAssertTrue(ranker.applies(to: "fr"))
        XCTAssertFalse(ranker.applies(to: "it"))
        XCTAssertTrue(ranker.ranks(.verbBefore) && ranker.ranks(.previousSpeaker))
        XCTAssertFalse(ranker.ranks(.verbAfter))
        XCTAssertEqual(ranker.score(["ev=0", "since", "unknown"]), 0.75)
        XCTAssertEqual(ranker.score(["nan"]), 0)
        XCTAssertTrue(ContextSpeakerRanker(tsv: "# only comments\n@margin\t1").isEmpty)
    }

    func testTheRulesChoiceStandsUnlessAnotherLeadsByMoreThanTheMargin() {
        let ranker = ContextSpeakerRanker(tsv: "@margin\t0.5\na\t1\nb\t1.4\nc\t2")
        let close = [candidate("Rules", ["a"]), candidate("Other", ["b"])]
        XCTAssertEqual(ranker.choice(among: close, rules: 0), 0, "a lead of 0.4 is inside the margin")
        let clear = [candidate("Rules", ["a"]), candidate("Other", ["b"]), candidate("Best", ["c"])]
        XCTAssertEqual(ranker.choice(among: clear, rules: 0), 2)
        XCTAssertEqual(ranker.choice(among: clear, rules: nil), 2, "no rules' choice: the best")
        XCTAssertNil(ranker.choice(among: [], rules: nil))
        let tie = ContextSpeakerRanker(tsv: "a\t1")
        XCTAssertEqual(tie.choice(among: [candidate("First", ["a"]), candidate("Second", ["a"])], rules: nil), 0)
    }

    func testTheShippedWeightsLoadAndNameWhereTheyApply() throws {
        let ranker = try XCTUnwrap(ContextSpeakerRanker.shipped, "Resources/attribution/context-ranker.tsv is missing")
        XCTAssertFalse(ranker.isEmpty)
        // Chosen by the training script's cross-validation: English is where most of its data is.
        XCTAssertTrue(ranker.applies(to: "en"))
        XCTAssertTrue(ranker.ranks(.previousSpeaker))
        XCTAssertGreaterThanOrEqual(ranker.margin, 0)
    }
}
