import XCTest
@testable import QuotebaseCore

final class DateParserTests: XCTestCase {
    /// A leading space sends a text through the general token scan, which the ISO shortcut must agree with.
    func testISODateShortcutAgreesWithTheGeneralScan() {
        let dates = DateParser()
        let texts = [
            "2022-12-20", "1987-02-26T15:01:01", "2022-12-20 08:00", "2022-12-20Z", "2022-12-20/05", "2022-12-20.5",
            "2022-12-20-07", "2022-12-201", "2022-13-20", "2022-12-32 or 20 December 2022", "0999-01-01", "1799-01-01",
            "2022-12-2\u{301}0", "2022-12-20\u{301}", "2022-1-20", "20221220", "2022-12-20, 2023-01-01",
        ]
        for text in texts {
            XCTAssertEqual(dates.firstDate(in: text), dates.firstDate(in: " " + text), text)
        }
        XCTAssertEqual(dates.firstDate(in: "1987-02-26T15:01:01"), "1987-02-26")
        XCTAssertEqual(dates.firstDate(in: "2022-13-20 or 20 December 2022"), "2022-12-20")
        XCTAssertEqual(dates.firstDate(in: "1800-01-01"), "1800-01-01")
        XCTAssertEqual(dates.firstDate(in: "31/12/2200"), "2200-12-31")
        XCTAssertEqual(dates.firstDate(in: "5 May 1999"), "1999-05-05")
    }
}
