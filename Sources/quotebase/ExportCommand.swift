import ArgumentParser
import Foundation
import QuotebaseCore

extension ExportTable: RawValueArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a whole table as CSV or JSON lines, streamed, for spreadsheets and scripts.",
        discussion: Help.flow("""
            Examples:
              quotebase export quotes --out quotes.csv
              quotebase export mentions --format jsonl | gzip > mentions.jsonl.gz
              quotebase export network --out edges.csv

            Rows stream from SQLite straight to the output, so memory stays flat on any
            database. CSV is RFC 4180: UTF-8, a header row, CRLF line ends, and fields
            with a comma, a double quote or a line break quoted. A text cell starting
            with = + - @ (or a tab or CR) gets a leading ' so that a spreadsheet never
            runs it as a formula. List fields are JSON arrays in jsonl and joined with
            "; " in CSV.

            --out FILE writes a temporary file beside FILE and renames it when complete: a
            failed or interrupted export (Ctrl-C, SIGTERM, SIGHUP) never leaves half a file or
            the temporary file, and an existing FILE is replaced only then, keeping its mode and
            owner. A FIFO or device (/dev/stdout) is written directly. The database and its
            -wal/-shm files are refused, by whatever path they are named.

            Columns (stable: new ones are only ever added at the end):
              quotes    id, article_id, source, title, published, lang, text, kind,
                        speaker, speakers, speaker_kind, about, cue, part, start,
                        end, confidence, speakers_as_written, rule
              mentions  id, entity_id, entity, entity_kind, article_id, source,
                        published, part, start, end, surface
              entities  id, kind, name, aliases, mentions, quotes_said, quotes_about
              articles  id, source, title, author, published, lang, content_hash,
                        ingested_at, quotes, mentions, body
              network   speaker_id, speaker, speaker_kind, target_id, target,
                        target_kind, quotes
            start and end count Unicode characters in the article's title or body (part).
            """))

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What to export: quotes, mentions, entities, articles or network.", valueName: "table"))
    var table: ExportTable

    @Option(help: ArgumentHelp("csv (default) or jsonl.", valueName: "format"))
    var format: OutputFormat = .csv

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if format != .csv && format != .jsonl { throw ValidationError("--format must be csv or jsonl for export") }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        try Terminal.reporting {
            guard let out else {
                try db.export(table, format: format, to: BufferedOutput.standardOutput())
                return
            }
            let file = try AtomicFileOutput(path: out, protecting: database.path)
            do {
                let rows = try db.export(table, format: format, to: file.output)
                try file.commit()
                Terminal.err("quotebase: wrote \(rows) \(table.rawValue) rows to \(out)")
            } catch {
                file.discard()
                throw error
            }
        }
    }
}
