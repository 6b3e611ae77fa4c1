import Foundation
import XCTest

/// Inputs that used to be accepted silently or to hang (issue 21, points 7 and 11): truncated and fake gzip, FIFOs
/// and unreadable folders inside an ingested folder.
final class InputSafetyCLITests: CLITestCase {
    /// 500 JSON lines of varied words (so that gzip cannot squeeze them into a few bytes), gzip-compressed.
    func gzipFeed() throws -> (plain: String, gzip: String) {
        var generator = SystemRandomNumberGenerator()
        let words = ["sindaco", "ponte", "Modena", "consiglio", "lavori", "maggio", "cantiere", "giunta"]
        var lines = ""
        for i in 0..<500 {
            let text = (0..<40).map { _ in words.randomElement(using: &generator)! + String(Int.random(in: 0..<99_999)) }
            lines += #"{"title": "Notizia \#(i)", "lang": "it", "text": "\#(text.joined(separator: " "))"}"# + "\n"
        }
        let plain = path("feed.jsonl")
        try lines.write(toFile: plain, atomically: true, encoding: .utf8)
        let gzip = finish(try start(URL(fileURLWithPath: "/bin/gzip"), ["-k", plain]))
        XCTAssertEqual(gzip.status, 0, gzip.stderr)
        return (plain, plain + ".gz")
    }

    func testATruncatedGzipIsReportedAndCountedAsFailed() throws {
        let (_, gzip) = try gzipFeed()
        let whole = try XCTUnwrap(FileManager.default.contents(atPath: gzip))
        XCTAssertGreaterThan(whole.count, 20_000)
        let cases = ["no-trailer.jsonl.gz": whole.prefix(whole.count - 8), "cut.jsonl.gz": whole.prefix(whole.count / 2)]
        for (name, bytes) in cases.sorted(by: { $0.key < $1.key }) {
            try bytes.write(to: URL(fileURLWithPath: path(name)))
            let result = try quotebase(["ingest", "-q", "--db", path(name + ".sqlite"), path(name)])
            XCTAssertEqual(result.status, 1, "\(name): \(result.stderr)")
            XCTAssertEqual(result.stderr, "quotebase: \(path(name)): the gzip data is truncated (the file ends before its end-of-stream trailer); the lines before were read\n")
        }
        let intact = try quotebase(["ingest", "-q", "--db", path("whole.sqlite"), gzip])
        XCTAssertEqual(intact.status, 0, intact.stderr)
    }

    func testAFileNamedGzThatIsNotGzipIsOneLine() throws {
        let (plain, _) = try gzipFeed()
        let fake = path("fake.jsonl.gz")
        try FileManager.default.copyItem(atPath: plain, toPath: fake)
        let result = try quotebase(["ingest", "-q", "--db", path("kb.sqlite"), fake])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "quotebase: \(fake): not gzip data, although the name ends in .gz\n")
    }

    func testAFIFOInAFolderIsSkippedWithANoteInsteadOfHanging() throws {
        let news = path("news")
        try FileManager.default.createDirectory(atPath: news + "/sub", withIntermediateDirectories: true)
        try #"{"text": "Il sindaco Mario Rossi ha detto che il ponte riaprirà a maggio."}"#
            .write(toFile: news + "/a.jsonl", atomically: true, encoding: .utf8)
        XCTAssertEqual(mkfifo(news + "/sub/feed.jsonl", 0o644), 0)
        let started = Date()
        let running = try start(Self.binary, ["ingest", "-q", "--db", path("kb.sqlite"), news])
        let watchdog = DispatchWorkItem { kill(running.0.processIdentifier, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        let result = finish(running)
        watchdog.cancel()
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the ingest hung on the FIFO")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "quotebase: \(news)/sub/feed.jsonl: a FIFO, not a regular file; skipped\n")
    }

    func testAnUnreadableSubFolderIsReportedAndCountedAsFailed() throws {
        let news = path("news")
        try FileManager.default.createDirectory(atPath: news + "/locked", withIntermediateDirectories: true)
        try #"{"text": "Il sindaco Mario Rossi ha detto che il ponte riaprirà a maggio."}"#
            .write(toFile: news + "/a.jsonl", atomically: true, encoding: .utf8)
        try #"{"text": "Il prefetto ha parlato a lungo del cantiere di via Emilia."}"#
            .write(toFile: news + "/locked/b.jsonl", atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(news + "/locked", 0o000), 0)
        defer { chmod(news + "/locked", 0o755) }
        var command = Self.binary, arguments = ["ingest", "-q", "--db", path("db/kb.sqlite"), news]
        try FileManager.default.createDirectory(atPath: path("db"), withIntermediateDirectories: true)
        if getuid() == 0 {
            // root reads any folder: run as nobody, who may write only the database's folder.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw XCTSkip("running as root without setpriv: cannot make a folder unreadable")
            }
            XCTAssertEqual(chmod(path("db"), 0o777), 0)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", command.path] + arguments
            command = URL(fileURLWithPath: "/usr/bin/setpriv")
        }
        let result = finish(try start(command, arguments))
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "quotebase: \(news)/locked: cannot read the folder (Permission denied); skipped\n")
        let stats = try quotebase(["stats", "--db", path("db/kb.sqlite"), "--format", "csv"])
        XCTAssertTrue(stats.stdout.contains("rows,articles,1\r\n"), stats.stdout)
    }
}
