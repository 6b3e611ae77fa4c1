import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

/// `quotebase merge`: shards ingested apart and merged hold what one ingest of all their articles holds.
///
/// The analyses come from `GazetteerAnalyzer`, a hand-made analyzer over a fixed list of names, so these tests hold
/// whatever the real extractors find. Rows are compared as sets of natural keys (`StoreSnapshot`), never by id.
final class MergeTests: XCTestCase {
    func testTwoShardsMergedEqualOneIngestOfBoth() throws {
        let folder = try TemporaryFolder()
        let (a, b) = try writeShardInputs(folder)

        let single = try QuotebaseDatabase(path: folder.path("single.sqlite"))
        let ingested = try Ingestor(database: single, analyzer: GazetteerAnalyzer()).ingest([a, b])
        XCTAssertEqual(ingested.failed, 0)

        // The shards are ingested at the same time, as on two machines.
        let shards = [folder.path("a.sqlite"), folder.path("b.sqlite")]
        try zip(shards, [a, b]).forEach { shard, input in
            _ = try Ingestor(database: try QuotebaseDatabase(path: shard), analyzer: GazetteerAnalyzer()).ingest([input])
        }
        let merged = try QuotebaseDatabase(path: folder.path("merged.sqlite"))
        let summary = try ShardMerger(output: merged, batchSize: 2).merge(shards)
        XCTAssertEqual(summary.new, ingested.new)
        XCTAssertEqual(summary.duplicates, 1, "the article both shards hold is stored once")

        let expected = try StoreSnapshot(single), actual = try StoreSnapshot(merged)
        expected.assertEqual(to: actual)
        // The comparison means something: every table has rows, and entities were unified across shards.
        XCTAssertEqual(expected.articles.count, 7)
        for (table, rows) in expected.tables { XCTAssertFalse(rows.isEmpty, "no \(table) rows to compare") }
        XCTAssertTrue(actual.entities.contains("person|person:vladimirputin|vladimir putin|Vladimir Putin"),
                      "\(actual.entities.sorted())")
        XCTAssertFalse(actual.entities.contains { $0.hasPrefix("person|surname:putin|") }, "shard b's \"Putin\" is unified")
        XCTAssertTrue(actual.aliases.contains("country|country:belarus|republic of belarus|Republic of Belarus"),
                      "\(actual.aliases.sorted())")
        try assertIntegrity(merged)
    }

    func testMergingIntoADatabaseThatHoldsArticlesKeepsThemAndDedupes() throws {
        let folder = try TemporaryFolder()
        let (a, b) = try writeShardInputs(folder)
        let single = try QuotebaseDatabase(path: folder.path("single.sqlite"))
        _ = try Ingestor(database: single, analyzer: GazetteerAnalyzer()).ingest([b, a])

        let shard = try QuotebaseDatabase(path: folder.path("a.sqlite"))
        _ = try Ingestor(database: shard, analyzer: GazetteerAnalyzer()).ingest([a])
        let out = try QuotebaseDatabase(path: folder.path("out.sqlite"))
        _ = try Ingestor(database: out, analyzer: GazetteerAnalyzer()).ingest([b])
        let summary = try ShardMerger(output: out).merge([shard.path])
        XCTAssertEqual(summary.duplicates, 1)
        try StoreSnapshot(single).assertEqual(to: try StoreSnapshot(out))

        // Merging the same shard again adds nothing.
        let again = try ShardMerger(output: out).merge([shard.path])
        XCTAssertEqual(again.new, 0)
        try StoreSnapshot(single).assertEqual(to: try StoreSnapshot(out))
    }

    func testOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        let (a, _) = try writeShardInputs(folder)
        let shard = try QuotebaseDatabase(path: folder.path("a.sqlite"))
        _ = try Ingestor(database: shard, analyzer: GazetteerAnalyzer()).ingest([a])
        let before = try StoreSnapshot(shard)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.sqlite"), withDestinationPath: shard.path)

