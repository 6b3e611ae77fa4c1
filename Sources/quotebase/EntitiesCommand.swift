import ArgumentParser
import Foundation
import QuotebaseCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List, search, show, audit and curate entities.",
        discussion: Help.flow("""
            Examples:
              quotebase entities --top 20  (the same as --limit 20)
              quotebase entities --kind person --sort quotes_said:desc --limit 10
              quotebase entities --kind person --format csv > people.csv
              quotebase entities --search Blair
              quotebase entities --show 12
              quotebase entities --audit
              quotebase entities merge 12 40        # #40 is #12
              quotebase entities split 12 --article 7
              quotebase entities rename 12 "Tony Blair"
              quotebase entities alias 12 "Tony"
              quotebase entities forget 99          # never an entity again

            Curations are stored in the database (table entity_curations) and applied again by every
            later ingest, load, merge and relink. docs/ENTITIES.md says how entities are resolved.
            """),
        subcommands: [EntitiesListCommand.self, EntitiesMergeCommand.self, EntitiesSplitCommand.self,
                      EntitiesRenameCommand.self, EntitiesAliasCommand.self, EntitiesForgetCommand.self],
        defaultSubcommand: EntitiesListCommand.self)
}

struct EntitiesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List entities with how often they are mentioned, quoted, and quoted about (the default).",
        discussion: Help.flow("""
            Most active first (mentions + quotes said + quotes about). Columns:
              id, kind, name, aliases, mentions, quotes_said, quotes_about
            aliases are the other names stored for the entity (any of them works as NAME
            in quotes, who and mentions).

            --search NAME lists every entity NAME may stand for (names, aliases, surnames, every
            kind); --show ID prints one entity's names, aliases, roles by article and why each
            article is linked; --audit reports chimeras, role aliases, names of several kinds and
            probable splits (docs/ENTITIES.md).
            """))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only this kind: person, country, organization or location.", valueName: "kind"))
    var kind: EntityKind?

    @Option(help: ArgumentHelp("The same as --limit N: the N most active entities (0: all).", valueName: "n"))
    var top: Int?

    @OptionGroup var page: PageOptions

    @Option(help: ArgumentHelp("Every entity this name may stand for.", valueName: "name"))
    var search: String?

    @Option(help: ArgumentHelp("One entity in full: names, aliases, roles and links by article.", valueName: "id"))
    var show: Int64?

    @Flag(help: "Report chimeras, role aliases, names held by several kinds and probable splits.")
    var audit = false

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        try page.validateSort(among: EntitySummary.columns)
        if [search != nil, show != nil, audit].filter({ $0 }).count > 1 {
            throw ValidationError("use one of --search, --show and --audit at a time")
        }
    }

    func run() throws {
        let db = try database.open(readOnly: true)
        if audit {
            let report = try Terminal.reporting { try db.read { try EntityAudit.run(in: $0) } }
            if output.resolved == .table {
                for line in report.lines { Terminal.out(line + "\n") }
            } else {
                Terminal.out(try json(report) + "\n")
            }
            return
        }
        if let show {
            guard let detail = try Terminal.reporting({ try db.read { try EntityDetail.fetch(show, in: $0) } }) else {
                try Terminal.reporting {
                    throw QuotebaseError(.notFound, "--show \(show)", "no entity has this id; find one with `quotebase entities --search NAME`")
                }
                return
            }
            if output.resolved == .table {
                for line in detail.lines { Terminal.out(line + "\n") }
            } else {
                Terminal.out(try json(detail) + "\n")
            }
            return
        }
        if let search {
            let found = try Terminal.reporting { try db.read { try EntityResolver.search(search, in: $0) } }
            if found.isEmpty {
                let close = try Terminal.reporting { try db.read { try EntityResolver.suggestions(for: search, in: $0) } }
                try Terminal.reporting {
                    throw QuotebaseError(.notFound, "--search \(search)", "no entity has this name, alias or surname"
                        + (close.isEmpty ? "" : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?"))
                }
            }
            var writer = output.writer(columns: ["id", "kind", "name", "matched_by", "mentions", "quotes_said", "quotes_about"])
            for c in found {
                writer.write([.integer(c.id), .text(c.kind), .text(c.name), .text(c.matchedBy), .integer(Int64(c.mentions)),
                              .integer(Int64(c.quotesSaid)), .integer(Int64(c.quotesAbout))])
            }
            writer.finish()
            return
        }
        var paging = page
        if let top { paging.limit = top }
        if paging.sortKey == nil {
            // Most active first is the statement's own order: SQLite pages it.
            let rows = try Terminal.reporting {
                try db.entitySummaries(kind: kind, limit: paging.rowLimit, offset: paging.offset)
            }
            var writer = output.writer(columns: EntitySummary.columns)
            for row in rows { writer.write(row.cells) }
            writer.finish()
            return
        }
        let rows = try Terminal.reporting { try db.entitySummaries(kind: kind) }
        var writer = output.writer(columns: EntitySummary.columns)
        for row in paging.apply(rows.map(\.cells), columns: EntitySummary.columns) { writer.write(row) }
        writer.finish()
    }
}

/// Pretty JSON with sorted keys, as `show` prints.
private func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Runs one curation and says what it changed.
private func curate(_ database: DatabaseOptions, _ what: String,
                    _ body: (EntityCuration) throws -> RelinkSummary) throws {
    let db = try database.open()
    let summary = try Terminal.reporting { try body(EntityCuration(database: db)) }
    try Terminal.reporting { try db.checkpoint() }
    Terminal.err("quotebase: \(what); relinked: \(summary.relinked) article entities moved, \(summary.forgotten) forgotten, "
                 + "\(summary.entities) entities")
}

struct EntitiesMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Make entity OTHER part of entity ID (same kind), for good.",
        discussion: "Example:\n  quotebase entities merge 12 40")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entity that stays.") var id: Int64
    @Argument(help: "The entity merged into it.") var other: Int64
    func run() throws { try curate(database, "merged #\(other) into #\(id)") { try $0.merge(other, into: id) } }
}

struct EntitiesSplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split", abstract: "Take the articles named out of entity ID, each into an entity of its own.",
        discussion: "Example:\n  quotebase entities split 12 --article 7 --article 9")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entity to split.") var id: Int64
    @Option(help: ArgumentHelp("An article whose entity is not this one (repeat for several).", valueName: "id"))
    var article: [Int64] = []
    func run() throws { try curate(database, "split #\(id)") { try $0.split(id, articles: article) } }
}

struct EntitiesRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Give entity ID the name NAME.",
        discussion: "Example:\n  quotebase entities rename 12 \"Tony Blair\"")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entity.") var id: Int64
    @Argument(help: "Its new name.") var name: String
    func run() throws { try curate(database, "renamed #\(id)") { try $0.rename(id, to: name) } }
}

struct EntitiesAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias", abstract: "Add ALIAS, by which lookups find entity ID.",
        discussion: "Example:\n  quotebase entities alias 12 \"Tony\"")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entity.") var id: Int64
    @Argument(help: "The alias.") var alias: String
    func run() throws { try curate(database, "added an alias to #\(id)") { try $0.alias(id, alias) } }
}

struct EntitiesForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget", abstract: "Never make entity ID's kind and name an entity again.",
        discussion: Help.flow("""
            Its mentions are removed; its quotes keep the speaker's words, unlinked. Later ingests
            skip the name too.

            Example:
              quotebase entities forget 99
            """))
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The entity.") var id: Int64
    func run() throws { try curate(database, "forgot #\(id)") { try $0.forget(id) } }
}
