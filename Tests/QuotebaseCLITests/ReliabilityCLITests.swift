import Foundation
import XCTest

/// Crash safety, concurrent processes, locked and read-only databases, injection and `export --out` failures,
/// through the built binary as users and scripts run it. Long versions: `scripts/torture.sh`.
final class ReliabilityCLITests: CLITestCase {
    static let sqlite3 = URL(fileURLWithPath: "/usr/bin/sqlite3")

    func sql(_ db: String, _ statement: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: Self.sqlite3.path) else {
            throw XCTSkip("needs /usr/bin/sqlite3 to inspect databases")
        }
        let run = finish(try start(Self.sqlite3, ["-cmd", ".timeout 10000", db, statement]))
        XCTAssertEqual(run.status, 0, run.stderr)
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Inputs

    /// `count` distinct small articles with people, places and attributed quotes, as JSON lines.
    func generatedFeed(_ name: String, count: Int, from first: Int = 0) throws -> String {
        let people = ["Mario Rossi", "Giulia Bianchi", "Vladimir Putin", "Alexander Lukashenko", "Dmitry Peskov"]
        let places = ["Carpi", "Modena", "Minsk", "Mosca", "Bologna"]
        var lines = ""
        for i in first..<(first + count) {
            let who = people[i % people.count], other = people[(i / 5) % people.count], place = places[i % places.count]
            let body = "Il sindaco \(who) ha detto a \(place): «Il ponte numero \(i) riaprirà a maggio». "
                + "Secondo \(other), “la decisione \(i) è giusta”, ha aggiunto durante l'incontro."
            let object: [String: Any] = ["id": "a\(i)", "title": "Notizia \(i) da \(place)", "text": body, "lang": "it"]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let file = path(name)
        try lines.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Every stored row without ids or timestamps, sorted (the same query as `scripts/torture.sh`).
    func dump(_ db: String) throws -> String {
        try sql(db, """
            SELECT 'A', content_hash, source, title, lang FROM articles;
            SELECT 'E', kind, name FROM entities;
            SELECT 'L', e.kind, e.norm_name, a.norm_alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id;
            SELECT 'M', a.content_hash, e.norm_name, m.part, m.start, m."end" FROM mentions m
              JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id;
            SELECT 'Q', a.content_hash, q.part, q.start, q."end", q.kind, q.text FROM quotes q JOIN articles a ON a.id = q.article_id;
            SELECT 'S', a.content_hash, q.start, s.position, s.surface, coalesce(e.norm_name, '') FROM quote_speakers s
              JOIN quotes q ON q.id = s.quote_id JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = s.entity_id;
            SELECT 'T', a.content_hash, q.start, e.norm_name FROM quote_targets t
              JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.id = q.article_id JOIN entities e ON e.id = t.entity_id;
            """).split(separator: "\n").sorted().joined(separator: "\n")
    }

    /// integrity_check ok, no foreign-key violation, no orphan rows, and every stored article whole: as many
    /// mentions and quotes as the same article has in `reference`.
    func assertIntact(_ db: String, comparedWith reference: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        // SQLite 3.40 reports "NULL value in T.C" falsely for WITHOUT ROWID tables whose NOT NULL column precedes a
        // key column (entity_aliases.alias); such a line counts only when T really holds a NULL in C.
        var problems: [String] = []
        for report in Set(try sql(db, "PRAGMA integrity_check").split(separator: "\n").map(String.init)) {
            let words = report.split(separator: " ")
            if report.hasPrefix("NULL value in "), let name = words.last, name.contains("."),
               try sql(db, "SELECT count(*) FROM \(name.split(separator: ".")[0]) WHERE \(name.split(separator: ".")[1]) IS NULL") == "0" {
                continue
            }
            problems.append(report)
        }
        XCTAssertEqual(problems.filter { $0 != "ok" }, [], file: file, line: line)
        XCTAssertEqual(try sql(db, "PRAGMA foreign_key_check"), "", file: file, line: line)
        XCTAssertEqual(try sql(db, """
            SELECT (SELECT count(*) FROM quote_speakers WHERE quote_id NOT IN (SELECT id FROM quotes))
                 + (SELECT count(*) FROM quote_targets WHERE quote_id NOT IN (SELECT id FROM quotes))
                 + (SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles))
                 + (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles))
                 + (SELECT count(*) FROM entity_roles WHERE article_id NOT IN (SELECT id FROM articles))
                 + (SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles))
                 + (SELECT count(*) FROM quotes_fts WHERE rowid NOT IN (SELECT id FROM quotes))
            """), "0", "orphan rows", file: file, line: line)
        guard let reference else { return }
        let perArticle = """
            SELECT a.content_hash, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a ORDER BY 1
            """
        let stored = try sql(db, perArticle).split(separator: "\n")
        let whole = Set(try sql(reference, perArticle).split(separator: "\n"))
        XCTAssertEqual(stored.filter { !whole.contains($0) }, [], "articles stored without all their rows",
                       file: file, line: line)
    }

    // MARK: 1. Crash safety

    func testKillNineMidIngestLeavesAnIntactDatabaseAndARerunEqualsAnUninterruptedRun() throws {
        let feed = try generatedFeed("feed.jsonl", count: 3000)
        let reference = path("reference.sqlite"), tortured = path("tortured.sqlite")
        let full = try quotebase(["ingest", "-q", "--batch-size", "50", "--db", reference, feed])
        XCTAssertEqual(full.status, 0, full.stderr)
        XCTAssertEqual(try sql(reference, "SELECT count(*) FROM articles"), "3000")

        for round in 0..<3 {
            let running = try start(Self.binary, ["ingest", "-q", "--batch-size", "50", "--db", tortured, feed])
            // Kill once some batches are committed (or after a while: a kill before the first commit counts too).
            let deadline = Date().addingTimeInterval(10)
            let target = 300 * (round + 1)
            while Date() < deadline, running.0.isRunning {
                // Not `sql()`: before the schema exists this query fails, which is no test failure.
                let poll = finish(try start(Self.sqlite3, ["-cmd", ".timeout 1000", tortured, "SELECT count(*) FROM articles"]))
                if let stored = Int(poll.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), stored >= target { break }
                usleep(20_000)
            }
            kill(running.0.processIdentifier, SIGKILL)
            let killed = finish(running)
            XCTAssertTrue(killed.status == SIGKILL || killed.status == 0, "status \(killed.status)")
            try assertIntact(tortured, comparedWith: reference)
        }
        let stored = Int(try sql(tortured, "SELECT count(*) FROM articles")) ?? 0
        XCTAssertGreaterThan(stored, 0)
        XCTAssertLessThan(stored, 3000, "the kills came too late to interrupt anything")
        let rerun = try quotebase(["ingest", "--batch-size", "50", "--db", tortured, feed])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stderr.contains("\(3000 - stored) new, \(stored) duplicates"), rerun.stderr)
        try assertIntact(tortured)
        XCTAssertEqual(try dump(tortured), try dump(reference))
    }

    /// Ctrl-C (SIGINT) and SIGTERM stop an ingest cleanly (issue 21): what was analyzed is committed, one line says
    /// how many articles were kept and how many not, exit 130; the database is intact and a re-run completes it.
    func testSIGINTAndSIGTERMCommitWhatWasAnalyzedSayHowManyAndExit130() throws {
        let feed = try generatedFeed("feed.jsonl", count: 3000)
        let reference = path("reference.sqlite"), stopped = path("stopped.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--batch-size", "50", "--db", reference, feed]).status, 0)
        var before = 0
        for (round, number) in [SIGINT, SIGTERM].enumerated() {
            let running = try start(Self.binary, ["ingest", "-q", "--batch-size", "50", "--db", stopped, feed])
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, running.0.isRunning {
                let poll = finish(try start(Self.sqlite3, ["-cmd", ".timeout 1000", stopped, "SELECT count(*) FROM articles"]))
                if let stored = Int(poll.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), stored >= 300 * (round + 1) { break }
                usleep(20_000)
            }
            kill(running.0.processIdentifier, number)
            let run = finish(running)
            XCTAssertEqual(running.0.terminationReason, .exit, "ended by signal \(number), not by itself")
            XCTAssertEqual(run.status, 130, run.stderr)
            let stored = Int(try sql(stopped, "SELECT count(*) FROM articles")) ?? -1
            let lines = run.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "quotebase: stopping: storing the articles already analyzed (again to stop at once)")
            XCTAssertEqual(lines.count, 2, run.stderr)
            // "interrupted: KEPT articles kept (NEW new, STORED already stored, 0 replaced); LEFT read but not yet
            // analyzed were not kept, …": kept are this run's new articles and those it found stored already.
            let last = lines.last ?? ""
            XCTAssertTrue(last.hasPrefix("quotebase: interrupted: "), run.stderr)
            XCTAssertTrue(last.hasSuffix(" read but not yet analyzed were not kept, nor the input not yet read; run the same ingest again to finish"), run.stderr)
            let numbers = last.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            XCTAssertEqual(numbers.count, 5, last)
            if numbers.count == 5 {
                XCTAssertEqual(numbers[1], stored - before, "new articles are those committed")
                XCTAssertEqual(numbers[0], numbers[1] + numbers[2])
                XCTAssertEqual(numbers[3], 0, "replaced")
                XCTAssertLessThanOrEqual(numbers[0] + numbers[4], 3000)
            }
            XCTAssertLessThan(stored, 3000, "the signal came too late to interrupt anything")
            try assertIntact(stopped, comparedWith: reference)
            before = stored
        }
        let rerun = try quotebase(["ingest", "--batch-size", "50", "--db", stopped, feed])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stderr.contains("\(3000 - before) new, \(before) duplicates"), rerun.stderr)
        try assertIntact(stopped)
        XCTAssertEqual(try dump(stopped), try dump(reference))
    }

    /// A full disk during ingest (issue 21) is one line and exit 3 at the first failure (the error used to repeat for
    /// every batch that followed while the ingest went on); the committed batches stay whole, and a new database
    /// whose first batch does not fit leaves no write-ahead log filling the disk (it used to take all of it).
    func testAFullDiskDuringIngestIsOneLineExitThreeAndKeepsWhatWasCommitted() throws {
        let feed = try generatedFeed("feed.jsonl", count: 1500)
        let reference = path("reference.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--batch-size", "100", "--db", reference, feed]).status, 0)
        let small = path("small")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let mount = finish(try start(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=1m", "tmpfs", small]))
        guard mount.status == 0 else {
            throw XCTSkip("reliability: skipped the full-disk ingest: cannot mount a small tmpfs (\(mount.stderr))")
        }
        defer { _ = try? finish(start(URL(fileURLWithPath: "/bin/umount"), [small])) }
        let message = "the disk is full; nothing from the failed batch was stored"

        // Batches of 100 articles: some fit, then one does not.
        let db = small + "/kb.sqlite"
        let full = try quotebase(["ingest", "--batch-size", "100", "--db", db, feed])
        XCTAssertEqual(full.status, 3, full.stderr)
        XCTAssertEqual(full.stderr, "quotebase: \(db): \(message)\n")
        // Checked on a copy: sqlite3 needs room for its own -shm and checkpoint, which the full disk does not have.
        let copy = path("copy.sqlite")
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: db + suffix) {
            try FileManager.default.copyItem(atPath: db + suffix, toPath: copy + suffix)
        }
        let stored = Int(try sql(copy, "SELECT count(*) FROM articles")) ?? -1
        XCTAssertGreaterThan(stored, 0, "the tmpfs is too small for a first batch")
        XCTAssertLessThan(stored, 1500, "the tmpfs is too large to fill")
        XCTAssertEqual(stored % 100, 0, "whole batches only")
        try assertIntact(copy, comparedWith: reference)
        let rerun = try quotebase(["ingest", "-q", "--batch-size", "100", "--db", copy, feed])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(try dump(copy), try dump(reference))
        for name in try FileManager.default.contentsOfDirectory(atPath: small) {
            try FileManager.default.removeItem(atPath: small + "/" + name)
        }

        // A new database whose one batch does not fit: nothing committed, and the log is emptied, not left full.
        let one = try quotebase(["ingest", "--db", db, feed])
        XCTAssertEqual(one.status, 3, one.stderr)
        XCTAssertEqual(one.stderr, "quotebase: \(db): \(message)\n")
        let wal = (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0
        XCTAssertEqual(wal, 0, "a write-ahead log holding only the failed batch")
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM articles"), "0")
        XCTAssertEqual(try sql(db, "PRAGMA integrity_check"), "ok")
    }

    // MARK: 2. Concurrency

    func testReadersBesideARunningIngestNeverFail() throws {
        let db = path("kb.sqlite")
        let seed = try generatedFeed("seed.jsonl", count: 50)
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, seed]).status, 0)
        let feed = try generatedFeed("feed.jsonl", count: 2000, from: 50)
        let ingest = try start(Self.binary, ["ingest", "-q", "--batch-size", "20", "--db", db, feed])
        let reads: [[String]] = [
            ["quotes", "--speaker", "Mario Rossi", "--limit", "5"], ["mentions", "Carpi", "--limit", "5"],
            ["search", "ponte"], ["export", "quotes", "--out", path("quotes.csv")], ["stats"], ["who", "--about", "Minsk"],
        ]
        var runs = 0
        while ingest.0.isRunning || runs < reads.count {
            let arguments = reads[runs % reads.count]
            let result = try quotebase(arguments + ["--db", db])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            runs += 1
        }
        let ingested = finish(ingest)
        XCTAssertEqual(ingested.status, 0, ingested.stderr)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM articles"), "2050")
        print("reliability: \(runs) reader commands beside one ingest, none failed")
    }

    func testTwoIngestsOfOverlappingInputsAtOnceBothFinishWithoutDuplicates() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["init", "--db", db]).status, 0)
        let first = try generatedFeed("first.jsonl", count: 1200)
        let second = try generatedFeed("second.jsonl", count: 1200, from: 600)  // 600 articles in both
        let a = try start(Self.binary, ["ingest", "--batch-size", "25", "--db", db, first])
        let b = try start(Self.binary, ["ingest", "--batch-size", "25", "--db", db, second])
        let (ra, rb) = (finish(a), finish(b))
        XCTAssertEqual(ra.status, 0, ra.stderr)
        XCTAssertEqual(rb.status, 0, rb.stderr)
        XCTAssertEqual(try sql(db, "SELECT count(*), count(DISTINCT content_hash) FROM articles"), "1800|1800")
        try assertIntact(db)
        let reference = path("reference.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", reference, first, second]).status, 0)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM mentions"), try sql(reference, "SELECT count(*) FROM mentions"))
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM quotes"), try sql(reference, "SELECT count(*) FROM quotes"))
    }

    // MARK: 6. Locked and read-only databases (a newer schema: DatabaseTests.testDatabaseFromANewerQuotebaseIsRefused)

    func testIngestIntoADatabaseLockedLongerThanTheBusyTimeoutIsOneLineExitThreeAndLosesNothing() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, try generatedFeed("one.jsonl", count: 10)]).status, 0)
        let before = try dump(db)
        _ = try sql(db, "SELECT 1")  // skips without sqlite3
        let holder = try start(Self.sqlite3, [db], stdin: Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n.shell sleep 4\nCOMMIT;\n".utf8))
        defer { _ = finish(holder) }
        usleep(500_000)
        let locked = try quotebase(["ingest", "--db", db, try generatedFeed("two.jsonl", count: 10, from: 10)],
                                   environment: ["QUOTEBASE_BUSY_TIMEOUT": "1"])
        XCTAssertEqual(locked.status, 3, locked.stderr)
        XCTAssertEqual(locked.stderr.split(separator: "\n").count, 1, locked.stderr)
        XCTAssertTrue(locked.stderr.hasPrefix("quotebase: \(db): the database is locked"), locked.stderr)
        _ = finish(holder)
        XCTAssertEqual(try dump(db), before, "nothing lost, nothing half-written")
        let again = try quotebase(["ingest", "-q", "--db", db, path("two.jsonl")])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try sql(db, "SELECT count(*) FROM articles"), "20")
    }

    /// Root ignores file permissions, so the file is made immutable (`chattr +i`) instead.
    func immutable(_ file: String) throws -> () -> Void {
        let chattr = URL(fileURLWithPath: "/usr/bin/chattr")
        guard FileManager.default.isExecutableFile(atPath: chattr.path),
              finish(try start(chattr, ["+i", file])).status == 0 else {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
            if getuid() == 0 { throw XCTSkip("running as root without chattr +i: nothing makes \(file) read-only") }
            return { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file) }
        }
        return { _ = try? self.finish(self.start(chattr, ["-i", file])) }
    }

    func testIngestIntoAReadOnlyDatabaseFileIsOneLineExitThree() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, try generatedFeed("one.jsonl", count: 5)]).status, 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let release = try immutable(db)
        defer { release() }
        let result = try quotebase(["ingest", "--db", db, try generatedFeed("two.jsonl", count: 5, from: 5)])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("read-only") || result.stderr.contains("cannot open"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), bytes)
        let read = try quotebase(["stats", "--db", db, "--format", "csv"])
        XCTAssertEqual(read.status, 0, "reading a read-only database still works: \(read.stderr)")
    }

    // MARK: 5. Injection and export --out

    func testInjectionInEveryNameAndTextArgumentIsDataNotSQL() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, try generatedFeed("feed.jsonl", count: 40)]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let rows = try dump(db)
        let hostile = [
            "'; DROP TABLE quotes; --", "x' UNION SELECT sql FROM sqlite_master --", "Rossi' OR '1'='1", "%",
            "NEAR(ponte maggio) OR \"", "#1 OR 1=1", "'||(SELECT load_extension('x'))||'",
        ]
        let common = ["--db", db, "--format", "jsonl"]
        var commands: [[String]] = []
        for text in hostile {
            commands += [
                ["quotes", "--speaker", text], ["quotes", "--about", text], ["quotes", "--search", text],
                ["quotes", "--article", text], ["quotes", "--lang", text], ["mentions", "Carpi", "--article", text],
                ["who", "--about", text], ["entities", "--kind", text],
            ].map { $0 + common }
            commands += [["mentions"], ["search"], ["show"]].map { $0 + common + ["--", text] }
        }
        for arguments in commands {
            let result = try quotebase(arguments)
            // 0 (found or nothing found), 1 (no such name or article), 2 (ambiguous) or 64 (argument-parser refused the value):
            // never a database error (3), never a crash.
            XCTAssertTrue([0, 1, 2, 64].contains(result.status), "\(arguments): \(result.status) \(result.stderr)")
            if result.status != 64 {
                XCTAssertLessThanOrEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
            }
            XCTAssertFalse(result.stderr.contains("SQLite error"), "\(arguments): \(result.stderr)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), before, "queries never write")
        XCTAssertEqual(try dump(db), rows)
    }

    func testFormulasFromArticlesAreNeutralizedInEveryExportedCSV() throws {
        let db = path("kb.sqlite")
        let lines = [
            ["title": "=HYPERLINK(\"http://evil\",\"x\")", "author": "@SUM(A1)",
             "text": "Il sindaco Mario Rossi ha detto: «=cmd|' /C calc'!A0 e il ponte riaprirà». -2+3 disse +Carpi."],
            ["title": "+39 Notizie", "text": "\t=1+1 Il prefetto Giulia Bianchi ha detto: «@import ha deciso»."],
        ]
        let feed = path("evil.jsonl")
        try lines.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            .joined(separator: "\n").write(toFile: feed, atomically: true, encoding: .utf8)
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, feed]).status, 0)
        for table in ["quotes", "mentions", "entities", "articles", "network"] {
            let result = try quotebase(["export", table, "--db", db])
            XCTAssertEqual(result.status, 0, result.stderr)
            for cell in Self.csvCells(result.stdout) {
                XCTAssertFalse(cell.first.map { "=+-@\t\r".contains($0) } ?? false, "\(table): formula cell \(cell)")
            }
        }
        let titles = try quotebase(["export", "articles", "--db", db])
        XCTAssertTrue(titles.stdout.contains("'=HYPERLINK("), titles.stdout)
    }

    /// RFC 4180 cells (quoted fields may hold commas, quotes and line breaks).
    static func csvCells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, previousQuote = false
        for c in csv {
            if quoted {
                if c == "\"" { quoted = false; previousQuote = true } else { cell.append(c) }
                continue
            }
            if c == "\"" {
                if previousQuote { cell.append("\"") }
                quoted = true
                previousQuote = false
                continue
            }
            previousQuote = false
            if c == "," || c == "\r\n" || c == "\n" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }

    func testExportOutOntoADirectoryAReadOnlyFileAndAFullDiskFailsCleanly() throws {
        let db = path("kb.sqlite")
        XCTAssertEqual(try quotebase(["ingest", "-q", "--db", db, try generatedFeed("feed.jsonl", count: 300)]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))

        let directory = try quotebase(["export", "quotes", "--db", db, "--out", folder.path])
        XCTAssertEqual(directory.status, 64, directory.stderr)
        XCTAssertEqual(directory.stderr, "quotebase: \(folder.path): is a directory; name a file to write\n")

        let readOnly = path("old.csv")
        try "old\n".write(toFile: readOnly, atomically: false, encoding: .utf8)
        let release = try immutable(readOnly)
        let refused = try quotebase(["export", "quotes", "--db", db, "--out", readOnly])
        release()
        XCTAssertEqual(refused.status, 3, refused.stderr)
        XCTAssertEqual(refused.stderr.split(separator: "\n").count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.hasPrefix("quotebase: \(readOnly): "), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: readOnly, encoding: .utf8), "old\n")

        let small = path("small")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let mount = finish(try start(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=16k", "tmpfs", small]))
        if mount.status == 0 {
            defer { _ = try? finish(start(URL(fileURLWithPath: "/bin/umount"), [small])) }
            let full = try quotebase(["export", "articles", "--db", db, "--out", small + "/articles.csv"])
            XCTAssertEqual(full.status, 3, full.stderr)
            XCTAssertEqual(full.stderr, "quotebase: \(small)/articles.csv: cannot write: the disk is full\n")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: small), [], "nothing half-written")
        } else {
            print("reliability: skipped the full-disk export: cannot mount a small tmpfs (\(mount.stderr))")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), before, "the database is unchanged")
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}
