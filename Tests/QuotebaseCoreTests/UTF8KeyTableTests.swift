import XCTest
@testable import QuotebaseCore

final class UTF8KeyTableTests: XCTestCase {
    func testFindsEveryKeyByItsBytesAndNothingElse() {
        // Enough keys to fill many probe chains, with prefixes of one another, non-ASCII keys and the empty key.
        var keys = (0..<5_000).map { "word\($0)" } + ["", "a", "ab", "abc", "città", "citta", "stati uniti", "u s"]
        keys.append(contentsOf: keys.prefix(100).map { $0 + "x" })
        let table = UTF8KeyTable(keys.enumerated().map { (key: $0.element.utf8, value: $0.offset) })
        for (index, key) in keys.enumerated() {
            XCTAssertEqual(table[key], index, key)
        }
        for absent in ["word5000", "wor", "abcd", "citt", "città ", "stati", "x", " "] {
            XCTAssertNil(table[absent], absent)
        }
    }

    func testAnEmptyTableFindsNothing() {
        let table = UTF8KeyTable([(key: [UInt8], value: Int)]())
        XCTAssertNil(table[""])
        XCTAssertNil(table["putin"])
    }
}
