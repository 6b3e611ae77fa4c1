import Foundation
import Testing
@testable import QuotebaseCore

@Suite struct QuerySearchTests {
    static let hostile = [
        "\"", "\"\"", "\"unbalanced", "(", ")", "(difesa", "difesa)", "AND", "OR", "NOT", "NEAR", "NEAR(a b)",
        "difesa AND", "OR difesa", "a NOT", "*", "**", "difesa*", "*difesa", "-", "-difesa", "difesa -comune", "'",
        "l'alleanza", "l’alleanza", "'; DROP TABLE quotes; --", "title:difesa", "^difesa", "difesa:", "{title}: x",
        "+", "@", "=1+1", "\\", "%", "_", "\u{0}", "😀", "   ", "", "NEAR/2", "\"a\" OR \"b\"", "col:(a OR b)",
        "difesa\ncomune", String(repeating: "(", count: 500), String(repeating: "a ", count: 300),
        "\"a b\" OR -\"c d\"", "- -", "-\"", "OR -x", "NOT NOT x", "x OR OR y", "\"\" OR \"\"", "-*", "x* -y*",
        String(repeating: "x OR ", count: 100), String(repeating: "-x ", count: 100),
    ]

    @Test(arguments: hostile) func hostileTextNeverErrors(_ text: String) throws {
        let db = try QuerySeed.database()
        _ = try db.search(text)
        _ = try db.search(text, scope: "quotes")
        if FullTextQuery.escape(text) != nil {
            _ = try db.quotes(QuoteFilter(search: text, limit: 5))
        }
    }

