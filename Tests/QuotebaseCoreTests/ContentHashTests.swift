import XCTest
@testable import QuotebaseCore

final class ContentHashTests: XCTestCase {
    /// FIPS 180-2 test vectors, across the padding boundaries: one block, a tail that needs a second block, many blocks.
    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0, count: 64)),
                       "f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b")
    }

    func testContentHashCollapsesWhitespaceRuns() {
        let wrapped = Article(source: "a", title: nil, author: nil, published: nil, lang: "en", body: "One  two\r\n\tthree")
        let plain = Article(source: "b", title: nil, author: nil, published: nil, lang: "en", body: "One two three")
        XCTAssertEqual(wrapped.contentHash, plain.contentHash)
        XCTAssertEqual(plain.contentHash, SHA256.hex(Array("One two three".utf8)))
    }
}
