import Foundation
import GRDB
import Testing
@testable import QuotebaseCore

/// A database holding the seed article with the entities and quotes of ../shared/seed/expected.json, stored the
/// way ingest stores an analysis (`ArticleStore.insert`), so the query tests do not depend on extraction.
enum QuerySeed {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fresh database file in a folder of its own (tests write exports beside it), below a folder of this test
    /// process's that is removed when the process exits: the databases outlive the tests that make them.
    static func emptyDatabase() throws -> QuotebaseDatabase {
        let folder = parent.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try QuotebaseDatabase(path: folder.appendingPathComponent("test.sqlite").path)
    }

    private static let parent: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("quotebase-query-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: QuerySeed.parent) }
        return parent
    }()

    static func seedArticle() throws -> Article {
        var found: Article?
        try ArticleReader().read([fixtures.appendingPathComponent("articles/000_bbbdcd5d19d9f9a8.txt").path]) { event in
            if case .article(let read) = event { found = read.article }
        }
        return try #require(found)
    }

    /// (name, kind, aliases): the seed's gold entities that the gold quotes use, plus the Kremlin.
    static let entities: [(String, EntityKind, [String])] = [
        ("Vladimir Putin", .person, ["Putin", "presidente russo"]),
        ("Alexander Lukashenko", .person, ["Lukashenko", "presidente bielorusso"]),
        ("Dmitry Peskov", .person, ["Peskov"]),
        ("Russia", .country, ["russo", "russa", "russi"]),
        ("Belarus", .country, ["Bielorussia", "Bielorussa", "bielorusso", "bielorussi", "bielorusse"]),
        ("Moscow", .location, ["Mosca"]),
        ("Minsk", .location, []),
        ("Kremlin", .organization, ["Cremlino"]),
        ("Ukraine", .country, ["Ucraina", "ucraino"]),
    ]

    /// (text, speaker entity indexes, target entity indexes, kind), from expected.json.
    static let quotes: [(String, [Int], [Int], QuoteKind)] = [
        ("Istituita difesa comune", [0, 1], [], .headline),
        ("spazio unico di difesa", [0], [], .partial),
        ("Creato uno spazio unico di Difesa", [0], [], .headline),
        ("Un sistema di difesa aerea unificato è stato creato ed è in servizio di combattimento", [0], [3, 4], .direct),
        ("Abbiamo concordato di continuare congiuntamente a prendere tutte le misure necessarie per garantire in modo affidabile la sicurezza dei nostri due paesi. Di dare priorità all’addestramento delle truppe, di aumentare la loro prontezza al combattimento, la capacità di combattimento e di continuare la pratica di regolari esercitazioni congiunte e altre misure di addestramento operativo e al combattimento", [0], [3, 4], .direct),
        ("I legami si rafforzano", [1], [], .headline),
        ("Il rafforzamento dei legami bielorusso-russi è diventata una risposta naturale alla mutevole situazione nel mondo, in cui la nostra forza è stata costantemente testata. Credo che, nonostante alcuni punti difficili, siamo ancora in grado di trovare risposte efficaci a varie sfide e minacce", [1], [4, 3], .direct),
        ("Stiamo costruendo una centrale nucleare la cui prima unità sta già funzionando", [0], [4], .direct),
        ("Non spingiamo Minsk ad un intervento diretto", [5], [6], .headline),
        ("infondate e stupide", [2], [], .partial),
    ]

    static func span(of needle: String, in article: Article, preferTitle: Bool) -> TextSpan {
        let parts: [(ArticlePart, String)] = [(.title, article.title ?? ""), (.body, article.body)]
        for (part, text) in preferTitle ? parts : parts.reversed() {
            if let range = text.range(of: needle) {
                let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                return TextSpan(part: part, start: start, end: start + needle.unicodeScalars.count)
            }
        }
        return TextSpan(part: .body, start: 0, end: 0)
    }

    /// Every whole-word occurrence of `surface` in the body, as scalar offsets.
    static func mentions(of surface: String, in body: String) -> [EntityMention] {
        var found: [EntityMention] = []
        var from = body.startIndex
        while let range = body.range(of: surface, range: from..<body.endIndex) {
            let before = range.lowerBound == body.startIndex ? nil : body[body.index(before: range.lowerBound)]
            let after = range.upperBound == body.endIndex ? nil : body[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) {
                let start = body.unicodeScalars.distance(from: body.startIndex, to: range.lowerBound)
                found.append(EntityMention(span: TextSpan(part: .body, start: start, end: start + surface.unicodeScalars.count),
                                           surface: surface))
            }
            from = range.upperBound
        }
        return found
    }

    static func analysis(of article: Article) -> ArticleAnalysis {
        let entities = Self.entities.map { name, kind, aliases in
            ExtractedEntity(name: name, kind: kind, aliases: aliases,
                            mentions: ([name] + aliases).flatMap { mentions(of: $0, in: article.body) })
        }
        let quotes = Self.quotes.map { text, speakers, targets, kind in
            ExtractedQuote(text: text, span: span(of: text, in: article, preferTitle: kind == .headline), kind: kind,
                           cue: kind == .direct ? "ha sottolineato" : nil,
                           speakers: speakers.map { QuoteSpeaker(surface: Self.entities[$0].0, entity: $0) },
                           targets: targets)
        }
        return ArticleAnalysis(entities: entities, quotes: quotes)
    }

