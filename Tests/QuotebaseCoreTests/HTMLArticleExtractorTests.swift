import Foundation
import XCTest
@testable import QuotebaseCore

final class HTMLArticleExtractorTests: XCTestCase {
    private func extract(_ html: String) throws -> HTMLArticle {
        try HTMLArticleExtractor.extract(html: Array(html.utf8), baseSource: "test.html")
    }

    private let filler = "Il governo ha presentato il piano, che secondo i sindacati non basta, mentre le regioni chiedono più fondi."

    func testPrefersArticleAndDropsFurniture() throws {
        let html = """
        <html lang="it-IT"><head><title>Piano per il Sud - Economia | Il Giornale</title>
        <meta property="og:site_name" content="Il Giornale"></head><body>
        <nav><a href="/">Home</a> <a href="/politica">Politica</a></nav>
        <header class="site-header">Il Giornale</header>
        <article><h1>Piano per il Sud</h1>
        <p>\(filler)</p><p>Seconda frase&nbsp;del pezzo, con <b>G</b>overno e <a href="/x">un link</a>.</p>
        <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a></div>
        <p>LEGGI ANCHE: un altro articolo</p>
        <ul class="related"><li><a href="/a">Altro articolo uno</a></li><li><a href="/b">Altro articolo due</a></li></ul>
        </article>
        <aside>Più letti oggi</aside><div id="comments"><p>Commento di un lettore molto lungo, lunghissimo.</p></div>
        <footer>© 2024 Il Giornale</footer><script>var x = "<p>not text</p>";</script>
        </body></html>
        """
        let article = try extract(html)
        XCTAssertEqual(article.title, "Piano per il Sud")
        XCTAssertEqual(article.lang, "it")
        XCTAssertEqual(article.body, "\(filler)\n\nSeconda frase del pezzo, con Governo e un link.")
    }

    func testQuotationsStayQuotations() throws {
        let html = """
        <html><body><article>
        <p>\(filler)</p>
        <p>Il ministro ha detto <q>non arretreremo</q> davanti ai cronisti.</p>
        <blockquote><p>Abbiamo messo la giustizia sociale al centro</p></blockquote>
        <blockquote>«Già citato» disse lei.</blockquote>
        </article></body></html>
        """
        let paragraphs = try extract(html).body.components(separatedBy: "\n\n")
        XCTAssertEqual(paragraphs, [
            filler,
            "Il ministro ha detto “non arretreremo” davanti ai cronisti.",
            "“Abbiamo messo la giustizia sociale al centro”",
            "«Già citato» disse lei.",
        ])
    }

    func testBreaksHeadingsAndListItemsMakeParagraphs() throws {
        let html = """
        <html><body><div class="entry-content"><p>\(filler)<br>Riga due</p><h2>Sottotitolo</h2>
        <ul><li>Punto uno, con un po' di testo</li><li>Punto due, con altro testo</li></ul>
        <p>Words split<span>across</span> spans stay whole; words\n\t separated stay separate.</p></div></body></html>
        """
        XCTAssertEqual(try extract(html).body.components(separatedBy: "\n\n"), [
            filler, "Riga due", "Sottotitolo", "Punto uno, con un po' di testo", "Punto due, con altro testo",
            "Words splitacross spans stay whole; words separated stay separate.",
        ])
    }

    func testMetadataFromJSONLDAndMeta() throws {
        let html = """
        <html><head>
        <meta property="og:title" content="Ignored when JSON-LD? No: og:title comes first">
        <meta property="article:published_time" content="2023-03-09T10:00:00+01:00">
        <link rel="canonical" href="https://example.com/news/story">
        <meta property="og:locale" content="en_GB">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
          {"@type":["NewsArticle"],"headline":"JSON headline","author":[{"@type":"Person","name":"Jane Doe"}],
           "datePublished":"2020-01-01"}]}</script>
        </head><body><article><p>\(filler)</p></article></body></html>
        """
        let article = try extract(html)
        XCTAssertEqual(article.title, "Ignored when JSON-LD? No: og:title comes first")
        XCTAssertEqual(article.author, "Jane Doe")
        XCTAssertEqual(article.published, "2023-03-09")
        XCTAssertEqual(article.lang, "en")
        XCTAssertEqual(article.canonicalURL, "https://example.com/news/story")
    }

