import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

final class IngestTests: XCTestCase {
    // MARK: The seed article

    func testSeedArticleMetadataAndBoilerplate() throws {
        let (articles, failures) = try readArticles([seedArticlePath])
        XCTAssertEqual(failures, [])
        let article = try XCTUnwrap(articles.first).article
        XCTAssertEqual(article.title,
                       "Russia e Bielorussia, l’alleanza si rafforza. Putin e Lukashenko: “Istituita difesa comune”")
        XCTAssertEqual(article.author, "Pierfrancesco Maresca")
        XCTAssertEqual(article.published, "2022-12-20")
        XCTAssertEqual(article.lang, "it")
        XCTAssertTrue(article.body.hasPrefix("Si intensificano i rapporti tra Mosca e Minsk"))
        for line in ["Contenuto Pubblicitario", "Banner Istituzionale Italpress", "Autore foto:", "Istituita difesa comune"] {
            XCTAssertFalse(article.body.contains(line), "body keeps \(line)")
        }
        XCTAssertTrue(article.body.contains("\n\nIl commento di Lukashenko: “I legami si rafforzano”\n\n"))
    }

    func testIngestingTheSameArticleTwiceStoresItOnce() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let ingestor = Ingestor(database: db, analyzer: NullAnalyzer())
        let first = try ingestor.ingest([seedArticlePath])
        XCTAssertEqual(first.new, 1)
        // The same body re-wrapped with other line breaks and spaces is the same article.
        let text = try String(contentsOfFile: seedArticlePath, encoding: .utf8).replacingOccurrences(of: ". ", with: ".  ")
        let copy = try folder.write("copy.txt", text)
        let second = try ingestor.ingest([seedArticlePath, copy])
        XCTAssertEqual(second.new, 0)
        XCTAssertEqual(second.duplicates, 2)
        XCTAssertEqual(try db.statistics().rows(of: "articles"), 1)
        let forced = try Ingestor(database: db, analyzer: NullAnalyzer(), options: IngestOptions(force: true))
            .ingest([seedArticlePath])
        XCTAssertEqual(forced.replaced, 1)
        XCTAssertEqual(try db.statistics().rows(of: "articles"), 1)
    }

    // MARK: Formats

    func testCorpusJSONLinesGzipAndFieldNames() throws {
        let folder = try TemporaryFolder()
        let lines = [
            #"{"id": "a1", "title": "Budget talks", "maintext": "The minister said the budget was fair.", "date_publish": "2021-03-04 10:00:00", "authors": ["Jane Doe"], "url": "https://example.org/a1", "language": "en"}"#,
            #"{"headline": "Vertice", "content": "Il ministro ha detto che il bilancio è giusto e che la legge sarà approvata.", "published": "4 marzo 2021"}"#,
        ]
        let plain = try folder.write("news.jsonl", lines.joined(separator: "\n") + "\n")
        let gzipped = folder.path("news.jsonl.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' > '\(gzipped)'"]
        try gzip.run()
        gzip.waitUntilExit()

        for input in [plain, gzipped] {
            let (articles, failures) = try readArticles([input])
            XCTAssertEqual(failures, [])
            XCTAssertEqual(articles.map(\.name), ["a1", "\((input as NSString).lastPathComponent):2"])
            let first = articles[0].article, second = articles[1].article
            XCTAssertEqual(first.source, "\(input):1", "the source is where the input was, as given")
            XCTAssertEqual(first.url, "https://example.org/a1")
            XCTAssertEqual(first.externalID, "a1")
            XCTAssertNil(second.externalID)
            XCTAssertNil(second.url)
            XCTAssertEqual(first.published, "2021-03-04")
            XCTAssertEqual(first.author, "Jane Doe")
            XCTAssertEqual(first.lang, "en")
            XCTAssertEqual(second.title, "Vertice")
            XCTAssertEqual(second.published, "2021-03-04")
            XCTAssertEqual(second.lang, "it", "detected from the text")
            XCTAssertEqual(second.source, "\(input):2")
        }
    }

    /// Issue 20: what a record says of itself is kept (its id, URL, outlet, section, other fields), and the
    /// source stays the input as the user named it, relative path included. Lines as in ../shared/corpus.
    func testRecordFactsAreKeptAndTheSourceIsTheInputAsGiven() throws {
        let folder = try TemporaryFolder()
        let lines = [
            #"{"id": "dice-8996", "lang": "it", "source": "Gazzetta di Modena via DICE", "url": null, "title": null, "text": "Il sindaco ha detto che la piazza sarà riaperta domani mattina."}"#,
            #"{"id": 7, "source": "BBC News", "section": "business", "url": "https://example.org/b", "tags": ["a", "b"], "score": 1.5, "note": null, "text": "Profits rose, the company said on Monday."}"#,
        ]
        _ = try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder.url.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let (articles, failures) = try readArticles(["feed.jsonl"])
        XCTAssertEqual(failures, [])
        let first = articles[0].article, second = articles[1].article
        XCTAssertEqual(first.source, "feed.jsonl:1")
        XCTAssertEqual(first.externalID, "dice-8996")
        XCTAssertEqual(first.site, "Gazzetta di Modena via DICE")
        XCTAssertNil(first.url)
        XCTAssertNil(first.extra, "a record with only known fields has no extra")
        XCTAssertEqual(second.source, "feed.jsonl:2")
        XCTAssertEqual(second.externalID, "7")
        XCTAssertEqual(second.section, "business")
        XCTAssertEqual(second.url, "https://example.org/b")
        XCTAssertEqual(second.extra, #"{"score":1.5,"tags":["a","b"]}"#, "other fields, sorted, nulls left out")

        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let ingestor = Ingestor(database: db, analyzer: NewsAnalyzer())
        _ = try ingestor.ingest(["feed.jsonl"])
        let shown = try db.article("dice-8996")
        XCTAssertEqual(shown.external_id, "dice-8996")
        XCTAssertEqual(shown.site, "Gazzetta di Modena via DICE")
        XCTAssertEqual(try db.article("https://example.org/b").extra, #"{"score":1.5,"tags":["a","b"]}"#)
        XCTAssertEqual(try db.article("7").external_id, "7", "an all-digit external id when no article has that id")
        XCTAssertEqual(try db.article("1").external_id, "dice-8996", "an article id first")
    }

    func testMarkdownTitleAndByline() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("story.md", """
            # Council approves the *new* budget

            By Jane Doe | March 4, 2021

            The council said on Thursday that [the budget](https://example.org) was approved.
            """)
        let article = try XCTUnwrap(try readArticles([path]).articles.first).article
        XCTAssertEqual(article.title, "Council approves the new budget")
        XCTAssertEqual(article.author, "Jane Doe")
        XCTAssertEqual(article.published, "2021-03-04")
        XCTAssertEqual(article.body, "The council said on Thursday that the budget was approved.")
    }

    func testDateLinesInSeveralLanguages() {
        let dates = DateParser()
        XCTAssertEqual(dates.firstDate(in: "20 Dicembre 2022 0 Di Pierfrancesco Maresca"), "2022-12-20")
        XCTAssertEqual(dates.firstDate(in: "December 20, 2022"), "2022-12-20")
        XCTAssertEqual(dates.firstDate(in: "20/12/2022"), "2022-12-20")
        XCTAssertEqual(dates.firstDate(in: "2022-12-20T08:00:00Z"), "2022-12-20")
        XCTAssertEqual(dates.firstDate(in: "Publié le 3 février 2023"), "2023-02-03")
        XCTAssertEqual(dates.firstDate(in: "Madrid, 5 de marzo de 2021"), "2021-03-05")
        XCTAssertEqual(dates.firstDate(in: "Paris, le 1er mars 2021"), "2021-03-01")
        XCTAssertEqual(dates.firstDate(in: "March 3rd, 1987"), "1987-03-03")
        XCTAssertEqual(dates.firstDate(in: "Berlin, 7. März 2020"), "2020-03-07")
        XCTAssertNil(dates.firstDate(in: "Il 40% dei 300 intervistati"))
    }

    func testLanguageDetection() {
        let detector = LanguageDetector()
        XCTAssertEqual(detector.detect("The minister said that the government will not change its plans for the budget."), "en")
        XCTAssertEqual(detector.detect("Il ministro ha detto che il governo non cambierà i suoi piani per il bilancio."), "it")
        XCTAssertEqual(detector.detect("Le ministre a dit que le gouvernement ne changera pas ses plans pour le budget."), "fr")
        XCTAssertEqual(detector.detect("El ministro dijo que el gobierno no cambiará sus planes para el presupuesto."), "es")
        XCTAssertEqual(detector.detect("Der Minister sagte, dass die Regierung ihre Pläne für den Haushalt nicht ändern wird."), "de")
    }

    // MARK: Bad input

    func testBadInputsAreReportedByFileAndReason() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", "  \n\n")
        let latin1 = try folder.write("latin1.txt", Data([0x43, 0x69, 0x74, 0x74, 0xE0, 0x20, 0x61, 0x6E, 0x74, 0x69, 0x63, 0x61]))
        let binary = try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]))
        let brokenJSON = try folder.write("broken.json", "{\"title\": \"x\", \"text\": ")
        let missing = folder.path("missing.txt")
        let (articles, failures) = try readArticles([empty, latin1, binary, brokenJSON, missing])
        XCTAssertEqual(articles.count, 0)
        XCTAssertEqual(failures.map(\.code), [.emptyInput, .invalidEncoding, .binaryInput, .malformedInput, .notFound])
        XCTAssertEqual(failures.map(\.subject), [empty, latin1, binary, brokenJSON, missing])
        XCTAssertTrue(failures[1].message.contains("byte 4"), failures[1].message)
    }

    func testBrokenJSONLineIsReportedAndTheGoodLinesAreStored() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.jsonl", """
            {"title": "One", "text": "The mayor said the bridge would reopen in May."}
            {"title": "Two", "text": "broken
            {"title": "Three", "text": "The police said nobody was hurt in the crash."}
            [1, 2, 3]
            {"title": "Five"}

            """)
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        var failures: [QuotebaseError] = []
        let summary = try Ingestor(database: db, analyzer: NullAnalyzer()).ingest([path], failure: { failures.append($0) })
        XCTAssertEqual(summary.new, 2)
        XCTAssertEqual(summary.failed, 3)
        XCTAssertEqual(failures.map(\.subject), ["\(path):2", "\(path):4", "\(path):5"])
        XCTAssertEqual(try db.read { try String.fetchAll($0, sql: "SELECT title FROM articles ORDER BY id") }, ["One", "Three"])
    }

    func testCRLFAndBOMAreNormalized() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("windows.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Title\r\n\r\nFirst line.\r\rSecond.\r\n".utf8))
        let article = try XCTUnwrap(try readArticles([path]).articles.first).article
        XCTAssertEqual(article.title, "Title")
        XCTAssertEqual(article.body, "First line.\n\nSecond.")
    }

    func testFoldersAreReadRecursivelyInOrderSkippingHiddenAndUnknownFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/2.txt", "Second\n\nThe mayor said the bridge would reopen.")
        try folder.write("a/1.md", "# First\n\nThe police said nobody was hurt.")
        try folder.write(".hidden/3.txt", "Hidden\n\nNot read.")
        try folder.write("a/notes.pdf", "%PDF")
        let (articles, failures) = try readArticles([folder.url.path])
        XCTAssertEqual(failures, [])
        XCTAssertEqual(articles.map(\.article.title), ["First", "Second"])
    }

    func testAFailingArticleLeavesNoPartialRows() throws {
        struct BrokenAnalyzer: ArticleAnalyzer {
            func analyze(_ article: Article) -> ArticleAnalysis {
                // A mention whose end precedes its start violates the schema's CHECK constraint.
                let bad = EntityMention(span: TextSpan(start: 5, end: 1), surface: "x")
                return ArticleAnalysis(entities: [ExtractedEntity(name: "Carpi", kind: .location, mentions: [bad])])
            }
        }
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        var failures: [QuotebaseError] = []
        let summary = try Ingestor(database: db, analyzer: BrokenAnalyzer()).ingest([seedArticlePath], failure: { failures.append($0) })
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(failures.count, 1)
        let stats = try db.statistics()
        XCTAssertEqual(stats.rows(of: "articles"), 0)
        XCTAssertEqual(stats.rows(of: "entities"), 0)
        XCTAssertEqual(stats.rows(of: "mentions"), 0)
    }

    func testAnArticleBreakingAConstraintMidBatchIsLeftOutAloneAndReportedOnce() throws {
        // The batch is first written without a savepoint per article; a broken constraint makes it run again with them.
        let folder = try TemporaryFolder()
        for (name, body) in [("1", "Carpi apre il ponte."), ("2", "Modena chiude la strada."), ("3", "Carpi vota domani.")] {
            try folder.write("in/\(name).txt", "Titolo \(name)\n\n\(body)")
        }
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        try failMentions(of: "boom", in: db, with: "RAISE(ABORT, 'boom refused')")
        var failures: [QuotebaseError] = []
        let summary = try Ingestor(database: db, analyzer: MarkingAnalyzer())
            .ingest([folder.path("in")], failure: { failures.append($0) })
        XCTAssertEqual(summary.new, 2)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(failures.map(\.subject), [folder.path("in/2.txt")])
        XCTAssert(failures.first?.message.contains("boom refused") ?? false, "\(failures)")
        try db.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT body FROM articles ORDER BY id"),
                           ["Carpi apre il ponte.", "Carpi vota domani."])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions"), 2)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
        }
    }

    func testATransactionSpanningSeveralChunksStoresCountsAndIndexesEveryArticle() throws {
        // Constructed test case: chunks of 2 articles, transactions of 5, a broken constraint in the second chunk
        // of the first transaction and a duplicate of an article in the transaction's first chunk.
        let bodies = ["Carpi apre il ponte alfa.", "Carpi chiude la strada beta.", "Modena rinvia il voto gamma.",
                      "Carpi apre il ponte alfa.", "Carpi vota domani delta.", "Carpi festeggia epsilon.",
                      "Carpi piange zeta."]
        let folder = try TemporaryFolder()
        for (n, body) in bodies.enumerated() { try folder.write("in/\(n).txt", "Titolo \(n)\n\n\(body)") }
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        try failMentions(of: "boom", in: db, with: "RAISE(ABORT, 'boom refused')")
        var options = IngestOptions(batchSize: 5)
        options.analysisChunkSize = 2
        var failures: [QuotebaseError] = []
        var reported: [IngestSummary] = []
        let summary = try Ingestor(database: db, analyzer: MarkingAnalyzer(), options: options)
            .ingest([folder.path("in")], progress: { reported.append($0) }, failure: { failures.append($0) })
        XCTAssertEqual([summary.new, summary.duplicates, summary.failed], [5, 1, 1])
        XCTAssertEqual(failures.map(\.subject), [folder.path("in/2.txt")])
        // One report per commit: the first transaction took three chunks (six articles), the second the last one.
        XCTAssertEqual(reported.map(\.articles), [5, 6])
        try db.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles"), 5)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions"), 5)
            for word in ["alfa", "beta", "delta", "epsilon", "zeta"] {
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                                arguments: [word]), 1, word)
            }
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM fulltext_deferral"), 0)
        }
        try db.write { db in try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')") }
    }

    func testArticlesAreStoredInInputOrderWhenTheirAnalysesFinishOutOfOrder() throws {
        // Constructed test case: the writer stores each article as soon as its analysis is ready. An analyzer that
        // takes longer for some articles than for the ones after them makes the writer wait in the middle of chunks.
        struct UnevenAnalyzer: ArticleAnalyzer {
            func analyze(_ article: Article) -> ArticleAnalysis {
                let number = Int(article.body.split(separator: " ")[1]) ?? 0
                if number % 3 == 0 { usleep(2_000) }
                return MarkingAnalyzer().analyze(article)
            }
        }
        let folder = try TemporaryFolder()
        let bodies = (0..<40).map { "Carpi \($0) apre." }
        try folder.write("in.jsonl", bodies.map { #"{"title": "T", "text": "\#($0)", "lang": "it"}"# }.joined(separator: "\n"))
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        var options = IngestOptions(batchSize: 16)
        options.analysisChunkSize = 7
        options.concurrency = 3
        let summary = try Ingestor(database: db, analyzer: UnevenAnalyzer(), options: options).ingest([folder.path("in.jsonl")])
        XCTAssertEqual(summary.new, 40)
        try db.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT body FROM articles ORDER BY id"), bodies)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions"), 40)
        }
    }

    func testADatabaseFailureStopsIngestKeepingEarlierTransactions() throws {
        // Constructed test case: the fourth article's mention fires a trigger that fails with an error that is no
        // constraint (integer overflow), in the second transaction.
        let folder = try TemporaryFolder()
        let bodies = ["Carpi uno.", "Carpi due.", "Carpi tre.", "Modena quattro.", "Carpi cinque."]
        for (n, body) in bodies.enumerated() { try folder.write("in/\(n).txt", "Titolo \(n)\n\n\(body)") }
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        try failMentions(of: "boom", in: db, with: "abs(-9223372036854775807 - 1)")
        var options = IngestOptions(batchSize: 2)
        options.analysisChunkSize = 1
        XCTAssertThrowsError(try Ingestor(database: db, analyzer: MarkingAnalyzer(), options: options)
            .ingest([folder.path("in")])) { error in
            XCTAssert("\(error)".contains("integer overflow"), "\(error)")
        }
        try db.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT body FROM articles ORDER BY id"), ["Carpi uno.", "Carpi due."])
        }
    }

    func testASpanBreakingTheSchemaIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let store = ArticleStore()
        let negative = ExtractedQuote(text: "x", span: TextSpan(start: -1, end: 0), kind: .direct)
        try store.write(to: db) { db in
            XCTAssertThrowsError(try store.insert(Article(source: "a", lang: "it", body: "x"),
                                                  analysis: ArticleAnalysis(quotes: [negative]), in: db)) { error in
                XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT)
            }
        }
        XCTAssertEqual(try db.statistics().rows(of: "articles"), 0)
    }

    func testEveryKindAndPartTheModelHasPassesTheSchemasChecks() throws {
        // Batch writes leave the schema's CHECK constraints to the model's enums; they must agree.
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        try db.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA ignore_check_constraints"), 0)
            try db.execute(sql: "INSERT INTO articles (id, source, lang, body, content_hash) VALUES (1, 'a', 'it', 'x', 'h')")
            for kind in EntityKind.allCases {
                try db.execute(sql: "INSERT INTO entities (kind, name, norm_name, key) VALUES (?1, 'n', 'n', ?1 || ':n')",
                               arguments: [kind.rawValue])
            }
            for part in [ArticlePart.title, .body] {
                for kind in QuoteKind.allCases {
                    try db.execute(sql: "INSERT INTO quotes (article_id, text, part, start, \"end\", kind) VALUES (1, 'q', ?, 0, 1, ?)",
                                   arguments: [part.rawValue, kind.rawValue])
                }
                try db.execute(sql: "INSERT INTO mentions (article_id, entity_id, part, start, \"end\", surface) VALUES (1, 1, ?, 0, 1, 's')",
                               arguments: [part.rawValue])
            }
        }
    }

    func testContentHashIsSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    // MARK: Hostile input

    func testDeeplyNestedJSONIsABrokenLineNotACrash() throws {
        let folder = try TemporaryFolder()
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let path = try folder.write("deep.jsonl", "{\"text\": \"Il sindaco ha parlato.\", \"x\": \(nested)}\n")
        let (articles, failures) = try readArticles([path])
        XCTAssertEqual(articles.count, 0)
        XCTAssertEqual(failures.map(\.subject), ["\(path):1"])
    }

    func testNULAndInvalidUTF8MidFileAreRefusedWithTheirOffsets() throws {
        let folder = try TemporaryFolder()
        var text = Data("Titolo\n\nIl sindaco ha detto che il ponte riapre.".utf8)
        text.append(contentsOf: [0x00, 0x41])
        let withNUL = try folder.write("nul.txt", text)
        let jsonl = try folder.write("bad.jsonl", Data("{\"text\": \"buono\"}\n{\"text\": \"caff".utf8) + Data([0xE8, 0x22, 0x7D, 0x0A]))
        let (articles, failures) = try readArticles([withNUL, jsonl])
        XCTAssertEqual(articles.map(\.article.body), ["buono"])
        XCTAssertEqual(failures.map(\.code), [.binaryInput, .invalidEncoding])
        XCTAssertEqual(failures.map(\.subject), [withNUL, "\(jsonl):2"])
    }

    func testZeroWidthAndRightToLeftCharactersSurviveUnchanged() throws {
        let folder = try TemporaryFolder()
        let body = "Il portavoce\u{200B} ha detto: «\u{202E}مرحبا\u{202C}» ai giornalisti di Teheran."
        let path = try folder.write("rtl.txt", "Titolo\n\n" + body)
        XCTAssertEqual(try readArticles([path]).articles.first?.article.body, body)
    }

    // MARK: Saved web pages

    func testHTMLPagesAndHTMLInsideJSONLines() throws {
        let page = fixturesFolder.appendingPathComponent("html/repubblica-2012-piano-sud.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        let folder = try TemporaryFolder()
        let object = try JSONSerialization.data(withJSONObject: ["id": "r1", "html": html])
        let jsonl = try folder.write("pages.jsonl", String(decoding: object, as: UTF8.self) + "\n")
        let (articles, failures) = try readArticles([page.path, jsonl])
        XCTAssertEqual(failures, [])
        XCTAssertEqual(articles.count, 2)
        for read in articles {
            XCTAssertEqual(read.article.lang, "it")
            XCTAssertEqual(read.article.author, "Roberto Mania")
            XCTAssertTrue(read.article.url?.hasPrefix("http") == true, "the canonical URL is the url")
            XCTAssertFalse(read.article.source.hasPrefix("http"), "the source is the file the user named")
            XCTAssertGreaterThan(read.article.body.count, 1000)
        }
        XCTAssertEqual(articles[0].article.body, articles[1].article.body)
    }

    /// Makes storing a mention with this surface fail with `error`, an SQL expression evaluated by a trigger.
    private func failMentions(of surface: String, in db: QuotebaseDatabase, with error: String) throws {
        try db.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_\(surface) BEFORE INSERT ON mentions WHEN new.surface = '\(surface)'
                BEGIN SELECT \(error); END
                """)
        }
    }
}

/// Constructed analyses for the batch tests: each article mentions Carpi once, except that an article about Modena
/// gets the surface "boom", which a trigger (`failMentions`) refuses.
private struct MarkingAnalyzer: ArticleAnalyzer {
    func analyze(_ article: Article) -> ArticleAnalysis {
        let surface = article.body.contains("Modena") ? "boom" : "Carpi"
        let mention = EntityMention(span: TextSpan(start: 0, end: 5), surface: surface)
        return ArticleAnalysis(entities: [ExtractedEntity(name: "Carpi", kind: .location, mentions: [mention])])
    }
}
