import Foundation
import GRDB
import XCTest
@testable import QuotebaseCore

/// datasette/metadata.json must describe the schema as it is: every table, view and column it names exists, its
/// canned queries prepare, and quote_report searches through quotes_fts (scripts/check-datasette.sh runs Datasette
/// itself in .ci/run).
final class DatasetteMetadataTests: XCTestCase {
    func testMetadataNamesTablesColumnsAndQueriesOfTheSchema() throws {
        let url = repositoryRoot.appendingPathComponent("datasette/metadata.json")
        let metadata = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let database = try XCTUnwrap((metadata["databases"] as? [String: Any])?["quotebase"] as? [String: Any])
        let tables = try XCTUnwrap(database["tables"] as? [String: [String: Any]])
        let queries = try XCTUnwrap(database["queries"] as? [String: [String: Any]])
        XCTAssertEqual(Set(queries.keys), ["quotes_by_speaker", "who_talks_about", "quotes_per_month"])
        let folder = try TemporaryFolder()
        let db = try QuotebaseDatabase(path: folder.path("kb.sqlite"))
        try db.read { db in
            for (name, settings) in tables {
                let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [name])
                    .map { $0[0] as String }
                XCTAssertFalse(columns.isEmpty, "\(name) is not in the schema")
                for key in ["label_column", "fts_pk", "sort_desc"] {
                    if let column = settings[key] as? String { XCTAssertTrue(columns.contains(column), "\(name).\(column)") }
                }
                for column in settings["sortable_columns"] as? [String] ?? [] {
                    XCTAssertTrue(columns.contains(column), "\(name).\(column)")
                }
                if let fts = settings["fts_table"] as? String {
                    XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = ?", arguments: [fts]), 1)
                }
            }
            for (name, query) in queries {
                let sql = try XCTUnwrap(query["sql"] as? String, name)
                XCTAssertNoThrow(try db.makeStatement(sql: sql), name)
            }
            let report = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info('quote_report')").map { $0[0] as String }
            for column in ["quote_id", "speaker_id", "speaker", "speaker_as_written", "article_id", "title", "rule"] {
                XCTAssertTrue(report.contains(column), column)
            }
            XCTAssertEqual(report.last, "rule", "the rule is the last column")
        }
    }
}
