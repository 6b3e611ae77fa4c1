import Foundation
import Testing
@testable import QuotebaseCore

@Suite struct ExportTests {
    static func export(_ table: ExportTable, _ format: OutputFormat, _ db: QuotebaseDatabase) throws -> String {
        let path = URL(fileURLWithPath: db.path).deletingLastPathComponent().appendingPathComponent("\(table).\(format)").path
        let file = try AtomicFileOutput(path: path)
        try db.export(table, format: format, to: file.output)
        try file.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: ExportTable.allCases) func everyTableHasItsHeaderAndRows(_ table: ExportTable) throws {
        let db = try QuerySeed.database()
        let csv = try Self.export(table, .csv, db)
        #expect(csv.hasPrefix(table.columns.joined(separator: ",") + "\r\n"))
        let jsonl = try Self.export(table, .jsonl, db).split(separator: "\n")
        #expect(!jsonl.isEmpty)
        for line in jsonl {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect(Set(object.keys) == Set(table.columns))
        }
    }

    @Test func hostileCellsAreQuotedAndNeutralized() throws {
        let db = try QuerySeed.database()
        let texts = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "a, \"b\"\r\nc", "\ttab"]
        try db.write { db in
            let article = Article(source: "hostile", lang: "en", body: texts.joined(separator: " "))
            let quotes = texts.map { ExtractedQuote(text: $0, span: TextSpan(start: 0, end: 1), kind: .direct) }
            _ = try ArticleStore.insert(article, analysis: ArticleAnalysis(quotes: quotes), in: db)
        }
        let csv = try Self.export(.quotes, .csv, db)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
        #expect(csv.contains(",'+1,") && csv.contains(",'-2,") && csv.contains(",'@SUM(A1),"))
        #expect(csv.contains(",\"a, \"\"b\"\"\r\nc\","))
        let jsonl = try Self.export(.quotes, .jsonl, db)
        #expect(jsonl.contains("\"text\":\"=HYPERLINK(\\\"http://x\\\")\""))  // JSON keeps the text as is
    }

    @Test func outRefusesDirectoriesAndMissingFolders() throws {
        let db = try QuerySeed.database()
        let folder = URL(fileURLWithPath: db.path).deletingLastPathComponent().path
        #expect { try AtomicFileOutput(path: folder) } throws: { error in
            (error as? QuotebaseError)?.description == "\(folder): is a directory; name a file to write"
        }
        #expect(throws: QuotebaseError.self) { try AtomicFileOutput(path: folder + "/missing/out.csv") }
        #expect(throws: QuotebaseError.self) { try AtomicFileOutput(path: "/proc/quotebase-test.csv") }
    }

    @Test func aDiscardedExportLeavesTheOldFileAndNoTemporary() throws {
        let db = try QuerySeed.database()
        let folder = URL(fileURLWithPath: db.path).deletingLastPathComponent().path
        let path = folder + "/quotes.csv"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try AtomicFileOutput(path: path)
        try db.export(.quotes, format: .csv, to: file.output)
        file.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasSuffix(".tmp") })
    }
}
