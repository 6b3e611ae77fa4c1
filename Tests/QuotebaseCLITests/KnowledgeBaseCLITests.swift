import Foundation
import XCTest

/// Issue 20 as a user meets it: install, the input's own facts, paging and sorting everywhere, reports, exit codes,
/// notes, help, JSON shapes, progress, the write-ahead log and repeated errors.
final class KnowledgeBaseCLITests: CLITestCase {
    /// Constructed records in the shape of ../shared/corpus (id, outlet in `source`, no URL), with quotes.
    private func corpus(_ name: String = "feed.jsonl") throws -> String {
        let lines = [
            #"{"id": "dice-8996", "lang": "it", "source": "Gazzetta di Modena via DICE", "url": null, "published": "2021-03-04", "title": "Furto in pizzeria", "text": "«I ladri hanno assaltato la porta», ha detto il titolare Mario Rossi. Il sindaco di Modena ha parlato di una difesa comune dei negozi."}"#,
            #"{"id": "dice-9001", "lang": "it", "source": "Gazzetta di Modena via DICE", "published": "2021-04-10", "title": "Controlli a Carpi", "text": "«Continueremo i controlli», ha detto il comandante Luca Bianchi. Mario Rossi e Luca Bianchi erano presenti a Modena."}"#,
            #"{"id": "bbc-1", "lang": "en", "source": "BBC News", "section": "business", "url": "https://example.org/bbc-1", "tags": ["x"], "published": "2021-04-20", "title": "Profits rise", "text": "\"Profits rose by a third,\" said chief executive John Smith. Analysts in London agreed."}"#,
        ]
        let path = self.path(name)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private var db: String { path("kb.sqlite") }

    private func ingested() throws {
        let run = try quotebase(["ingest", "-q", "--db", db, try corpus()])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    private func objects(_ run: Run) throws -> [[String: Any]] {
        try run.stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    // MARK: 1. Install

    func testACopiedBinaryWithoutItsResourcesSaysSoInOneLine() throws {
        let copy = folder.appendingPathComponent("bin/quotebase")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.binary, to: copy)
        let run = finish(try start(copy, ["ingest", "--db", db, try corpus()]))
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("resource bundle is missing") && run.stderr.contains("scripts/install.sh"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "nothing was written")
        XCTAssertEqual(finish(try start(copy, ["--version"])).status, 0, "--version needs no resources")
        // With the bundle beside it (as scripts/install.sh lays it out) the copy works from anywhere.
        try FileManager.default.copyItem(at: Self.binary.deletingLastPathComponent().appendingPathComponent("Quotebase_QuotebaseCore.resources"),
                                         to: copy.deletingLastPathComponent().appendingPathComponent("Quotebase_QuotebaseCore.resources"))
        let works = finish(try start(copy, ["ingest", "-q", "--db", db, try corpus()]))
        XCTAssertEqual(works.status, 0, works.stderr)
    }

    func testInstallScriptIsDocumentedAndExecutable() throws {
        let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/install.sh").path
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: script))
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("## Install") && readme.contains("scripts/install.sh"))
    }

    // MARK: 2. The input's facts

    func testShowFindsAnArticleByItsOwnIDAndKeepsItsFacts() throws {
        try ingested()
        let shown = try quotebase(["show", "--db", db, "dice-8996", "--format", "json"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["external_id"] as? String, "dice-8996")
        XCTAssertEqual(object["site"] as? String, "Gazzetta di Modena via DICE")
        XCTAssertEqual(object["source"] as? String, path("feed.jsonl") + ":1", "the source as the user named it")
        XCTAssertTrue(object.keys.contains("url") && object["url"] is NSNull, "null keys are kept: \(object.keys)")
        XCTAssertTrue(object.keys.contains("author"))
        let bbc = try objects(try quotebase(["articles", "--db", db, "--lang", "en"]))
        XCTAssertEqual(bbc.first?["url"] as? String, "https://example.org/bbc-1")
        XCTAssertEqual(bbc.first?["section"] as? String, "business")
        let extra = try quotebase(["show", "--db", db, "https://example.org/bbc-1", "--format", "json"])
        XCTAssertTrue(extra.stdout.contains(#""extra":"{\"tags\":[\"x\"]}""#) || extra.stdout.contains(#""extra" : "{\"tags\":[\"x\"]}""#),
                      extra.stdout)
        let missing = try quotebase(["show", "--db", db, "dice-0"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("external id"), missing.stderr)
    }

    // MARK: 4. Listings and reports

    func testOnePagingRuleAndSortEverywhere() throws {
        try ingested()
        XCTAssertEqual(try objects(try quotebase(["articles", "--db", db, "--limit", "0"])).count, 3, "0 is all")
        XCTAssertEqual(try objects(try quotebase(["articles", "--db", db, "--limit", "1", "--offset", "1"]))
            .map { $0["external_id"] as? String }, ["dice-9001"])
        let newest = try objects(try quotebase(["articles", "--db", db, "--sort", "published:desc"]))
        XCTAssertEqual(newest.map { $0["published"] as? String }, ["2021-04-20", "2021-04-10", "2021-03-04"])
        let searched = try objects(try quotebase(["search", "--db", db, "--limit", "0", "controlli"]))
        XCTAssertFalse(searched.isEmpty, "search --limit 0 is all hits, not none")
        let entities = try objects(try quotebase(["entities", "--db", db, "--top", "0"]))
        XCTAssertGreaterThan(entities.count, 3, "--top 0 is all")
        let byName = try objects(try quotebase(["entities", "--db", db, "--limit", "0", "--sort", "name"]))
        let names = byName.compactMap { $0["name"] as? String }
        XCTAssertEqual(names, names.sorted())
        let quotes = try objects(try quotebase(["quotes", "--db", db, "--sort", "published:desc"]))
        XCTAssertEqual(quotes.first?["published"] as? String, "2021-04-20")
        XCTAssertEqual(try objects(try quotebase(["quotes", "--db", db, "--sort", "speaker", "--limit", "1"])).count, 1)
        XCTAssertEqual(try quotebase(["mentions", "--db", db, "Mario Rossi", "--sort", "published:desc"]).status, 0)
        XCTAssertEqual(try quotebase(["network", "--db", db, "--sort", "quotes:desc", "--limit", "0"]).status, 0)
        for arguments in [["articles", "--sort", "nope"], ["quotes", "--sort", "text:sideways"], ["entities", "--sort", "x"]] {
            let run = try quotebase(arguments + ["--db", db])
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").first.map { $0.contains("--sort") }, true, run.stderr)
        }
    }

    func testReportCountsByMonthSpeakerSourceKindAndLanguage() throws {
        try ingested()
        let total = try objects(try quotebase(["quotes", "--db", db, "--limit", "0"])).count
        let months = try objects(try quotebase(["report", "--db", db, "--by", "month"]))
        XCTAssertEqual(months.map { $0["month"] as? String }, ["2021-03", "2021-04"])
        XCTAssertEqual(months.compactMap { $0["quotes"] as? Int }.reduce(0, +), total)
        let csv = try quotebase(["report", "--db", db, "--by", "source,lang", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("source,lang,quotes,articles\r\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("BBC News,en,"), csv.stdout)
        let speakers = try objects(try quotebase(["report", "--db", db, "--by", "speaker", "--by", "kind", "--lang", "it"]))
        XCTAssertTrue(speakers.allSatisfy { $0.keys.contains("speaker_id") && $0["kind"] != nil }, "\(speakers)")
        XCTAssertFalse(speakers.contains { $0["speaker"] as? String == "John Smith" }, "--lang it filters")
        let bad = try quotebase(["report", "--db", db, "--by", "weekday"])
        XCTAssertEqual(bad.status, 64)
    }

    func testArticlesThatMentionEveryNameGivenAndWhoByKind() throws {
        try ingested()
        let both = try objects(try quotebase(["articles", "--db", db, "--mentions", "Mario Rossi", "--mentions", "Luca Bianchi"]))
        XCTAssertEqual(both.map { $0["external_id"] as? String }, ["dice-9001"])
        let one = try objects(try quotebase(["articles", "--db", db, "--mentions", "Mario Rossi"]))
        XCTAssertEqual(one.count, 2)
        let since = try objects(try quotebase(["articles", "--db", db, "--since", "2021-04", "--until", "2021-04-15"]))
        XCTAssertEqual(since.map { $0["external_id"] as? String }, ["dice-9001"])
        let who = try quotebase(["who", "--db", db, "--about", "Modena", "--kind", "person"])
        XCTAssertEqual(who.status, 0, who.stderr)
        XCTAssertTrue(try objects(who).allSatisfy { $0["kind"] as? String == "person" })
    }

    // MARK: 6. Polish

    func testExitCodesAreTheDocumentedOnes() throws {
        try ingested()
        let out = try quotebase(["export", "quotes", "--db", db, "--out", "/nonexistent/q.csv"])
        XCTAssertEqual(out.status, 64, out.stderr)
        let demo = try quotebase(["demo", "--db", db])
        XCTAssertEqual(demo.status, 64, demo.stderr)
        XCTAssertEqual(try quotebase(["quotes", "--db", db, "--speaker", "Nessuno Maiesistito"]).status, 1)
    }

    func testImpossibleFiltersGetANote() throws {
        try ingested()
        let dates = try quotebase(["quotes", "--db", db, "--since", "2023", "--until", "2022"])
        XCTAssertEqual(dates.status, 0)
        XCTAssertEqual(dates.stdout, "")
        XCTAssertTrue(dates.stderr.contains("--since 2023 is after --until 2022"), dates.stderr)
        let lang = try quotebase(["quotes", "--db", db, "--lang", "IT"])
        XCTAssertTrue(lang.stderr.contains("--lang IT") && lang.stderr.contains("--lang it"), lang.stderr)
        let articles = try quotebase(["articles", "--db", db, "--lang", "fr"])
        XCTAssertTrue(articles.stderr.contains("here: en, it"), articles.stderr)
    }

    func testHelpWrapsCleanlyAtTheTerminalWidth() throws {
        for command in ["", "demo", "ingest", "extract", "quotes", "report", "who", "search", "show", "articles", "stats",
                        "entities", "load", "merge", "export", "mentions", "network"] {
            for width in [80, 100] {
                let run = try quotebase((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": String(width)])
                XCTAssertEqual(run.status, 0, command)
                let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                // The USAGE line is argument-parser's own, one line whatever the width.
                for line in lines where !line.hasPrefix("USAGE:") {
                    XCTAssertLessThanOrEqual(line.count, width, "\(command): \(line)")
                }
                // Prose lines (not indented) followed by more prose are filled: none stops before half the width.
                for (line, next) in zip(lines, lines.dropFirst())
                where !line.hasPrefix(" ") && !line.isEmpty && !next.hasPrefix(" ") && !next.isEmpty && !line.hasSuffix(":") {
                    XCTAssertGreaterThan(line.count, width / 2, "\(command) at \(width): ragged line \"\(line)\" before \"\(next)\"")
                }
            }
        }
    }

    func testStatsJSONIsOneObjectAndExtractPrettyIsOneArray() throws {
        try ingested()
        let stats = try quotebase(["stats", "--db", db, "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["rows"] as? [String: Any])?["articles"] as? Int, 3)
        XCTAssertEqual((object["articles_by_language"] as? [String: Any])?["it"] as? Int, 2)
        XCTAssertNotNil((object["database"] as? [String: Any])?["schema"] as? String)
        let pretty = try quotebase(["extract", "--pretty", try corpus("x.jsonl")])
        XCTAssertEqual(pretty.status, 0, pretty.stderr)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(pretty.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 3)
        XCTAssertTrue(pretty.stdout.hasPrefix("[\n  {"), pretty.stdout)
    }

    func testIngestShowsPercentageAndLeavesNoWriteAheadLog() throws {
        let run = try quotebase(["ingest", "--progress", "--batch-size", "1", "--db", db, try corpus()])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("% of "), run.stderr)
        XCTAssertTrue(run.stderr.contains("100% of"), "the last batch has read the whole file: \(run.stderr)")
        let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
        XCTAssertEqual(wal, 0, "the -wal file is truncated when the ingest ends")
        // gzip: the share is of the compressed bytes read.
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(try corpus("more.jsonl"))' > '\(path("more.jsonl.gz"))'"]
        try gzip.run()
        gzip.waitUntilExit()
        let gz = try quotebase(["ingest", "--progress", "--force", "--batch-size", "1", "--db", path("gz.sqlite"), path("more.jsonl.gz")])
        XCTAssertEqual(gz.status, 0, gz.stderr)
        XCTAssertTrue(gz.stderr.contains("100% of 0.0 MB"), gz.stderr)
    }

    func testLoadStopsRepeatingAnIdenticalErrorAfterTwentyLines() throws {
        // A raw corpus given to load (which takes `extract --full` output): the same problem on every line.
        let raw = (0..<60).map { #"{"id": "r\#($0)", "text": "Some article text number \#($0)."}"# }.joined(separator: "\n") + "\n"
        try Data(raw.utf8).write(to: URL(fileURLWithPath: path("raw.jsonl")))
        let run = try quotebase(["load", "-q", "--db", db, path("raw.jsonl")])
        XCTAssertEqual(run.status, 1)
        let lines = run.stderr.split(separator: "\n")
        XCTAssertLessThanOrEqual(lines.count, 23, run.stderr)
        XCTAssertTrue(lines.last?.contains("40 more lines had the same problem") == true, run.stderr)
        XCTAssertTrue(lines.last?.contains("quotebase ingest") == true, run.stderr)
    }
}
