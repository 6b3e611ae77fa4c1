import Foundation
import XCTest

/// `extract` prints how each target was found; `quotes --about`, `who --about` and `network` take
/// `--about-confidence` to keep only targets found at least that surely.
final class TargetProvenanceCLITests: CLITestCase {
    /// Constructed: Modena is what a partial quote is said of (a partial-quote subject, confidence 0.65); Carpi is
    /// named inside a direct quote (0.9), and mentioned again mid-sentence, so it is no sentence-initial junk word.
    private func article() throws -> String {
        let file = path("rossi.json")
        let body = "Il sindaco Mario Rossi ha detto ieri che Modena «è una città viva e piena di idee». "
            + "«Carpi merita di più dalla regione», ha aggiunto Mario Rossi, che a Carpi è nato."
        let json = try JSONSerialization.data(withJSONObject: ["title": "Il sindaco", "text": body, "lang": "it"])
        try json.write(to: URL(fileURLWithPath: file))
        return file
    }

    private func lines(_ run: Run) throws -> [[String: Any]] {
        try run.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testExtractPrintsHowEachTargetWasFound() throws {
        let run = try quotebase(["extract", try article()])
        XCTAssertEqual(run.status, 0, run.stderr)
        let quotes = try XCTUnwrap(try lines(run).first?["quotes"] as? [[String: Any]])
        var how: [String: String] = [:]
        for q in quotes {
            let about = try XCTUnwrap(q["about"] as? [String])
            let detail = try XCTUnwrap(q["about_how"] as? [[String: Any]])
            XCTAssertEqual(detail.compactMap { $0["name"] as? String }, about, "about_how follows about")
            for d in detail { how[d["name"] as! String] = d["how"] as? String }
        }
        XCTAssertEqual(how["Modena"], "partial", run.stdout)
        XCTAssertEqual(how["Carpi"], "inside", run.stdout)
    }

    func testQueriesKeepOnlySureTargetsWhenAsked() throws {
        let db = path("kb.sqlite")
        let ingest = try quotebase(["ingest", "-q", "--db", db, try article()])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertEqual(try lines(try quotebase(["quotes", "--db", db, "--about", "Modena", "--format", "jsonl"])).count, 1)
        XCTAssertEqual(try lines(try quotebase(["quotes", "--db", db, "--about", "Modena", "--about-confidence", "0.8",
                                                "--format", "jsonl"])).count, 0)
        XCTAssertEqual(try lines(try quotebase(["quotes", "--db", db, "--about", "Carpi", "--about-confidence", "0.8",
                                                "--format", "jsonl"])).count, 1)
        XCTAssertEqual(try lines(try quotebase(["who", "--db", db, "--about", "Modena", "--format", "jsonl"])).count, 1)
        XCTAssertEqual(try lines(try quotebase(["who", "--db", db, "--about", "Modena", "--about-confidence", "0.8",
                                                "--format", "jsonl"])).count, 0)
        let all = try lines(try quotebase(["network", "--db", db, "--format", "jsonl"])).compactMap { $0["target"] as? String }
        XCTAssertEqual(Set(all), ["Modena", "Carpi"])
        let sure = try lines(try quotebase(["network", "--db", db, "--about-confidence", "0.8", "--format", "jsonl"]))
        XCTAssertEqual(sure.compactMap { $0["target"] as? String }, ["Carpi"])
        let bad = try quotebase(["quotes", "--db", db, "--about", "Carpi", "--about-confidence", "2"])
        XCTAssertEqual(bad.status, 64, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("--about-confidence"), bad.stderr)
    }
}
