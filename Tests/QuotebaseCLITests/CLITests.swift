import Foundation
import XCTest

/// Runs the built binary the way a user does and checks what they would see.
final class CLITests: CLITestCase {
    func testMissingPathIsOneLineAndExitOne() throws {
        let result = try quotebase(["ingest", "--db", path("kb.sqlite"), "-q", path("nope.txt")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "quotebase: \(path("nope.txt")): no such file or directory\n")
    }

    func testNotADatabaseIsRefusedUnchangedWithExitThree() throws {
        let notes = Data("my notes\n".utf8)
        try notes.write(to: URL(fileURLWithPath: path("notes.db")))
        let result = try quotebase(["ingest", "--db", path("notes.db"), Self.fixtures.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("not a SQLite database"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("notes.db"))), notes)
    }

    func testReadOnlyLocationIsAClearError() throws {
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        if getuid() == 0 {
            // root writes anywhere; a path under a regular file is unwritable for everyone.
            try Data("x".utf8).write(to: URL(fileURLWithPath: path("file")))
            let result = try quotebase(["init", "--db", path("file") + "/kb.sqlite"])
            XCTAssertEqual(result.status, 3)
            XCTAssertTrue(result.stderr.hasPrefix("quotebase: \(path("file"))/kb.sqlite: "), result.stderr)
            return
        }
        let result = try quotebase(["init", "--db", locked.appendingPathComponent("kb.sqlite").path])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    func testIngestFromStandardInputThenListArticlesAsJSONLines() throws {
        let article = "Vertice a Minsk\n\nIl presidente ha detto che la cooperazione continuerà con la Russia.\n"
        let ingest = try quotebase(["ingest", "--db", path("kb.sqlite"), "-"], stdin: Data(article.utf8))
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(ingest.stderr.contains("1 new, 0 duplicates"), ingest.stderr)
        let list = try quotebase(["articles", "--db", path("kb.sqlite")])
        XCTAssertEqual(list.status, 0)
        let object = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["title"] as? String, "Vertice a Minsk")
        XCTAssertEqual(object?["lang"] as? String, "it")
        XCTAssertEqual(object?["source"] as? String, "-")
    }

    func testBrokenJSONLineNamesTheLineAndKeepsGoodLines() throws {
        let jsonl = #"{"text": "The mayor said the bridge would reopen in May."}"# + "\n{oops\n"
        try Data(jsonl.utf8).write(to: URL(fileURLWithPath: path("feed.jsonl")))
        let result = try quotebase(["ingest", "--db", path("kb.sqlite"), "-q", path("feed.jsonl")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("quotebase: \(path("feed.jsonl")):2: broken JSON"), result.stderr)
        let stats = try quotebase(["stats", "--db", path("kb.sqlite"), "--format", "csv"])
        XCTAssertTrue(stats.stdout.contains("rows,articles,1\r\n"), stats.stdout)
    }

    func testDemoPrintsStatsFromAFreshDatabase() throws {
        let result = try quotebase(["demo", "--db", path("demo.sqlite"), "--fixtures", Self.fixtures.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("== What the database holds"))
        XCTAssertTrue(result.stdout.contains("schema"), result.stdout)
        let again = try quotebase(["demo", "--db", path("demo.sqlite")])
        XCTAssertEqual(again.status, 64, "the demo never writes into an existing file (a bad value, not an ambiguous name)")
    }

    func testVersionAndHelpTeach() throws {
        XCTAssertEqual(try quotebase(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, false)
        let help = try quotebase(["ingest", "--help"])
        XCTAssertTrue(help.stdout.contains("Examples:"), help.stdout)
    }

    /// Swift seeds its hashing per process, so anything that follows Dictionary order differs between runs.
    /// Separate processes must print byte-identical extractions of the same input.
    func testExtractIsTheSameInEveryProcess() throws {
        // Constructed text: one word shared by two longer names, which once went to either name at random.
        let constructed = #"{"id": "c1", "lang": "it", "text": "Il paziente è stato portato all'Ospedale di Baggiovara. Poi è stato trasferito all'Ospedale Civile di Baggiovara, dove i medici di Baggiovara lo hanno operato. «Sta meglio», ha detto il primario Mario Rossi."}"#
        let input = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures.path + "/reuters21578-1895.json"))
        var outputs = Set<String>()
        for _ in 0..<4 {
            let constructedRun = try quotebase(["extract", "-"], stdin: Data((constructed + "\n").utf8))
            let fixtureRun = try quotebase(["extract", "-"], stdin: input)
            XCTAssertEqual(constructedRun.status, 0, constructedRun.stderr)
            XCTAssertEqual(fixtureRun.status, 0, fixtureRun.stderr)
            outputs.insert(constructedRun.stdout + fixtureRun.stdout)
        }
        XCTAssertEqual(outputs.count, 1)
    }

    /// Issue 21, point 20: `extract` analyzed a body whole (a 50 MB one-line article: 20 s, 1.7 GB) while ingest
    /// analyzes its first 4 MB. Constructed text: 4 MB of one plain sentence, then a quote past the bound.
    func testExtractAnalyzesTheFirst4MBOfABodyWithANote() throws {
        let quote = "Il sindaco Mario Rossi ha detto: «Il ponte riaprirà a maggio»."
        let filler = String(repeating: "la strada era bagnata e il traffico lento verso sera. ", count: (4 << 20) / 54 + 1)
        func line(_ text: String) throws -> Data {
            try JSONSerialization.data(withJSONObject: ["id": "big", "lang": "it", "title": "Traffico", "text": text]) + Data("\n".utf8)
        }
        try line(filler + "\n" + quote + "\n").write(to: URL(fileURLWithPath: path("big.jsonl")))
        // The quote alone is found: past the bound is what keeps it out below.
        let alone = try quotebase(["extract", "-"], stdin: try line(quote))
        XCTAssertTrue(alone.stdout.contains("\"speaker\":\"Mario Rossi\""), alone.stdout)

        for full in [false, true] {
            let run = try quotebase(["extract", path("big.jsonl")] + (full ? ["--full"] : []))
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.stderr, "quotebase: \(path("big.jsonl")):1: a body of 4.0 MB: entities and quotes are looked for in its first 4.0 MB only\(full ? "; --full prints all of it" : "")\n")
            let record = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            XCTAssertEqual((record?["quotes"] as? [Any])?.count, 0, "nothing past the first 4 MB is analyzed")
            XCTAssertEqual((record?["entities"] as? [Any])?.count, 0)
            if full {
                let body = (record?["article"] as? [String: Any])?["body"] as? String
                XCTAssertEqual(body?.hasSuffix(quote), true, "--full carries the whole body")
            }
        }
    }

    func testProcessesCreatingOneNewDatabaseAtOnceAllSucceed() throws {
        for round in 0..<2 {
            let db = path("new-\(round).sqlite")
            let article = "Vertice a Minsk\n\nIl presidente ha detto che la cooperazione continuerà con la Russia.\n"
            var running: [(Process, Pipe, Pipe)] = []
            for i in 0..<12 {
                running.append(i % 3 == 0 ? try start(Self.binary, ["ingest", "-q", "--db", db, "-"], stdin: Data(article.utf8))
                                          : try start(Self.binary, ["init", "--db", db]))
            }
            for process in running {
                let result = finish(process)
                XCTAssertEqual(result.status, 0, "round \(round): \(result.stderr)")
            }
            let stats = try quotebase(["stats", "--db", db, "--format", "csv"])
            XCTAssertTrue(stats.stdout.contains("rows,articles,1\r\n"), stats.stdout)
        }
    }

    func testControlCharactersInFileNamesAndTextNeverReachTheTerminalRaw() throws {
        let name = "bad\nname\u{1B}[31mred\u{7}.txt"
        try Data("   \n".utf8).write(to: URL(fileURLWithPath: path(name)))
        let result = try quotebase(["ingest", "-q", "--db", path("kb.sqlite"), path(name)])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "quotebase: \(path("bad"))\\nname\\u{1B}[31mred\\u{7}.txt: empty input, no article text\n")
        let article = #"{"title": "Titolo \u001b]0;pwned\u0007 qui", "text": "Il sindaco Mario Rossi ha detto: «Il ponte \u001b[2J riaprirà a maggio, come promesso da tempo»."}"#
        try Data((article + "\n").utf8).write(to: URL(fileURLWithPath: path("feed.jsonl")))
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", path("kb.sqlite"), path("feed.jsonl")]).status, 0)
        let table = try quotebase(["articles", "--db", path("kb.sqlite"), "--format", "table"])
        XCTAssertFalse(table.stdout.unicodeScalars.contains("\u{1B}"), table.stdout)
        XCTAssertTrue(table.stdout.contains("\\u{1B}]0;pwned\\u{7}"), table.stdout)
    }

