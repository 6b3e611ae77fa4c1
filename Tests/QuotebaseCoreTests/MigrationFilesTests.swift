import Foundation
import XCTest
@testable import QuotebaseCore

final class MigrationFilesTests: XCTestCase {
    /// Migrations/*.sql are the source of truth; the binary carries a generated copy.
    func testEmbeddedMigrationsEqualTheFiles() throws {
        let folder = repositoryRoot.appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertEqual(files.map { String($0.dropLast(4)) }, EmbeddedMigrations.all.map(\.identifier),
                       "run scripts/embed-migrations.sh")
        for (file, embedded) in zip(files, EmbeddedMigrations.all) {
            var text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            XCTAssertEqual(text, embedded.sql, "\(file) differs from its embedded copy: run scripts/embed-migrations.sh")
        }
    }

    func testMigrationNamesAreNumberedInOrder() {
        let names = EmbeddedMigrations.all.map(\.identifier)
        for (index, name) in names.enumerated() {
            XCTAssertTrue(name.hasPrefix(String(format: "%04d_", index + 1)), name)
        }
    }
}
