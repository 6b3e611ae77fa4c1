import Foundation
import XCTest

/// Runs programs — the built `quotebase`, `sqlite3` — the way a user does, each test in a fresh folder.
class CLITestCase: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary = Bundle.main.bundleURL.appendingPathComponent("quotebase")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")

    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotebase-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Starts `executable` in the test's folder with `QUOTEBASE_DB` unset; `finish` waits for it.
    func start(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:],
               stdin: Data? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["QUOTEBASE_DB"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        return (process, out, err)
    }

    func finish(_ started: (Process, Pipe, Pipe)) -> Run {
        let (process, out, err) = started
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `quotebase` with `arguments` and waits for it.
    @discardableResult
    func quotebase(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        finish(try start(Self.binary, arguments, environment: environment, stdin: stdin))
    }
}
