import Foundation
import XCTest
@testable import QuotebaseCore

/// The byte scanner must read every line exactly as the JSONSerialization path does, or leave it to that path.
final class JSONArticleDecoderTests: XCTestCase {
    private let decoder = JSONArticleDecoder()

    /// What the decoder makes of `json` through JSONSerialization alone.
    private func viaJSONSerialization(_ json: String) -> String {
        do {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [])
            guard let dictionary = object as? [String: Any] else { return "error" }
            return describe(try decoder.record(from: dictionary, subject: "t"))
        } catch {
            return "error"
        }
    }

    private func viaDecoder(_ json: String) -> String {
        do {
            return describe(try decoder.decodeObject(Array(json.utf8), subject: "t"))
        } catch {
            return "error"
        }
    }

    private func describe(_ r: JSONArticleDecoder.Record) -> String {
        [r.id, r.title, r.author, r.published, r.lang, r.url, r.body, r.html, r.site, r.section, r.extra, r.inputSource]
            .map { $0 ?? "∅" }.joined(separator: "|")
    }

    private func scanned(_ json: String) -> [String: Any]? {
        Array(json.utf8).withUnsafeBufferPointer { JSONFieldScanner.fields(of: $0) }
    }

    func testScannedLinesDecodeAsJSONSerializationDecodesThem() {
        let lines = [
            #"{"id": "r-1", "title": "  Cocoa  ", "text": "Body.\n\nMore \"quoted\" \u00e8 \ud83d\ude00 \/ \t.", "lang": "EN-gb"}"#,
            #"{"text": "first", "text": "second", "title": null, "headline": "Headline"}"#,
            #"{"text": "body", "text": null, "content": "fallback content"}"#,
            #"{"maintext": "x", "authors": ["Ann Lee", {"name": "Bob Roe", "name": "Rob Roe"}, 3, {"x": 1}, ""], "date": "20 Dicembre 2022"}"#,
            #"{"body": "x", "author": " Carla Bianchi ", "byline": "ignored", "url": "https://example.org/a"}"#,
            #"{"text": "x", "authors": {"name": "Not a list"}, "author": ["Ann"], "date_publish": "1987-02-26T15:01:01"}"#,
            #"{"html": "<p>hi</p>", "extra": {"deep": [1, -2.5, true, false, null, {"a": []}]}, "id": "", "_id": "  x7 "}"#,
            #"{"text": "   ", "raw_text": "\u0000 nul"}"#,
            "{ \"text\" : \"spaced\" ,\r\n \"lang\" : \"it\" }  ",
            #"{"te\u0078t": "escaped key"}"#,
            #"{"text": "no fields we know", "TEXT": "upper"}"#,
            #"{}"#,
            #"{"text": "x", "source": "BBC News", "section": "business", "tags": ["a", {"b": [1, 2.5]}], "n": null, "ok": true, "k\u00e9y": "v\/w", "quotebase_source": "in.jsonl:3"}"#,
        ]
        for line in lines {
            XCTAssertNotNil(scanned(line), line)
            XCTAssertEqual(viaDecoder(line), viaJSONSerialization(line), line)
        }
    }

    func testLinesTheScannerIsNotSureOfGoToJSONSerialization() {
        let lines = [
            #"{"text": "x", "id": 42}"#,  // NSNumber spells the id
            #"{"text": "x", "id": true}"#,
            #"{"text": "x", "n": 1e3}"#,  // exponent
            #"{"text": "x", "n": 1e400}"#,  // not representable: JSONSerialization refuses it
            #"{"text": "x", "n": 12345678901234567890}"#,
            #"{"text": "x", "n": 01}"#,
            #"{"text": "x", "list": [1,]}"#,  // JSONSerialization accepts a trailing comma
            #"{"text": "bad \q escape"}"#,
            "{\"text\": \"raw\ttab\"}",
            #"{"text": "x"} trailing"#,
            #"{"text": "unterminated}"#,
            #"{"text" "x"}"#,
            #"["text"]"#,
            #""text""#,
            #"{"text": "x", "a": tru}"#,
            "{\"text\": \"x\", \"x\": " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
        ]
        for line in lines {
            XCTAssertNil(scanned(line), line)
            XCTAssertEqual(viaDecoder(line), viaJSONSerialization(line), line)
        }
    }

    func testALoneSurrogateIsAReplacementCharacterNotALostRecord() throws {
        for (line, text) in [(#"{"text": "\ud800 lone"}"#, "\u{FFFD} lone"), (#"{"text": "\udc00 lone"}"#, "\u{FFFD} lone"),
                             (#"{"text": "a\ud800\u0041"}"#, "a\u{FFFD}A"), (#"{"text": "\ud83d\ude00"}"#, "😀")] {
            XCTAssertEqual(try decoder.decodeObject(Array(line.utf8), subject: "f.jsonl:1").body, text, line)
        }
    }

    func testBrokenJSONKeepsJSONSerializationsReason() {
        XCTAssertThrowsError(try decoder.decodeObject(Array(#"{"text": "x", "n": 01}"#.utf8), subject: "f.jsonl:3")) { error in
            let message = (error as? QuotebaseError)?.description ?? "\(error)"
            XCTAssertTrue(message.contains("f.jsonl:3"), message)
            XCTAssertTrue(message.contains("broken JSON (Number with leading zero"), message)
        }
    }

    func testTrimmedDropsUnicodeWhitespaceAtBothEndsOnly() {
        let cases = [("", ""), ("   ", ""), ("abc", "abc"), ("  abc", "abc"), ("abc \n", "abc"), ("\u{A0}è\u{2003}", "è"),
                     ("\u{3000}中文\u{85}", "中文"), ("a b", "a b")]
        for (value, expected) in cases {
            XCTAssertEqual(value.trimmed, expected, value.debugDescription)
            XCTAssertEqual(value[...].trimmed, expected, value.debugDescription)
        }
    }
}