        for output in [shard.path, folder.path("link.sqlite"), folder.path("./a.sqlite")] {
            XCTAssertThrowsError(try ShardMerger.checkDistinct(output: output, inputs: [folder.path("b.sqlite"), shard.path])) {
                XCTAssertEqual(($0 as? QuotebaseError)?.code, .invalidArgument)
            }
        }
        XCTAssertThrowsError(try ShardMerger(output: shard).merge([shard.path]))
        XCTAssertNoThrow(try ShardMerger.checkDistinct(output: folder.path("new.sqlite"), inputs: [shard.path]))
        before.assertEqual(to: try StoreSnapshot(shard))
    }

    func testAnalysisReadBackResolvesSpeakersTargetsAndRoles() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let article = Article(source: "s", lang: "en", body: """
            The Russian president Vladimir Putin spoke in Minsk. “Nobody threatens Bielorussia,” the Russian president said.
            """)
        let analysis = GazetteerAnalyzer().analyze(article)
        let id = try db.write { db -> Int64 in
            guard case .inserted(let id) = try ArticleStore.insert(article, analysis: analysis, in: db) else {
                throw QuotebaseError(.malformedInput, "test", "not inserted")
            }
            return id
        }
        let read = try db.read { db in try AnalysisReader.analysis(articleID: id, in: db) }
        XCTAssertEqual(Set(read.entities.map(\.name)), Set(analysis.entities.map(\.name)))
        XCTAssertEqual(Set(read.entities.flatMap(\.mentions)), Set(analysis.entities.flatMap(\.mentions)))
        let putin = try XCTUnwrap(read.entities.first { $0.name == "Vladimir Putin" })
        XCTAssertEqual(putin.roles, ["Russian president"])
        XCTAssertEqual(Set(putin.aliases), ["the Russian president"])
        let quote = try XCTUnwrap(read.quotes.first)
        XCTAssertEqual(quote.text, "Nobody threatens Bielorussia,")
        XCTAssertEqual(quote.speakers.map { $0.entity.map { read.entities[$0].name } }, ["Vladimir Putin"])
        XCTAssertEqual(quote.targets.map { read.entities[$0].name }, ["Belarus"])
        XCTAssertEqual(quote.cue, "said")
        let stored = try db.read { db in try AnalysisReader.article(id: id, in: db) }
        XCTAssertEqual(stored?.article, article)
        XCTAssertEqual(stored?.contentHash, article.contentHash)
    }

    /// Cases found by merging four Reuters shards and comparing with one ingest (the analyzer names a person by the
    /// fullest form the article uses; the shard may store another name).
    func testArticleNameIsTheNameTheArticleUsed() {
        func entity(_ name: String, _ kind: EntityKind = .person, aliases: [String]) -> AnalysisReader.StoredEntity {
            AnalysisReader.StoredEntity(id: 1, kind: kind, name: name,
                                        aliases: Dictionary(([name] + aliases).map { (Normalizer.key($0), $0) }, uniquingKeysWith: { first, _ in first }))
        }
        func mentions(_ surfaces: String...) -> [EntityMention] {
            surfaces.enumerated().map { EntityMention(span: TextSpan(start: $0.offset * 10, end: $0.offset * 10 + 5), surface: $0.element) }
        }
        // Unified through the alias "Lee" into an entity an earlier article named.
        XCTAssertEqual(AnalysisReader.articleName(of: entity("Lee Ta", aliases: ["Lee", "Rob Lee"]),
                                                  mentions: mentions("Lee", "Rob Lee"), roles: []), "Rob Lee")
        // Renamed by a later article; a capitalized role is not a name.
        XCTAssertEqual(AnalysisReader.articleName(of: entity("John Peter", aliases: ["Peter", "President"]),
                                                  mentions: mentions("President", "Peter"), roles: ["President"]), "Peter")
        // Particles inside a name; the stored spelling beats the headline's capitals.
        XCTAssertEqual(AnalysisReader.articleName(of: entity("Dick de Bruyn", aliases: ["Bruyn"]),
                                                  mentions: mentions("DICK DE BRUYN", "Bruyn"), roles: []), "Dick de Bruyn")
        XCTAssertEqual(AnalysisReader.articleName(of: entity("Gary Ames", aliases: ["Ames", "AMES"]),
                                                  mentions: mentions("AMES", "Ames"), roles: []), "Ames")
        // Places, countries and organizations keep the gazetteer's name.
        XCTAssertEqual(AnalysisReader.articleName(of: entity("Belarus", .country, aliases: ["Bielorussia"]),
                                                  mentions: mentions("Bielorussia"), roles: []), "Belarus")
    }
}

