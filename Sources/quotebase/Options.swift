import ArgumentParser
import Foundation
import QuotebaseCore

/// `--db`, shared by every command that opens a knowledge base.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite knowledge base.", discussion:
        "Defaults to $QUOTEBASE_DB, else ./quotebase.sqlite.", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["QUOTEBASE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "quotebase.sqlite"
    }

    /// Opens the database, turning errors into a one-line message and exit code 3.
    func open(readOnly: Bool = false) throws -> QuotebaseDatabase {
        do {
            return try QuotebaseDatabase(path: path, readOnly: readOnly)
        } catch let error as QuotebaseError where error.code == .notFound {
            // A missing database is a database problem (exit 3), not an unreadable input (exit 1).
            Terminal.err("quotebase: \(error)")
            throw ExitCode(3)
        } catch {
            return try Terminal.reporting { throw error }
        }
    }
}

/// A flag value spelled as an enum's raw value. argument-parser's default descriptions go through
/// `String(describing:)`, which reflects on the type every time a command is parsed; naming the raw values directly
/// saves about 4% of the instructions of a one-shot query (1.2M of 32M for `quotes`).
protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension RawValueArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension OutputFormat: RawValueArgument {}

/// `--format`, shared by every listing.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Output format: table, csv, json or jsonl.",
        discussion: "Defaults to table when standard output is a terminal and to jsonl when it is piped."))
    var format: OutputFormat?

    var resolved: OutputFormat { format ?? (Terminal.stdoutIsTerminal ? .table : .jsonl) }

    func writer(columns: [String]) -> RecordWriter {
        RecordWriter(format: resolved, columns: columns, terminalWidth: Terminal.width) { Terminal.out($0) }
    }
}