    /// The seed database; `extra` adds articles the individual tests need.
    static func database() throws -> QuotebaseDatabase {
        let db = try emptyDatabase()
        let article = try seedArticle()
        try db.write { db in _ = try ArticleStore.insert(article, analysis: analysis(of: article), in: db) }
        return db
    }

    static func resolve(_ name: String, in database: QuotebaseDatabase, all: Bool = false) throws -> [Int64] {
        try database.read { try EntityResolver.resolve(name, option: "--speaker", allMatches: all, in: $0) }
    }

    static func texts(speakers: [Int], of expected: [(String, [Int], [Int], QuoteKind)] = quotes) -> Set<String> {
        Set(expected.filter { !Set($0.1).isDisjoint(with: speakers) }.map(\.0))
    }
}

@Suite struct QuerySeedTests {
    @Test func speakerPutinReturnsExactlyHisQuotes() throws {
        let db = try QuerySeed.database()
        for name in ["putin", "Putin", "Vladimir Putin", "PUTÍN", "vladimir  putin"] {
            let rows = try db.quotes(QuoteFilter(speakers: QuerySeed.resolve(name, in: db)))
            #expect(Set(rows.map(\.text)) == QuerySeed.texts(speakers: [0]), "\(name)")
            #expect(rows.count == 6)
            #expect(!rows.contains { $0.text == "infondate e stupide" || $0.text == "I legami si rafforzano" })
            #expect(rows.allSatisfy { $0.speakers.contains("Vladimir Putin") && $0.speaker_kind == "person" })
        }
    }

    @Test func lukashenkoAboutRussiaFindsTheStrengthenedTies() throws {
        let db = try QuerySeed.database()
        let rows = try db.quotes(QuoteFilter(speakers: QuerySeed.resolve("Lukashenko", in: db),
                                             about: QuerySeed.resolve("Russia", in: db)))
        #expect(rows.count == 1)
        #expect(rows.first?.text.hasPrefix("Il rafforzamento dei legami") == true)
        #expect(rows.first?.about == ["Belarus", "Russia"])
        #expect(rows.first?.speaker == "Alexander Lukashenko")
    }

    @Test func aliasesFindTheirEntity() throws {
        let db = try QuerySeed.database()
        let belarus = try QuerySeed.resolve("Belarus", in: db)
        #expect(try QuerySeed.resolve("bielorussia", in: db) == belarus)
        #expect(try QuerySeed.resolve("BIELORÚSSIA", in: db) == belarus)
        #expect(try QuerySeed.resolve("cremlino", in: db) == QuerySeed.resolve("Kremlin", in: db))
        let about = try db.quotes(QuoteFilter(about: belarus))
        #expect(Set(about.map(\.text)) == Set(QuerySeed.quotes.filter { $0.2.contains(4) }.map(\.0)))
    }

    @Test func mentionsOfCremlinoAreTheKremlinsMentions() throws {
        let db = try QuerySeed.database()
        let kremlin = try QuerySeed.resolve("Cremlino", in: db)
        let rows = try db.mentions(MentionFilter(entities: kremlin))
        let body = try QuerySeed.seedArticle().body
        #expect(rows.count == QuerySeed.mentions(of: "Cremlino", in: body).count)
        #expect(rows.count >= 2)  // the photo credit line with a third "Cremlino" is boilerplate ingest drops
        for row in rows {
            #expect(row.entity == "Kremlin")
            #expect(row.surface == "Cremlino")
            #expect(body.scalarSlice(row.start, row.end) == "Cremlino")
            #expect(row.context(open: "[", close: "]").contains("[Cremlino]"))
            #expect(!row.before.contains("\n") && !row.after.contains("\n"))
        }
        #expect(rows.contains { $0.context().contains("portavoce del Cremlino Dmitry Peskov") })
    }

    @Test func exportedQuotesCSVReadsBackIntactWithPythonCSV() throws {
        let db = try QuerySeed.database()
        let folder = URL(fileURLWithPath: db.path).deletingLastPathComponent()
        let csvPath = folder.appendingPathComponent("quotes.csv").path
        let file = try AtomicFileOutput(path: csvPath)
        let count = try db.export(.quotes, format: .csv, to: file.output)
        try file.commit()
        #expect(count == QuerySeed.quotes.count)

        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.DictReader(f))
            print(json.dumps({"header": list(rows[0].keys()), "rows": rows}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, csvPath]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let decoded = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(decoded["header"] as? [String] == ExportTable.quotes.columns)
        let rows = decoded["rows"] as! [[String: String]]
        #expect(rows.map { $0["text"]! } == QuerySeed.quotes.map(\.0))
        #expect(rows.first?["speakers"] == "Vladimir Putin; Alexander Lukashenko")
        #expect(rows.first?["speaker"] == "Vladimir Putin")
        #expect(rows[6]["about"] == "Belarus; Russia")
    }
}