    func testBylineTimeAndTitleFallbacks() throws {
        let html = """
        <html><head><title>The story of the day - BBC News</title></head><body>
        <div class="story"><p class="byline">By JOHN SMITH</p><time datetime="2019-07-04T08:00Z">4 July</time>
        <p>\(filler)</p><p>\(filler)</p></div></body></html>
        """
        let article = try extract(html)
        XCTAssertEqual(article.title, "The story of the day")
        XCTAssertEqual(article.author, "John Smith")
        XCTAssertEqual(article.published, "2019-07-04")
        XCTAssertNil(article.lang)
        XCTAssertNil(article.canonicalURL)
    }

    func testKeepsTheRestOfTheStoryInsideAReadMoreFold() throws {
        let menu = (1...40).map { "<li><a href=\"/s\($0)\">Section number \($0)</a></li>" }.joined()
        let html = """
        <html><body><ul class="tier-1">\(menu)</ul><div class="story-body"><p>\(filler)</p>
        <div id="read-more"><a href="">Read more</a><div id="read-more-content">
        <p>\(filler) Uno.</p><p>\(filler) Due.</p><p>\(filler) Tre.</p></div></div></div>
        <div class="more-stories"><a href="/x">Another story</a></div></body></html>
        """
        let body = try extract(html).body
        XCTAssertTrue(body.hasSuffix("\(filler) Tre."), body)
        XCTAssertFalse(body.contains("Another story"))
    }

    func testDateAsAPartOfTheTitleOnly() throws {
        let page = { (title: String) in
            "<html><head><title>\(title)</title></head><body><article><p>\(self.filler)</p></article></body></html>"
        }
        XCTAssertEqual(try extract(page("Una solución - 07.12.2017 - LA NACION")).published, "2017-12-07")
        // A number in the headline itself is not a date.
        XCTAssertNil(try extract(page("Top 10.000 items - Site")).published)
        XCTAssertNil(try extract(page("Budget 2017-2018 - Site")).published)
    }

    func testItalianBylineAndDates() {
        XCTAssertEqual(HTMLByline.clean("di ROBERTO MANIA"), "Roberto Mania")
        XCTAssertEqual(HTMLByline.clean("By Jane Doe, Reuters"), "Jane Doe")
        XCTAssertEqual(HTMLByline.clean("Martin Untersinger (avec Damien Leloup et Morgane Tual)"), "Martin Untersinger")
        XCTAssertNil(HTMLByline.clean("Updated 12:30 on 4 July 2019"))
        XCTAssertEqual(HTMLByline.clean("Our Foreign Staff 16 November 2017 • 2:15pm"), "Our Foreign Staff")
        XCTAssertEqual(HTMLDate.normalize("12 maggio 2012"), "2012-05-12")
        XCTAssertEqual(HTMLDate.normalize("Sat, 12 May 2012 05:40:00 GMT"), "2012-05-12")
        XCTAssertEqual(HTMLDate.normalize("20120512"), "2012-05-12")
        XCTAssertEqual(HTMLDate.normalize("12/05/2012"), "2012-05-12")
        XCTAssertNil(HTMLDate.normalize("yesterday"))
        XCTAssertEqual(HTMLDate.fromURLPath("http://www.repubblica.it/economia/2012/05/12/news/x-1/"), "2012-05-12")
    }

    func testDecodesEntitiesAndLegacyEncodings() throws {
        let html = "<html><body><article><p>Citt&agrave; &amp; &#8220;libert&#xE0;&#8221; \(filler)</p></article></body></html>"
        XCTAssertTrue(try extract(html).body.hasPrefix("Città & “libertà” Il governo"))
        // Windows-1252 bytes without a declared charset: "città" with à = 0xE0.
        var bytes = Array("<html><body><article><p>citt".utf8) + [0xE0] + Array(" \(filler)</p></article></body></html>".utf8)
        XCTAssertTrue(try HTMLArticleExtractor.extract(html: bytes, baseSource: "x").body.hasPrefix("città Il"))
        // A declared charset wins.
        bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>citt".utf8) + [0xE0]
            + Array(" \(filler)</p></article></body></html>".utf8)
        XCTAssertTrue(try HTMLArticleExtractor.extract(html: Data(bytes), baseSource: "x").body.hasPrefix("città Il"))
    }