    func testWrongCodesAndUnclearErrorsOfRoundTwo() throws {
        let db = path("kb.sqlite")
        let article = "Vertice a Minsk\n\nIl presidente Alexander Lukashenko ha parlato a lungo della cooperazione.\n"
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, "-"], stdin: Data(article.utf8)).status, 0)
        let long = String(repeating: "%_a", count: 20_000)
        for arguments in [["quotes", "--speaker", long], ["quotes", "--about", long], ["mentions", long], ["who", "--about", long]] {
            let result = try quotebase(arguments + ["--db", db])
            XCTAssertEqual(result.status, 64, "\(arguments[0]): \(result.stderr.prefix(200))")
            XCTAssertFalse(result.stderr.contains("too complex"), result.stderr)
        }
        let missing = try quotebase(["quotes", "--db", path("missing.sqlite")])
        XCTAssertEqual(missing.status, 3, missing.stderr)
        XCTAssertEqual(missing.stderr, "quotebase: \(path("missing.sqlite")): no such database; create it with `quotebase init`\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("missing.sqlite")))
        let same = try quotebase(["merge", db, db])
        XCTAssertEqual(same.status, 64, same.stderr)
        for date in ["2022-02-30", "2023-02-29", "2022-04-31", "2022-13", "2022-00-10"] {
            let result = try quotebase(["quotes", "--db", db, "--since", date])
            XCTAssertEqual(result.status, 64, "\(date): \(result.stderr)")
        }
        XCTAssertEqual(try quotebase(["quotes", "--db", db, "--since", "2024-02-29"]).status, 0)
        let words = try quotebase(["search", "--db", db] + (0..<40).map { "w\($0)" })
        XCTAssertEqual(words.status, 0)
        XCTAssertEqual(words.stderr, "quotebase: note: searching for the first 32 of 40 different words\n")
    }

    func testADatabaseInAReadOnlyFolderIsQueriedReadOnly() throws {
        let shelf = path("shelf")
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        let db = shelf + "/kb.sqlite"
        let article = "Vertice a Minsk\n\nIl presidente Alexander Lukashenko ha detto: «La cooperazione con la Russia continuerà»."
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, "-"], stdin: Data(article.utf8)).status, 0)
        let chattr = URL(fileURLWithPath: "/usr/bin/chattr")
        var release: () -> Void = { chmod(shelf, 0o755) }
        if getuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: chattr.path),
                  finish(try start(chattr, ["+i", shelf])).status == 0 else {
                throw XCTSkip("running as root without chattr +i: nothing makes a folder read-only")
            }
            release = { _ = try? self.finish(self.start(chattr, ["-i", shelf])) }
        } else {
            XCTAssertEqual(chmod(shelf, 0o555), 0)
        }
        defer { release() }
        let before = try FileManager.default.contentsOfDirectory(atPath: shelf)
        for arguments in [["stats"], ["quotes"], ["entities"], ["search", "cooperazione"], ["export", "quotes"]] {
            let result = try quotebase(arguments + ["--db", db, "--format", "csv"])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        }
        let quotes = try quotebase(["quotes", "--db", db, "--format", "csv"])
        XCTAssertTrue(quotes.stdout.contains("La cooperazione con la Russia continuerà"), quotes.stdout)
        let ingest = try quotebase(["ingest", "-q", "--db", db, "-"], stdin: Data("Altro\n\nUn testo diverso da prima.".utf8))
        XCTAssertEqual(ingest.status, 3, "writing still fails: \(ingest.stderr)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shelf), before)
    }
}
