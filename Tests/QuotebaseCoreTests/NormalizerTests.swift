import XCTest
@testable import QuotebaseCore

final class NormalizerTests: XCTestCase {
    func testFoldsCaseDiacriticsApostrophesAndPunctuation() {
        XCTAssertEqual(Normalizer.key("L’Élysée"), "l'elysee")
        XCTAssertEqual(Normalizer.key("  BIELORÚSSIA "), "bielorussia")
        XCTAssertEqual(Normalizer.key("Jean-Claude  Juncker"), "jean claude juncker")
        XCTAssertEqual(Normalizer.key("Straße"), "straße")
        XCTAssertEqual(Normalizer.key("Ü.S."), "u s")
    }

    func testFoldsASCIIBytewiseLikeScalarByScalar() {
        for text in ["Jean-Claude  Juncker", " U.S. ", "O'Brien's", "ABC-123_x", "L’Élysée ﬁne ½", "Ü.S.", ""] {
            XCTAssertEqual(Normalizer.key(text), Normalizer.key(scalars: text.unicodeScalars), text)
            XCTAssertEqual(Normalizer.key(text.dropFirst()), Normalizer.key(scalars: text.unicodeScalars.dropFirst()), text)
        }
    }

    func testDecodesStringUTF8IntoItsScalars() {
        for text in ["", "plain", "L’Élysée", "a\u{0301} 😀 ½ Ж 中文"] {
            XCTAssertEqual([Unicode.Scalar](scalarsOf: text), Array(text.unicodeScalars), text)
        }
    }

    func testScalarSliceUsesUnicodeScalarOffsets() {
        let text = "L’obiettivo di Putin: “Creato”"
        XCTAssertEqual(text.scalarSlice(15, 20), "Putin")
        XCTAssertEqual(text.scalarSlice(23, 29), "Creato")
        XCTAssertEqual(text.scalarSlice(25, 100), "")
    }

    func testTrimmedAndBlank() {
        XCTAssertEqual(" \n\u{00A0}Putin ha detto\t\r\n".trimmed, "Putin ha detto")
        XCTAssertEqual("  ".trimmed, "")
        XCTAssertTrue(" \n\t".isBlank)
        XCTAssertFalse(" x ".isBlank)
    }
}
