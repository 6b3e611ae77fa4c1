import Foundation
import XCTest
@testable import QuotebaseCore

/// Issue 21, point 8, on real articles: a merge of two shards of one corpus holds what one ingest of the same
/// articles holds, and `ingest --force` into the same database what a fresh ingest holds (`scripts/logical-dump.sh`
/// output equal, and every row by natural keys, link notes included).
final class ShardEqualityTests: XCTestCase {
    /// The first articles of the DICE and Reuters corpora of ../shared/corpus, read in place; nil when absent.
    private func corpusLines() throws -> [String]? {
        let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        var lines: [String] = []
        for (file, count) in [("it_dice_crime_news.jsonl.gz", 120), ("en_reuters21578.jsonl.gz", 80)] {
            let path = corpus.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            let reader = try LineReader(path: path)
            var taken = 0
            while taken < count, let line = try reader.nextLine() {
                lines.append(String(decoding: line, as: UTF8.self))
                taken += 1
            }
        }
        return lines
    }

    private func assertEqualDumps(_ actual: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Set(actual).subtracting(expected).sorted(), [], "dump lines only in the second", file: file, line: line)
        XCTAssertEqual(Set(expected).subtracting(actual).sorted(), [], "dump lines only in the first", file: file, line: line)
        XCTAssertEqual(actual.count, expected.count, file: file, line: line)
    }

    private func logicalDump(_ database: QuotebaseDatabase) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", repositoryRoot.appendingPathComponent("scripts/logical-dump.sh").path, database.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        // Articles name the file they came from: compared by content hash and the rest.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line -> String in
            guard line.hasPrefix("A\t") else { return String(line) }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            fields[2] = "<source>"
            return fields.joined(separator: "\t")
        }.sorted()
    }

    private func snapshot(_ database: QuotebaseDatabase) throws -> StoreSnapshot {
        var snapshot = try StoreSnapshot(database)
        snapshot.articles = Set(snapshot.articles.map { String($0.prefix { $0 != "|" }) })
        return snapshot
    }

    func testMergedShardsAndAForcedReingestEqualOneIngest() throws {
        guard let lines = try corpusLines() else { throw XCTSkip("../shared/corpus is not here") }
        XCTAssertEqual(lines.count, 200)
        let folder = try TemporaryFolder()
        let all = try folder.write("all.jsonl", lines.joined(separator: "\n") + "\n")
        // Interleaved, as a split by hash would be, with ten articles in both shards.
        let shardLines = [lines.enumerated().filter { $0.offset % 2 == 0 || $0.offset % 20 == 1 }.map(\.element),
                          lines.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
        let single = try QuotebaseDatabase(path: folder.path("single.sqlite"))
        _ = try Ingestor(database: single, analyzer: NewsAnalyzer()).ingest([all])
        let expectedDump = try logicalDump(single)
        let expected = try snapshot(single)
        XCTAssertGreaterThan(expected.entities.count, 500)

        var shards: [String] = []
        for (index, part) in shardLines.enumerated() {
            let input = try folder.write("s\(index).jsonl", part.joined(separator: "\n") + "\n")
            let shard = try QuotebaseDatabase(path: folder.path("shard\(index).sqlite"))
            _ = try Ingestor(database: shard, analyzer: NewsAnalyzer()).ingest([input])
            shards.append(shard.path)
        }
        let merged = try QuotebaseDatabase(path: folder.path("merged.sqlite"))
        let summary = try ShardMerger(output: merged, batchSize: 32).merge(shards)
        XCTAssertGreaterThanOrEqual(summary.duplicates, 10)
        assertEqualDumps(try logicalDump(merged), expectedDump)
        expected.assertEqual(to: try snapshot(merged))

        // Every article analyzed and stored again over what is there.
        let forced = try Ingestor(database: single, analyzer: NewsAnalyzer(), options: IngestOptions(force: true)).ingest([all])
        XCTAssertGreaterThan(forced.replaced, 150)
        assertEqualDumps(try logicalDump(single), expectedDump)
        expected.assertEqual(to: try snapshot(single))
        try assertIntegrity(single)
        try assertIntegrity(merged)
    }
}
