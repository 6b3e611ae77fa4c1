import Foundation
import XCTest
@testable import QuotebaseCore

/// Property-based fuzzing of `NewsAnalyzer` and `ArticleReader` with a seeded generator: no crash, and every
/// mention and quote offset holds (see `ReliabilityHostileInputTests.assertOffsetsHold`).
///
/// `swift test` runs a few thousand cases; `scripts/fuzz.sh` runs it for minutes with `QUOTEBASE_FUZZ_SECONDS`
/// (and `QUOTEBASE_FUZZ_SEED`). A failure prints the seed and case that reproduce it.
final class FuzzAnalyzerTests: XCTestCase {
    /// SplitMix64: tiny, fast, and the same sequence on every platform for a seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "Il presidente russo Vladimir Putin ha detto", "Lukashenko", "ha sottolineato", "ha dichiarato:",
        "secondo il portavoce del Cremlino Dmitry Peskov", "la Bielorussia", "Mosca e Minsk", "the minister said",
        "Joe Biden", "said on Tuesday", "according to Reuters", "“Non c’è alcun problema”", "«La cooperazione continua»",
        "il sindaco di Carpi", "i carabinieri", "Emmanuel Macron a déclaré", "Olaf Scholz sagte", "dijo el ministro",
        "- spiega la titolare -", "ha aggiunto", "Ucraina", "Stati Uniti", "New York", "l'ambulante", "a spokesman",
        "Mr. Smith", "Sig.ra Rossi", "U.S.", "e.g.", "...", "—", "–", "‘", "’", "\"", "'", "“", "”", "«", "»", "„", "‚",
        "‹", "›", "(", ")", ":", ";", ",", ".", "?", "!", "\n", "\n\n", "\r", "\t", " ", " ", " ", "\u{200B}", "\u{200D}",
        "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{301}", "\u{308}", "e\u{301}", "😀", "👨‍👩‍👧", "🇮🇹", "ß", "İ", "ﬁ",
        "Ǆ", "مرحبا", "שלום", "日本", "Ⅻ", "²", "Д", "Москва", "ΑΒΓ", "A", "Z", "É", "O'", "McDonald", "D'Alema",
    ]

    static func string(_ rng: inout SplitMix) -> String {
        var out = ""
        let pieces = Int.random(in: 0...60, using: &rng)
        for _ in 0..<pieces {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: out += fragments.randomElement(using: &rng)!
            case 6, 7:
                // A random word, often capitalized.
                let length = Int.random(in: 1...9, using: &rng)
                var word = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &rng))) })
                if Bool.random(using: &rng) { word = word.prefix(1).uppercased() + word.dropFirst() }
                out += word
            case 8:
                // Any scalar (not a surrogate), including controls and unassigned ones.
                let value = UInt32.random(in: 0...0x10FFFF, using: &rng)
                out.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default:
                out += " "
            }
            if Int.random(in: 0..<4, using: &rng) == 0 { out += " " }
        }
        return out
    }

    /// Runs cases until `count` is reached or `seconds` pass; returns how many ran.
    static func fuzz(seed: UInt64, count: Int, seconds: Double, folder: TemporaryFolder,
                     failures: () -> Int) throws -> Int {
        var rng = SplitMix(state: seed)
        let analyzer = NewsAnalyzer()
        let reader = ArticleReader()
        let deadline = Date().addingTimeInterval(seconds)
        var done = 0
        let langs = ["it", "en", "fr", "es", "de", "xx"]
        while done < count && Date() < deadline {
            let caseSeed = rng.next()
            var local = SplitMix(state: caseSeed)
            let title = Bool.random(using: &local) ? string(&local) : nil
            let body = string(&local)
            let lang = langs.randomElement(using: &local)!
            let context = "seed \(caseSeed): title \(String(reflecting: title)) body \(String(reflecting: body)) lang \(lang)"
            let analysis = analyzer.analyze(Article(source: "fuzz", title: title, lang: lang, body: body))
            ReliabilityHostileInputTests.assertOffsetsHold(analysis, title: title, body: body)
            // The same text as a JSON line through the reader: it is read (or refused with a message), never a crash.
            if done % 8 == 0 {
                var object: [String: Any] = ["text": body]
                if let title { object["title"] = title }
                let line = try JSONSerialization.data(withJSONObject: object)
                let path = try folder.write("fuzz.jsonl", line + Data("\n".utf8) + Data(body.utf8.prefix(200)) + Data("\n".utf8))
                try reader.read([path]) { event in
                    if case .article(let read) = event {
                        let a = analyzer.analyze(read.article)
                        ReliabilityHostileInputTests.assertOffsetsHold(a, title: read.article.title, body: read.article.body)
                    }
                }
            }
            done += 1
            if failures() > 0 {
                print("fuzz: failing case \(context)")
                break
            }
        }
        return done
    }

    func testFuzzAnalyzerAndReader() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["QUOTEBASE_FUZZ_SECONDS"].flatMap(Double.init)
        let seed = environment["QUOTEBASE_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_221_220
        let folder = try TemporaryFolder()
        let started = Date()
        let runs = try Self.fuzz(seed: seed, count: seconds == nil ? 3000 : .max, seconds: seconds ?? 60, folder: folder,
                                 failures: { self.testRun?.totalFailureCount ?? 0 })
        print("fuzz: \(runs) cases in \(String(format: "%.0f", Date().timeIntervalSince(started)))s from seed \(seed)")
        XCTAssertGreaterThan(runs, 0)
    }
}
