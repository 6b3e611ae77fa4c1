import Foundation
import XCTest
import QuotebaseCore

/// Throughput of `HTMLArticleExtractor` on the fixture pages, one thread. Skipped unless QUOTEBASE_HTML_BENCH is set;
/// run it through `Benchmarks/html_bench.sh`, which builds in release mode.
final class HTMLBenchmarkTests: XCTestCase {
    func testExtractionThroughput() throws {
        guard ProcessInfo.processInfo.environment["QUOTEBASE_HTML_BENCH"] != nil else {
            throw XCTSkip("set QUOTEBASE_HTML_BENCH=1 (Benchmarks/html_bench.sh) to measure")
        }
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html") }
            .map { try Data(contentsOf: directory.appendingPathComponent($0)) }
        XCTAssertFalse(pages.isEmpty)
        let target = 50_000_000  // bytes of HTML to push through
        var processed = 0
        var paragraphs = 0
        let start = DispatchTime.now().uptimeNanoseconds
        while processed < target {
            for page in pages {
                paragraphs += try HTMLArticleExtractor.extract(html: page, baseSource: "bench").body.count
                processed += page.count
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let rate = Double(processed) / seconds / 1_000_000
        print(String(format: "HTML extraction: %.1f MB in %.2f s = %.1f MB/s on one thread (%d pages)",
                     Double(processed) / 1_000_000, seconds, rate, pages.count))
        XCTAssertGreaterThan(paragraphs, 0)
        XCTAssertGreaterThanOrEqual(rate, 10, "issue 9 asks for at least 10 MB/s")
    }
}
