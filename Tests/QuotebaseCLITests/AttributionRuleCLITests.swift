import Foundation
import XCTest

/// `rule` and `confidence` on stored quotes: listed, exported, filtered by `--min-confidence` (issue 18).
final class AttributionRuleCLITests: CLITestCase {
    func testRulesAreStoredListedExportedAndFilteredOn() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "--db", db, "-q", Self.fixtures.path]).status, 0)
        let listed = try quotebase(["quotes", "--db", db, "--limit", "0", "--format", "jsonl"])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        let rows = listed.stdout.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertGreaterThan(rows.count, 200)
        let rules = Set(rows.compactMap { $0["rule"] as? String })
        XCTAssertTrue(rules.isSuperset(of: ["verb-after", "verb-before", "previous-speaker"]), "\(rules)")
        let confidences = rows.compactMap { $0["confidence"] as? Double }
        XCTAssertEqual(confidences.count, rows.count)
        XCTAssertTrue(confidences.allSatisfy { (0...1).contains($0) })

        let threshold = 0.85
        let sure = try quotebase(["quotes", "--db", db, "--limit", "0", "--format", "jsonl", "--min-confidence", "\(threshold)"])
        XCTAssertEqual(sure.status, 0, sure.stderr)
        let sureCount = sure.stdout.split(separator: "\n").count
        XCTAssertEqual(sureCount, confidences.filter { $0 >= threshold }.count)
        XCTAssertGreaterThan(sureCount, 0)
        XCTAssertLessThan(sureCount, rows.count)

        let bad = try quotebase(["quotes", "--db", db, "--min-confidence", "1.5"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--min-confidence must be between 0 and 1"), bad.stderr)

        let csv = try quotebase(["export", "quotes", "--db", db, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("id,"), csv.stdout.prefix(80).description)
        XCTAssertTrue(csv.stdout.split(whereSeparator: \.isNewline).first!.hasSuffix(",speakers_as_written,rule"))
    }
}
