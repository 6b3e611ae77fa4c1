import XCTest
@testable import QuotebaseCore

final class EntityRecognizerTests: XCTestCase {
    func testPlaceholder() {}
}