    @Test func aWordRepeatedThousandsOfTimesIsOneWordAndLongQueriesAreBounded() throws {
        let db = try QuerySeed.database()
        let once = try db.search("centrale")
        let started = Date()
        let repeated = try db.search(Array(repeating: "centrale", count: 2_000).joined(separator: " "))
        let many = try db.search((0..<2_000).map { "centrale\($0)" }.joined(separator: " "))
        let seconds = Date().timeIntervalSince(started)
        #expect(repeated == once)
        #expect(many.isEmpty)
        #expect(seconds < 10, "2,000 words took \(seconds)s (was 29 s)")
        #expect(FullTextQuery.escape("a A á a*") == "\"a\" \"a\"*")
        #expect(FullTextQuery.wordCount((0..<100).map { "w\($0)" }.joined(separator: " ")) == 100)
        #expect(FullTextQuery.escape((0..<100).map { "w\($0)" }.joined(separator: " "))?.split(separator: " ").count
                == FullTextQuery.maxWords)
    }

    @Test func searchSyntaxAndLiteralRest() throws {
        // Ours: "phrase", OR, -word / NOT word, prefix*.
        #expect(FullTextQuery.escape("putin OR lukashenko") == "(\"putin\") OR (\"lukashenko\")")
        #expect(FullTextQuery.escape("\"difesa comune\" nato") == "\"difesa comune\" \"nato\"")
        #expect(FullTextQuery.escape("nato -ucraina") == "(\"nato\") NOT \"ucraina\"")
        #expect(FullTextQuery.escape("nato NOT ucraina -\"unione europea\"")
                == "(\"nato\") NOT (\"ucraina\" OR \"unione europea\")")
        #expect(FullTextQuery.escape("bielorus*") == "\"bielorus\"*")
        // Everything else is literal: lower-case or, NEAR, parentheses, an unpaired quote, a lone -.
        #expect(FullTextQuery.escape("putin or lukashenko") == "\"putin\" \"or\" \"lukashenko\"")
        #expect(FullTextQuery.escape("NEAR(difesa") == "\"near difesa\"")
        #expect(FullTextQuery.escape("Défense \"comune\"") == "\"defense\" \"comune\"")
        #expect(FullTextQuery.escape("putin \"difesa") == "\"putin\" \"difesa\"")
        #expect(FullTextQuery.escape("( ) - * '") == nil)
        #expect(FullTextQuery.escape("-nato") == "\"nato\"", "nothing to leave out from: the word itself")
        #expect(FullTextQuery.escape("OR OR AND NOT") == nil)
        #expect(FullTextQuery.exactPhrase("difesa comune") == "\"difesa comune\"")
        #expect(FullTextQuery.exactPhrase("difesa") == nil && FullTextQuery.exactPhrase("difesa OR comune") == nil)
    }

    @Test func phraseOrAndNotSearch() throws {
        let db = try QuerySeed.database()
        let both = try db.search("centrale nucleare", scope: "quotes")
        let phrase = try db.search("\"centrale nucleare\"", scope: "quotes")
        #expect(!phrase.isEmpty && phrase.count <= both.count)
        #expect(try db.search("putin OR zzzz").count == (try db.search("putin").count), "OR: either side")
        #expect(try db.search("zzzz OR yyyy").isEmpty)
        let putin = try db.search("putin", scope: "quotes")
        let notCentrale = try db.search("putin -centrale", scope: "quotes")
        #expect(notCentrale.count < putin.count || putin.allSatisfy { !$0.snippet.lowercased().contains("centrale") })
        #expect(notCentrale.allSatisfy { !$0.snippet.lowercased().contains("centrale") })
    }

    /// Plain words: the hits holding them as the exact phrase come first (issue 20: "difesa comune" ranked
    /// "Comune di Modena … difesa dall'avvocato" first). Constructed articles.
    @Test func exactPhraseHitsRankFirst() throws {
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        let articles = [
            Article(source: "a.txt", title: "Comune di Modena, comune di Carpi, comune di Sassuolo",
                    lang: "it", body: "Il comune ha scelto la difesa dall'avvocato del comune."),
            Article(source: "b.txt", title: "Vertice", lang: "it",
                    body: "Il trattato parla di una difesa comune europea, dopo anni di discussioni e di rinvii."),
        ]
        try db.write { db in for a in articles { _ = try ArticleStore.insert(a, analysis: ArticleAnalysis(), in: db) } }
        let hits = try db.search("difesa comune", scope: "articles")
        #expect(hits.map(\.title) == ["Vertice", "Comune di Modena, comune di Carpi, comune di Sassuolo"])
        #expect(hits.first?.exactPhrase == true && hits.last?.exactPhrase == false)
    }

    @Test func searchRanksAndSnippets() throws {
        let db = try QuerySeed.database()
        let hits = try db.search("centrale nucleare")
        #expect(hits.contains { $0.type == "quote" && $0.speaker == "Vladimir Putin" && $0.snippet.contains("[centrale]") })
        #expect(hits.contains { $0.type == "article" })
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score <= $1.score })
        // Accents and case fold like names do; a prefix finds the inflections.
        #expect(try !db.search("UNITA").isEmpty)
        #expect(try db.search("bielorus*", scope: "quotes").map(\.id).count == 1)
        #expect(try db.search("putin or zzzz").isEmpty)  // lower-case or is a word: both must occur
    }

    @Test func ambiguousNamesListTheirCandidates() throws {
        let db = try QuerySeed.database()
        try db.write { db in
            for kind in [EntityKind.country, .location] {
                _ = try EntityStore.upsert(ExtractedEntity(name: "Georgia", kind: kind), in: db)
            }
        }
        do {
            _ = try QuerySeed.resolve("georgia", in: db)
            Issue.record("expected an ambiguous name")
        } catch let error as QuotebaseError {
            #expect(error.code == .ambiguousName)
            #expect(error.message.contains("Georgia (country)") && error.message.contains("Georgia (location)"))
            #expect(error.message.contains("--all-matches"))
        }
        #expect(try QuerySeed.resolve("georgia", in: db, all: true).count == 2)
        #expect(throws: QuotebaseError.self) { try QuerySeed.resolve("Nobody Atall", in: db) }
        let putin = try QuerySeed.resolve("putin", in: db)
        #expect(try QuerySeed.resolve("#\(putin[0])", in: db) == putin)
    }

    @Test func filtersCombine() throws {
        let db = try QuerySeed.database()
        let putin = try QuerySeed.resolve("putin", in: db)
        #expect(try db.quotes(QuoteFilter(speakers: putin, kinds: [.headline])).count == 2)
        #expect(try db.quotes(QuoteFilter(speakers: putin, limit: 2, offset: 1)).count == 2)
        #expect(try db.quotes(QuoteFilter(speakers: putin, since: "2022-12-20", until: "2022-12-20")).count == 6)
        #expect(try db.quotes(QuoteFilter(speakers: putin, since: "2023")).isEmpty)
        #expect(try db.quotes(QuoteFilter(speakers: putin, until: "2022-11")).isEmpty)
        #expect(try db.quotes(QuoteFilter(lang: "en")).isEmpty)
        #expect(try db.quotes(QuoteFilter(search: "difesa")).count == 4)
        let seed = try db.read { try ArticleResolver.resolve("000_bbbdcd5d19d9f9a8.txt", in: $0) }
        #expect(try db.quotes(QuoteFilter(articles: seed)).count == QuerySeed.quotes.count)
        #expect(DateBound.validated("2022-13") == nil && DateBound.validated("20221") == nil)
    }

    @Test func whoNetworkEntitiesAndShow() throws {
        let db = try QuerySeed.database()
        let who = try db.speakers(about: QuerySeed.resolve("Russia", in: db))
        #expect(who.map(\.speaker) == ["Vladimir Putin", "Alexander Lukashenko"])
        #expect(who.map(\.quotes) == [2, 1])
        let edges = try db.network()
        #expect(edges.first.map { ($0.speaker, $0.quotes) } ?? ("", 0) == ("Vladimir Putin", 3))
        #expect(edges.contains { $0.speaker == "Moscow" && $0.target == "Minsk" })
        let entities = try db.entitySummaries(kind: .person)
        #expect(entities.first?.name == "Vladimir Putin" && entities.first?.quotes_said == 6)
        #expect(entities.allSatisfy { $0.kind == "person" })
        let belarus = try #require(try db.entitySummaries().first { $0.name == "Belarus" })
        #expect(belarus.aliases.contains("Bielorussia") && belarus.quotes_about == 4)
        let article = try db.article("1")
        #expect(article.quotes.count == QuerySeed.quotes.count && article.quotes.first?.part == "title")
        #expect(article.entities.contains { $0.name == "Kremlin" })
    }
}
