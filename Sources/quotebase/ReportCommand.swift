import ArgumentParser
import Foundation
import QuotebaseCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Count quotes by month, speaker, source, kind or language, with the filters of `quotes`.",
        discussion: Help.flow("""
            Examples:
              quotebase report --by speaker --limit 20  (the most quoted speakers)
              quotebase report --by month --format csv > per-month.csv
              quotebase report --by month --by speaker --about Russia
              quotebase report --by source --by lang --since 2022

            --by is repeatable (or comma-separated: --by month,speaker); each row is one
            combination, with the columns of each dimension, then
              quotes    how many quotes match
              articles  how many articles they come from
            month is the article's YYYY-MM (undated when it has none); speaker is the
            first speaker, as speaker_id (empty when unresolved) and speaker; source is
            the outlet the input named (site), else the article's source. Rows come by
            month when --by starts with month, else most quotes first; --sort orders by
            any column. Every row is printed unless --limit says otherwise. The filters
            are those of `quotebase quotes` (see its --help).
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("month, speaker, source, kind or lang (repeat, or comma-separate, to combine).",
                               valueName: "dimension"))
    var by: [String] = []

    @OptionGroup var filters: QuoteFilterOptions

    @Option(help: "At most this many rows (0, the default: every row).")
    var limit = 0

    @Option(help: "Skip this many rows first.")
    var offset = 0

    @Option(help: ArgumentHelp("Order the rows by one output column, :desc for largest first (e.g. quotes:desc).",
                               valueName: "column[:desc]"))
    var sort: String?

    @Flag(help: "When a NAME matches several entities, use them all instead of exiting with status 2.")
    var allMatches = false

    var dimensions: [ReportDimension] {
        var out: [ReportDimension] = []
        for name in by.flatMap({ $0.split(separator: ",") }) {
            if let dimension = ReportDimension(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()),
               !out.contains(dimension) { out.append(dimension) }
        }
        return out
    }

    func validate() throws {
        if by.isEmpty { throw ValidationError("name what to count by: --by month|speaker|source|kind|lang") }
        for name in by.flatMap({ $0.split(separator: ",") }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            if ReportDimension(rawValue: trimmed) == nil {
                throw ValidationError("--by \(name): expected month, speaker, source, kind or lang")
            }
        }
        try QueryValidation.paging(limit: limit, offset: offset)
        if let sort {
            guard let key = SortKey(parsing: sort) else {
                throw ValidationError("--sort \(sort): expected COLUMN, COLUMN:asc or COLUMN:desc")
            }
            let columns = dimensions.flatMap(\.columns) + ["quotes", "articles"]
            if !columns.contains(key.column) {
                throw ValidationError("--sort \(key.column): not a column here; use one of \(columns.joined(separator: ", "))")
            }
        }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        let filter = try filters.filter(in: db, allMatches: allMatches)
        let counts = try Terminal.reporting { try db.quoteCounts(by: dimensions, filter: filter) }
        var rows = counts.rows
        if let key = sort.flatMap(SortKey.init(parsing:)), let index = counts.columns.firstIndex(of: key.column) {
            rows = key.sort(rows, by: index)
        }
        rows = page(rows, limit: limit == 0 ? nil : limit, offset: offset)
        if rows.isEmpty { filters.noteImpossible(in: db) }
        var writer = output.writer(columns: counts.columns)
        for row in rows { writer.write(row) }
        writer.finish()
    }
}