    func testNoTextThrowsMalformedInput() {
        for html in ["", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "   \n  "] {
            XCTAssertThrowsError(try extract(html)) { error in
                XCTAssertEqual((error as? QuotebaseError)?.code, .malformedInput, "for \(html.debugDescription)")
                XCTAssertEqual((error as? QuotebaseError)?.subject, "test.html")
            }
        }
    }

    func testBinaryThrows() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + (0..<5000).map { UInt8($0 % 256) }
        XCTAssertThrowsError(try HTMLArticleExtractor.extract(html: bytes, baseSource: "x.png")) { error in
            XCTAssertEqual((error as? QuotebaseError)?.code, .binaryInput)
        }
    }

    func testJunkNeverCrashesOrHangs() throws {
        let started = Date()
        // Deeply nested tags, unclosed.
        let deep = String(repeating: "<div><span>", count: 100_000) + "deep text " + filler
        _ = try? extract("<html><body>" + deep)
        // Deeply nested and closed, with text at every level.
        let nested = String(repeating: "<div>a, b ", count: 50_000) + String(repeating: "</div>", count: 50_000)
        _ = try? extract("<html><body>" + nested)
        // Garbage bytes without NULs.
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<300_000).map { _ in UInt8.random(in: 1...255, using: &generator) }
        _ = try? HTMLArticleExtractor.extract(html: garbage, baseSource: "garbage")
        // Broken markup of every kind.
        _ = try? extract("<p <p <<>> </article></q><blockquote><q><q></blockquote> &#xFFFFFFFF; &bogus; <![CDATA[ x")
        // A huge page: 20 MB of paragraphs.
        let huge = "<html><body><article>" + String(repeating: "<p>\(filler)</p>\n", count: 180_000) + "</article>"
        let article = try extract(huge)
        XCTAssertEqual(article.body.components(separatedBy: "\n\n").count, 180_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 120)
    }

    func testSafeFromSeveralThreads() throws {
        let expected = filler
        let html = Array("<html lang=en><body><article><p>\(expected)</p></article></body></html>".utf8)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            XCTAssertEqual(try? HTMLArticleExtractor.extract(html: html, baseSource: "t").body, expected)
        }
    }

    func testAnElementWithAMillionAttributesIsReadInSeconds() throws {
        var html = "<html><body><article><p"
        html.reserveCapacity(12_000_000)
        for i in 0..<1_000_000 { html += " a\(i)=\"x\"" }
        html += ">Il sindaco Mario Rossi ha detto che il ponte riaprirà a maggio, secondo il comune di Modena.</p>"
        html += "<p title='kept' class=\"x\">Seconda riga del testo.</p></article></body></html>"
        let started = Date()
        let article = try extract(html)
        let seconds = Date().timeIntervalSince(started)
        XCTAssertLessThan(seconds, 15, "a million attributes took \(seconds)s (40,000 took 37 s before)")
        XCTAssertTrue(article.body.contains("Il sindaco Mario Rossi ha detto"), article.body)
        XCTAssertTrue(article.body.contains("Seconda riga del testo."), article.body)
        let few = Array("<p a=1 b='2' c=\"3\" d>x</p>".utf8)
        XCTAssertNil(few.withUnsafeBytes { HTMLAttributeLimit.trimmed($0) }, "tags under the limit are left alone")
        let cut = few.withUnsafeBytes { HTMLAttributeLimit.trimmed($0, limit: 2) }
        XCTAssertEqual(cut.map { String(decoding: $0, as: UTF8.self) }, "<p a=1 b='2' >x</p>")
    }
}
