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

    /// Numbered from 0001 in increasing order; a number may be missing while the branch that takes it is apart
    /// (each team is given its own).
    func testMigrationNamesAreNumberedInOrder() {
        let numbers = EmbeddedMigrations.all.map { Int($0.identifier.prefix(4)) }
        XCTAssertEqual(numbers.first, 1)
        for (name, number) in zip(EmbeddedMigrations.all.map(\.identifier), numbers) {
            XCTAssertNotNil(number, name)
            XCTAssertEqual(name.dropFirst(4).first, "_", name)
        }
        XCTAssertEqual(numbers.compactMap { $0 }, numbers.compactMap { $0 }.sorted(), "out of order")
        XCTAssertEqual(Set(numbers.compactMap { $0 }).count, numbers.count, "a number used twice")
    }
}