// MARK: - Shared by the merge and load tests

/// Two JSONL shards of hand-written articles (not corpus text). Shard b repeats one article of shard a, names
/// Putin by surname only before its full name appears, and has a headline quote.
func writeShardInputs(_ folder: TemporaryFolder) throws -> (a: String, b: String) {
    func line(_ id: String, _ title: String?, _ text: String) -> String {
        var object: [String: Any] = ["id": id, "lang": "en", "text": text]
        if let title { object["title"] = title }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
    let witness = "A witness described the scene in Minsk. “It was loud and sudden,” a witness said."
    let a = [
        line("a1", "Talks in Minsk", "Putin met officials in Minsk on Monday. “We will defend Belarus together,” Putin said after the talks."),
        line("a2", nil, "Alexander Lukashenko thanked Russia. “The ties are stronger than ever,” said Lukashenko, adding that the Kremlin agreed."),
        line("a3", "Reporters", "The Russian president Vladimir Putin spoke to reporters. “Nobody threatens Bielorussia,” the Russian president said. Putin left at noon."),
        line("a4", nil, witness),
    ]
    let b = [
        line("b1", "A witness", witness),
        line("b2", nil, "Putin called Lukashenko on Sunday. “Russia and Belarus are one family,” Putin said."),
        line("b3", "Putin: “Ready for talks”", "Vladimir Putin and Alexander Lukashenko met in the Kremlin. “The Kremlin is ready,” Vladimir Putin said."),
        line("b4", nil, "Lukashenko returned to Minsk, the capital of Bielorussia, on Tuesday evening."),
    ]
    return (try folder.write("a.jsonl", a.joined(separator: "\n") + "\n"),
            try folder.write("b.jsonl", b.joined(separator: "\n") + "\n"))
}

/// A hand-made analyzer for storage tests: a fixed list of names and roles, and “…” quotes attributed to the
/// first person named within 60 characters after them (or to "a witness", unresolved).
///
/// Like the real extractor, it names a person by the fullest form the article uses, lists the other surface forms
/// as aliases, and gives countries their English name with a gazetteer alias no article uses.
struct GazetteerAnalyzer: ArticleAnalyzer {
    struct Entry {
        var surface: String
        var family: String
        var kind: EntityKind
        var canonical: String? = nil
        var role: String? = nil
    }

    static let entries: [Entry] = [
        Entry(surface: "Vladimir Putin", family: "putin", kind: .person),
        Entry(surface: "Putin", family: "putin", kind: .person),
        Entry(surface: "the Russian president", family: "putin", kind: .person, role: "Russian president"),
        Entry(surface: "Alexander Lukashenko", family: "lukashenko", kind: .person),
        Entry(surface: "Lukashenko", family: "lukashenko", kind: .person),
        Entry(surface: "Belarus", family: "belarus", kind: .country, canonical: "Belarus"),
        Entry(surface: "Bielorussia", family: "belarus", kind: .country, canonical: "Belarus"),
        Entry(surface: "Russia", family: "russia", kind: .country, canonical: "Russia"),
        Entry(surface: "Minsk", family: "minsk", kind: .location, canonical: "Minsk"),
        Entry(surface: "Kremlin", family: "kremlin", kind: .organization, canonical: "Kremlin"),
    ].sorted { $0.surface.unicodeScalars.count > $1.surface.unicodeScalars.count }

    static let gazetteerAliases = ["belarus": ["Republic of Belarus"]]

    func analyze(_ article: Article) -> ArticleAnalysis {
        let scalars = Array(article.body.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        func isLetter(_ index: Int) -> Bool {
            scalars.indices.contains(index) && scalars[index].properties.isAlphabetic
        }
        var found: [(start: Int, end: Int, entry: Entry)] = []
        for entry in Self.entries {
            let needle = Array(entry.surface.unicodeScalars)
            var start = 0
            while start + needle.count <= scalars.count {
                let end = start + needle.count
                if Array(scalars[start..<end]) == needle, !covered[start..<end].contains(true), !isLetter(start - 1),
                   !isLetter(end) {
                    found.append((start, end, entry))
                    for i in start..<end { covered[i] = true }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        found.sort { $0.start < $1.start }

        var families: [String] = []
        var byFamily: [String: [(start: Int, end: Int, entry: Entry)]] = [:]
        for mention in found {
            if byFamily[mention.entry.family] == nil { families.append(mention.entry.family) }
            byFamily[mention.entry.family, default: []].append(mention)
        }
        var entities: [ExtractedEntity] = []
        var entityOfFamily: [String: Int] = [:]
        for family in families {
            let mentions = byFamily[family]!
            let names = mentions.filter { $0.entry.role == nil }.map(\.entry.surface)
            guard let fullest = names.max(by: { $0.count < $1.count }) else { continue }
            let name = mentions[0].entry.canonical ?? fullest
            var aliases: [String] = []
            for surface in mentions.map(\.entry.surface) + Self.gazetteerAliases[family, default: []]
            where surface != name && !aliases.contains(surface) {
                aliases.append(surface)
            }
            entityOfFamily[family] = entities.count
            entities.append(ExtractedEntity(
                name: name, kind: mentions[0].entry.kind, aliases: aliases,
                roles: mentions.compactMap(\.entry.role),
                mentions: mentions.map { EntityMention(span: TextSpan(start: $0.start, end: $0.end), surface: $0.entry.surface) }))
        }

        var quotes: [ExtractedQuote] = []
        for (part, text) in [(ArticlePart.title, article.title ?? ""), (.body, article.body)] {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while let open = scalars[index...].firstIndex(of: "\u{201C}"),
                  let close = scalars[(open + 1)...].firstIndex(of: "\u{201D}") {
                index = close + 1
                let quoted = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
                guard part == .body else {
                    quotes.append(ExtractedQuote(text: quoted, span: TextSpan(part: part, start: open + 1, end: close),
                                                 kind: .headline))
                    continue
                }
                let window = close..<min(close + 60, scalars.count)
                let after = String(String.UnicodeScalarView(scalars[window]))
                var speakers: [QuoteSpeaker] = []
                if let speaker = found.first(where: { window.contains($0.start) && $0.entry.kind == .person }),
                   let entity = entityOfFamily[speaker.entry.family] {
                    speakers = [QuoteSpeaker(surface: speaker.entry.surface, entity: entity)]
                } else if after.contains("a witness") {
                    speakers = [QuoteSpeaker(surface: "a witness")]
                }
                let targets = found.filter { $0.start > open && $0.end <= close }
                    .compactMap { entityOfFamily[$0.entry.family] }
                quotes.append(ExtractedQuote(
                    text: quoted, span: TextSpan(start: open + 1, end: close), kind: .direct,
                    cue: after.contains("said") ? "said" : nil, speakers: speakers, targets: targets,
                    confidence: speakers.first?.entity == nil ? 0.5 : 0.9))
            }
        }
        return ArticleAnalysis(entities: entities, quotes: quotes)
    }
}

/// Every row of a knowledge base as natural keys (content hashes, kinds and folded names), never ids.
struct StoreSnapshot {
    var articles: Set<String> = []
    var entities: Set<String> = []
    var aliases: Set<String> = []
    var roles: Set<String> = []
    var mentions: Set<String> = []
    var quotes: Set<String> = []
    var speakers: Set<String> = []
    var targets: Set<String> = []
    var articleEntities: Set<String> = []

    var tables: [(String, Set<String>)] {
        [("articles", articles), ("entities", entities), ("entity_aliases", aliases), ("entity_roles", roles),
         ("mentions", mentions), ("quotes", quotes), ("quote_speakers", speakers), ("quote_targets", targets),
         ("article_entities", articleEntities)]
    }

    init(_ database: QuotebaseDatabase) throws {
        func keys(_ sql: String) throws -> Set<String> {
            try database.read { db in
                Set(try Row.fetchAll(db, sql: sql).map { row in
                    (0..<row.count).map { column -> String in
                        switch (row[column] as DatabaseValue).storage {
                        case .null: return "NULL"
                        case .int64(let value): return String(value)
                        case .double(let value): return String(value)
                        case .string(let value): return value
                        case .blob(let value): return value.base64EncodedString()
                        }
                    }.joined(separator: "|")
                })
            }
        }
        let entity = "e.kind, e.key"
        let quote = "qa.content_hash, q.part, q.start, q.\"end\""
        articles = try keys("SELECT content_hash, source, title, author, published, lang, body FROM articles")
        entities = try keys("SELECT kind, key, norm_name, name FROM entities e")
        articleEntities = try keys("""
            SELECT a.content_hash, x.position, x.kind, x.name, x.aliases, x.roles, x.link, e.key FROM article_entities x
            JOIN articles a ON a.id = x.article_id JOIN entities e ON e.id = x.entity_id
            """)
        aliases = try keys("SELECT \(entity), x.norm_alias, x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id")
        roles = try keys("""
            SELECT a.content_hash, \(entity), r.norm_role, r.role FROM entity_roles r
            JOIN entities e ON e.id = r.entity_id JOIN articles a ON a.id = r.article_id
            """)
        mentions = try keys("""
            SELECT a.content_hash, \(entity), m.part, m.start, m."end", m.surface, m.entity_position FROM mentions m
            JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id
            """)
        quotes = try keys("""
            SELECT \(quote), q.text, q.kind, q.cue, q.confidence FROM quotes q JOIN articles qa ON qa.id = q.article_id
            """)
        speakers = try keys("""
            SELECT \(quote), s.position, e.kind, e.key, s.surface, s.entity_position FROM quote_speakers s
            JOIN quotes q ON q.id = s.quote_id JOIN articles qa ON qa.id = q.article_id
            LEFT JOIN entities e ON e.id = s.entity_id
            """)
        targets = try keys("""
            SELECT \(quote), \(entity) FROM quote_targets t
            JOIN quotes q ON q.id = t.quote_id JOIN articles qa ON qa.id = q.article_id
            JOIN entities e ON e.id = t.entity_id
            """)
    }

    func assertEqual(to other: StoreSnapshot, file: StaticString = #filePath, line: UInt = #line) {
        for ((table, mine), (_, theirs)) in zip(tables, other.tables) {
            XCTAssertEqual(mine.subtracting(theirs).sorted(), [], "\(table): rows only in the first", file: file, line: line)
            XCTAssertEqual(theirs.subtracting(mine).sorted(), [], "\(table): rows only in the second", file: file, line: line)
        }
    }
}

func assertIntegrity(_ database: QuotebaseDatabase, file: StaticString = #filePath, line: UInt = #line) throws {
    try database.read { db in
        // SQLite 3.40.1 reports "NULL value in T.C" for every row of a STRICT, WITHOUT ROWID table with a NOT NULL
        // column outside the primary key (a false positive fixed in 3.41); those columns are checked directly.
        let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter {
            !["NULL value in entity_aliases.alias", "NULL value in entity_roles.role"].contains($0)
        }
        XCTAssertTrue(problems == ["ok"] || problems.isEmpty, "\(problems)", file: file, line: line)
        XCTAssertEqual(try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM entity_aliases WHERE alias IS NULL)
                 + (SELECT count(*) FROM entity_roles WHERE role IS NULL)
            """), 0, file: file, line: line)
        XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0, file: file, line: line)
    }
}
