import Foundation
import XCTest

/// Lookups that never hide ambiguity, provenance in listings, `entities --search|--show|--audit`, `relink`, and the
/// curation commands with their bad input. The articles are constructed cases (invented sentences about real names).
final class EntityCLITests: CLITestCase {
    private let articles = [
        #"{"id": "t1", "lang": "en", "title": "Blair on Iraq", "text": "Tony Blair spoke in London on Monday. \"We will see this through,\" Tony Blair said."}"#,
        #"{"id": "t2", "lang": "en", "title": "School visit", "text": "Cherie Blair visited a school in Leeds. \"The children were wonderful,\" Cherie Blair said."}"#,
        #"{"id": "t4", "lang": "en", "title": "Library", "text": "Cherie Blair opened a library in York. \"Reading matters,\" Cherie Blair said."}"#,
        #"{"id": "t3", "lang": "en", "title": "Vote", "text": "Mr Blair spoke in Parliament on Tuesday. \"We must act now,\" Mr Blair said."}"#,
    ]

    private var db: String { path("kb.sqlite") }

    private func ingest(_ lines: [String], _ extra: [String] = []) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path("feed.jsonl")))
        let run = try quotebase(["ingest", "--db", db, "-q"] + extra + [path("feed.jsonl")])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    /// The JSON lines a listing printed.
    private func objects(_ run: Run) throws -> [[String: Any]] {
        try run.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func entityID(_ name: String) throws -> Int {
        let found = try objects(try quotebase(["entities", "--db", db, "--search", name]))
        return try XCTUnwrap(found.first { $0["name"] as? String == name }?["id"] as? Int, "\(found)")
    }

    /// What a failed curation must leave as it was.
    private func state() throws -> String {
        try quotebase(["entities", "--db", db, "--format", "csv"]).stdout
            + (try quotebase(["quotes", "--db", db, "--format", "csv", "--limit", "0"]).stdout)
    }

    func testASurnameSharedByTwoPeopleListsThemWithExitTwo() throws {
        try ingest(articles)
        let blair = try quotebase(["quotes", "--db", db, "--speaker", "Blair"])
        XCTAssertEqual(blair.status, 2, blair.stdout + blair.stderr)
        XCTAssertTrue(blair.stderr.contains("Tony Blair (person)"), blair.stderr)
        XCTAssertTrue(blair.stderr.contains("Cherie Blair (person)"), blair.stderr)

        let tony = try quotebase(["quotes", "--db", db, "--speaker", "tony blair"])
        XCTAssertEqual(tony.status, 0, tony.stderr)
        let rows = try objects(tony)
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["speakers_as_written"] as? [String], ["Tony Blair"])
        XCTAssertEqual(rows.first?["title"] as? String, "Blair on Iraq")
        XCTAssertNotNil(rows.first?["article_id"] as? Int)

        let search = try objects(try quotebase(["entities", "--db", db, "--search", "Blair"]))
        XCTAssertGreaterThanOrEqual(search.count, 3, "\(search)")

        let miss = try quotebase(["quotes", "--db", db, "--speaker", "Blaire"])
        XCTAssertEqual(miss.status, 1)
        XCTAssertTrue(miss.stderr.contains("did you mean"), miss.stderr)
        XCTAssertEqual(miss.stderr.split(separator: "\n").count, 1, miss.stderr)

        let none = try quotebase(["quotes", "--db", db, "--speaker", "Tony Blair", "--since", "2030"])
        XCTAssertEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("has no quotes here"), none.stderr)
    }

    func testCurationsSurviveRelinkAndReingest() throws {
        try ingest(articles)
        let tony = try entityID("Tony Blair"), lone = try entityID("Blair"), cherie = try entityID("Cherie Blair")

        let merge = try quotebase(["entities", "merge", "--db", db, String(tony), String(lone)])
        XCTAssertEqual(merge.status, 0, merge.stderr)
        func tonysQuotes() throws -> Int {
            let run = try quotebase(["quotes", "--db", db, "--speaker", "#\(tony)"])
            XCTAssertEqual(run.status, 0, run.stderr)
            return try objects(run).count
        }
        XCTAssertEqual(try tonysQuotes(), 2)
        XCTAssertEqual(try quotebase(["relink", "--db", db, "-q"]).status, 0)
        XCTAssertEqual(try tonysQuotes(), 2, "a relink applies the merge again")
        try ingest(articles, ["--force"])
        XCTAssertEqual(try tonysQuotes(), 2, "so does a re-ingest")
        let audit = try quotebase(["entities", "--db", db, "--audit", "--format", "table"])
        XCTAssertEqual(audit.status, 0, audit.stderr)
        XCTAssertTrue(audit.stdout.contains("chimeras: 0"), audit.stdout)

        XCTAssertEqual(try quotebase(["entities", "rename", "--db", db, String(tony), "Anthony Blair"]).status, 0)
        XCTAssertEqual(try quotebase(["entities", "alias", "--db", db, String(tony), "Tony B"]).status, 0)
        let byAlias = try quotebase(["quotes", "--db", db, "--speaker", "Tony B"])
        XCTAssertEqual(try objects(byAlias).first?["speaker"] as? String, "Anthony Blair", byAlias.stderr)

        let show = try quotebase(["entities", "--db", db, "--show", String(tony), "--format", "table"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("merged by the user"), show.stdout)
        XCTAssertTrue(show.stdout.contains("\"Vote\""), show.stdout)

        XCTAssertEqual(try quotebase(["entities", "forget", "--db", db, String(cherie)]).status, 0)
        try ingest(articles, ["--force"])
        let gone = try quotebase(["quotes", "--db", db, "--speaker", "Cherie Blair"])
        XCTAssertEqual(gone.status, 1, "forgotten for good: \(gone.stdout)")
        let all = try objects(try quotebase(["quotes", "--db", db, "--limit", "0"]))
        XCTAssertTrue(all.contains { ($0["speakers_as_written"] as? [String]) == ["Cherie Blair"] }, "the words stay")

    }

    func testBadCurationsAreOneLineErrorsAndChangeNothing() throws {
        try ingest(articles)
        let tony = try entityID("Tony Blair")
        let before = try state()
        let article = try XCTUnwrap(try objects(try quotebase(["quotes", "--db", db, "--speaker", "Cherie Blair", "--limit", "1"]))
            .first?["article_id"] as? Int)
        let cases: [([String], Int32, String)] = [
            (["merge", String(tony), String(tony)], 64, "into itself"),
            (["merge", String(tony), "999999"], 1, "#999999"),
            (["split", String(tony)], 64, "at least one article"),
            (["split", String(tony), "--article", String(article)], 64, "does not name"),
            (["split", String(tony), "--article", "424242"], 1, "article 424242"),
            (["rename", "999999", "X"], 1, "no entity"),
            (["rename", String(tony), "  "], 64, "letter or digit"),
            (["alias", String(tony), "..."], 64, "letter or digit"),
            (["forget", "999999"], 1, "no entity"),
        ]
        for (arguments, status, message) in cases {
            let run = try quotebase(["entities"] + [arguments[0], "--db", db] + arguments.dropFirst())
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        }
        XCTAssertEqual(try state(), before)
        let curations = try quotebase(["stats", "--db", db, "--format", "csv"])
        XCTAssertEqual(curations.status, 0)
    }

    /// Constructed articles: `count` quotes of `speaker`, one article each, numbered from `from`.
    private func quotes(of speaker: String, _ count: Int, from: Int = 0) -> [String] {
        (from..<(from + count)).map { i in
            #"{"id": "d\#(i)", "lang": "en", "title": "Statement \#(i)", "text": "\#(speaker) spoke in Leeds. \"Point \#(i) of the plan is settled,\" \#(speaker) said."}"#
        }
    }

    func testADominantSpeakerIsFoundBySurnameAndTheOthersAreNamed() throws {
        try ingest(quotes(of: "Tony Blair", 12) + quotes(of: "Cherie Blair", 1, from: 100))
        let blair = try quotebase(["quotes", "--db", db, "--speaker", "Blair"])
        XCTAssertEqual(blair.status, 0, blair.stderr)
        let rows = try objects(blair)
        XCTAssertEqual(rows.count, 12, blair.stderr)
        XCTAssertTrue(rows.allSatisfy { $0["speaker"] as? String == "Tony Blair" }, "\(rows)")
        XCTAssertTrue(blair.stderr.contains("taken as"), blair.stderr)
        XCTAssertTrue(blair.stderr.contains("92% of the quotes of the 2 entities"), blair.stderr)
        XCTAssertTrue(blair.stderr.contains("Cherie Blair (person)"), "nothing hidden: " + blair.stderr)

        let all = try quotebase(["quotes", "--db", db, "--speaker", "Blair", "--all-matches"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(try objects(all).count, 13)
        let cherie = try quotebase(["quotes", "--db", db, "--speaker", "Cherie Blair"])
        XCTAssertEqual(try objects(cherie).count, 1, cherie.stderr)
        XCTAssertFalse(cherie.stderr.contains("taken as"), cherie.stderr)
    }

    func testTheArticlesThatGiveOnlyTheSurnameGoWithTheDominantSpeaker() throws {
        // Cherie Blair is named but never speaks; "Mr Blair" alone stays a surname-only entity (two full names).
        try ingest(quotes(of: "Tony Blair", 12) + quotes(of: "Mr Blair", 3, from: 200)
                   + [#"{"id": "c1", "lang": "en", "title": "Visit", "text": "Cherie Blair visited a school in Leeds on Monday."}"#])
        let blair = try quotebase(["quotes", "--db", db, "--speaker", "Blair"])
        XCTAssertEqual(blair.status, 0, blair.stderr)
        XCTAssertEqual(try objects(blair).count, 15, blair.stderr)
        XCTAssertTrue(blair.stderr.contains("with the 3 quotes of articles that give only \"Blair\""), blair.stderr)
    }

    func testNoDominantSpeakerWhenTheShareOrTheCountIsSmall() throws {
        // 12 of 15 quotes (80%): both are real readings of "Blair".
        try ingest(quotes(of: "Tony Blair", 12) + quotes(of: "Cherie Blair", 3, from: 100))
        let shared = try quotebase(["quotes", "--db", db, "--speaker", "Blair"])
        XCTAssertEqual(shared.status, 2, shared.stdout + shared.stderr)
        XCTAssertTrue(shared.stderr.contains("Tony Blair (person)") && shared.stderr.contains("Cherie Blair (person)"),
                      shared.stderr)
        XCTAssertEqual(shared.stdout, "")
    }

    func testTooFewQuotesNeverMakeADominantSpeaker() throws {
        // 9 of 10 quotes, but 9 quotes are too few to call.
        try ingest(quotes(of: "Tony Blair", 9) + quotes(of: "Cherie Blair", 1, from: 100))
        let few = try quotebase(["quotes", "--db", db, "--speaker", "Blair"])
        XCTAssertEqual(few.status, 2, few.stdout + few.stderr)
        XCTAssertEqual(few.stdout, "")
    }

    func testBadSurnameLookupsFailWithOneLineAndExitCode() throws {
        try ingest(quotes(of: "Tony Blair", 12) + quotes(of: "Cherie Blair", 1, from: 100))
        let before = try state()
        let miss = try quotebase(["quotes", "--db", db, "--speaker", "Blairr"])
        XCTAssertEqual(miss.status, 1, miss.stderr)
        XCTAssertTrue(miss.stderr.contains("did you mean"), miss.stderr)
        XCTAssertEqual(miss.stderr.split(separator: "\n").count, 1, miss.stderr)
        let empty = try quotebase(["quotes", "--db", db, "--speaker", "   "])
        XCTAssertNotEqual(empty.status, 0, empty.stderr)
        XCTAssertEqual(empty.stdout, "")
        let unknown = try quotebase(["quotes", "--db", db, "--speaker", "#999999"])
        XCTAssertEqual(unknown.status, 1, unknown.stderr)
        XCTAssertEqual(try state(), before, "lookups change nothing")
    }
}
