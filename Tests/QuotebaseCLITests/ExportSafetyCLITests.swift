import Foundation
import XCTest

/// `export --out` as an attacker or a careless user would aim it (issue 21, points 1, 2, 3, 5, 12), and standard
/// output or error that cannot be written (point 9).
final class ExportSafetyCLITests: CLITestCase {
    /// A database with one article and its quotes.
    func database() throws -> String {
        let db = path("kb.sqlite")
        let article = "Vertice a Minsk\n\nIl presidente Alexander Lukashenko ha detto: «La cooperazione con la Russia continuerà»."
        let ingest = try quotebase(["ingest", "-q", "--db", db, "-"], stdin: Data(article.utf8))
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        return db
    }

    func bytes(_ file: String) -> Data? { FileManager.default.contents(atPath: file) }

    func temporaries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    func testOutNeverNamesTheDatabaseOrItsSideFilesByAnyPath() throws {
        let db = try database()
        // A reader keeps the -wal and -shm files in place while the export runs.
        let before = bytes(db)
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: db)
        XCTAssertEqual(link(db, path("hard.csv")), 0)
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: true)
        for out in [db, "kb.sqlite", "./sub/../kb.sqlite", path("link.csv"), path("hard.csv"), db + "-wal", db + "-shm",
                    db + "-journal"] {
            let result = try quotebase(["export", "quotes", "--db", db, "--out", out])
            XCTAssertEqual(result.status, 64, "\(out): \(result.stderr)")
            XCTAssertEqual(result.stderr, "quotebase: \(out): is the database \(db) or one of its side files; name another file to write\n")
        }
        XCTAssertEqual(bytes(db), before, "the database is unchanged")
        XCTAssertEqual(bytes(path("link.csv"))?.prefix(15), Data("SQLite format 3".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-journal"))
        let stats = try quotebase(["stats", "--db", db, "--format", "csv"])
        XCTAssertTrue(stats.stdout.contains("rows,articles,1\r\n"), stats.stdout)
        XCTAssertEqual(try temporaries(), [])
    }

    func testAPlantedSymlinkIsNeverFollowedAndTheTemporaryNameIsUnpredictable() throws {
        let db = try database()
        let victim = path("victim.txt")
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        // The names an attacker could predict: the old `.NAME.<pid>.tmp` for every pid near ours, and more.
        let nextPid = getpid()
        for pid in (nextPid - 50)..<(nextPid + 2000) {
            try FileManager.default.createSymbolicLink(atPath: path(".out.csv.\(pid).tmp"), withDestinationPath: victim)
        }
        let result = try quotebase(["export", "quotes", "--db", db, "--out", path("out.csv")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        XCTAssertTrue(try String(contentsOfFile: path("out.csv"), encoding: .utf8).hasPrefix("id,article_id,"))
        var info = stat()
        XCTAssertEqual(lstat(path("out.csv"), &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG)
    }

    func testFIFOsAndDevicesAreWrittenNotReplacedAndDevFullFails() throws {
        let db = try database()
        let full = try quotebase(["export", "quotes", "--db", db, "--out", "/dev/full"])
        XCTAssertEqual(full.status, 3, full.stderr)
        XCTAssertEqual(full.stderr, "quotebase: /dev/full: cannot write: the disk is full\n")

        let null = try quotebase(["export", "quotes", "--db", db, "--out", "/dev/null"])
        XCTAssertEqual(null.status, 0, null.stderr)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")

        let fifo = path("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let reader = try start(URL(fileURLWithPath: "/bin/cat"), [fifo])
        let export = try quotebase(["export", "quotes", "--db", db, "--out", fifo])
        XCTAssertEqual(export.status, 0, export.stderr)
        let read = finish(reader)
        XCTAssertTrue(read.stdout.hasPrefix("id,article_id,"), read.stdout)
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertEqual(try temporaries(), [])
    }

    func testReplacingAFileKeepsItsModeAndOwner() throws {
        let db = try database()
        let out = path("private.csv")
        try "old\n".write(toFile: out, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(out, 0o600), 0)
        let owner: (uid_t, gid_t) = getuid() == 0 ? (1234, 4321) : (getuid(), getgid())
        if getuid() == 0 { XCTAssertEqual(chown(out, owner.0, owner.1), 0) }
        let result = try quotebase(["export", "quotes", "--db", db, "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        var info = stat()
        XCTAssertEqual(stat(out, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o600)
        XCTAssertEqual(info.st_uid, owner.0)
        XCTAssertEqual(info.st_gid, owner.1)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("id,article_id,"))
        // A new file gets the umask's mode, as any other program's would.
        let fresh = try quotebase(["export", "quotes", "--db", db, "--out", path("new.csv")])
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        XCTAssertEqual(stat(path("new.csv"), &info), 0)
        let mask = umask(0o022)
        umask(mask)
        XCTAssertEqual(info.st_mode & 0o777, 0o666 & ~mask)
    }

    /// A database whose `articles` export is tens of megabytes, so that a signal reaches an export mid-way.
    func bigDatabase() throws -> String {
        let db = try database()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            throw XCTSkip("needs /usr/bin/sqlite3 to make a big database")
        }
        let fill = finish(try start(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, """
            INSERT INTO fulltext_deferral VALUES (1000000, 1000000);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
            INSERT INTO articles (source, title, lang, body, content_hash)
            SELECT 'big' || i, 'Big ' || i, 'it', printf('%.*c', 200000, 'x'), 'hash' || i FROM n;
            DELETE FROM fulltext_deferral;
            """]))
        XCTAssertEqual(fill.status, 0, fill.stderr)
        return db
    }

    func testAnInterruptedExportRemovesItsTemporaryFileAndKeepsTheOldFile() throws {
        let db = try bigDatabase()
        let out = path("articles.csv")
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            try "old\n".write(toFile: out, atomically: false, encoding: .utf8)
            let running = try start(Self.binary, ["export", "articles", "--db", db, "--out", out])
            // Signal as soon as the temporary file exists (the export then still has ~80 MB to write).
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, try temporaries().isEmpty, running.0.isRunning { usleep(500) }
            XCTAssertFalse(try temporaries().isEmpty, "the export made no temporary file")
            kill(running.0.processIdentifier, signal)
            let result = finish(running)
            XCTAssertEqual(result.status, signal, "signal \(signal): \(result.stderr)")
            XCTAssertEqual(try temporaries(), [], "signal \(signal) left the temporary file")
            XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "old\n")
        }
        // kill -9 cannot be caught: the next export to the same file removes what it left.
        let running = try start(Self.binary, ["export", "articles", "--db", db, "--out", out])
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, try temporaries().isEmpty, running.0.isRunning { usleep(500) }
        kill(running.0.processIdentifier, SIGKILL)
        _ = finish(running)
        XCTAssertEqual(try temporaries().count, 1)
        let next = try quotebase(["export", "quotes", "--db", db, "--out", out])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(try temporaries(), [])
    }

    // MARK: Standard output and error (point 9)

    func testAFullStandardOutputIsOneLineAndExitThree() throws {
        let db = try database()
        for arguments in [["stats"], ["quotes"], ["articles"], ["export", "quotes"], ["show", "1"], ["quotes", "--sql"]] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = arguments + ["--db", db]
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let err = Pipe()
            process.standardError = err
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments) crashed: \(stderr.prefix(300))")
            XCTAssertEqual(process.terminationStatus, 3, "\(arguments): \(stderr)")
            XCTAssertEqual(stderr, "quotebase: standard output: cannot write: the disk is full\n", "\(arguments)")
        }
    }

    func testAClosedPipeWithSIGPIPEIgnoredEndsQuietly() throws {
        let db = try database()
        let status = path("status")
        // `trap '' PIPE` makes SIGPIPE ignored in the children too, so writes fail with EPIPE instead; `head -c 0`
        // has gone before anything is written.
        let script = """
            trap '' PIPE
            for command in "quotes" "export quotes" "stats" "articles"; do
              ( sleep 0.2; "$0" $command --db "$1" --format csv 2>>"$2.err"; echo "$command $?" >>"$2" ) | head -c 0
            done
            ( sleep 0.2; "$0" extract "$3" 2>>"$2.err"; echo "extract $?" >>"$2" ) | head -c 0
            """
        let run = finish(try start(URL(fileURLWithPath: "/bin/sh"),
                                   ["-c", script, Self.binary.path, db, status, CLITestCase.fixtures.path]))
        XCTAssertEqual(run.status, 0, run.stderr)
        let statuses = try String(contentsOfFile: status, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(statuses, ["quotes 0", "export quotes 0", "stats 0", "articles 0", "extract 0"])
        XCTAssertEqual(try String(contentsOfFile: status + ".err", encoding: .utf8), "")
    }

    func testAnUnwritableStandardErrorNeverCrashes() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ingest", "--db", path("kb.sqlite"), path("missing.txt")]
        process.standardError = FileHandle(forWritingAtPath: "/dev/full")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 1, "the input could not be read: exit 1, even unreported")
    }
}
