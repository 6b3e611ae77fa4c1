import Foundation
import XCTest

/// `QUOTEBASE_SPEAKER_CANDIDATES=1`: the input of scripts/train-context-ranker (issue 18, point 3).
final class ContextCandidatesCLITests: CLITestCase {
    /// Constructed text: a quote its cue attributes, then one no cue attributes, after a person named since.
    static let article = """
        Il ministro Carlo Verdi ha parlato a lungo. «Faremo il ponte entro l'anno», ha detto Verdi.

        Anna Bruni, sindaca di Stretto, ha ascoltato in silenzio.

        «Non ci sono i soldi.»
        """

    private func extracted(_ environment: [String: String]) throws -> [[String: Any]] {
        let file = path("ponte.txt")
        try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try quotebase(["extract", file], environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(record["quotes"] as? [[String: Any]])
    }

    func testCandidatesAreListedOnlyWhenAskedForWithTheRulesChoiceFirst() throws {
        XCTAssertTrue(try extracted([:]).allSatisfy { $0["candidates"] == nil }, "never in normal output")
        let quotes = try extracted(["QUOTEBASE_SPEAKER_CANDIDATES": "1", "QUOTEBASE_CONTEXT_RANKER": "off"])
        let cued = try XCTUnwrap(quotes.first { ($0["text"] as? String)?.hasPrefix("Faremo") == true })
        let cuedCandidates = try XCTUnwrap(cued["candidates"] as? [[String: Any]], "cue rules are ranked too")
        let cuedFirst = try XCTUnwrap(cuedCandidates.first?["features"] as? [String])
        XCTAssertEqual(cuedCandidates.first?["name"] as? String, "Carlo Verdi")
        XCTAssertTrue(cuedFirst.contains("rules&verb-after") && cuedFirst.contains("via=verb-after&rules"), "\(cuedFirst)")
        let context = try XCTUnwrap(quotes.first { ($0["text"] as? String)?.hasPrefix("Non ci sono") == true })
        let candidates = try XCTUnwrap(context["candidates"] as? [[String: Any]])
        let names = candidates.compactMap { $0["name"] as? String }
        XCTAssertEqual(Set(names), ["Carlo Verdi", "Anna Bruni"])
        XCTAssertEqual(names.first, context["speaker"] as? String, "the rules' choice comes first")
        let first = try XCTUnwrap(candidates.first?["features"] as? [String])
        XCTAssertTrue(first.contains("rules"), "\(first)")
        let verdi = try XCTUnwrap(candidates.first { $0["name"] as? String == "Carlo Verdi" }?["features"] as? [String])
        XCTAssertTrue(verdi.contains("ev=0") && verdi.contains("prevq") && verdi.contains("parstart&ev=0"), "\(verdi)")
        let bruni = try XCTUnwrap(candidates.first { $0["name"] as? String == "Anna Bruni" }?["features"] as? [String])
        XCTAssertTrue(bruni.contains("ev=none") && bruni.contains("mb=0") && bruni.contains("since"), "\(bruni)")
    }
}
