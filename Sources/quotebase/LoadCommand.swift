import ArgumentParser
import Foundation
import QuotebaseCore

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Store the output of `quotebase extract --full` without extracting again.",
        discussion: Help.flow("""
            The reduce step of a sharded pipeline: extract shards in parallel (here, on other machines,
            or in Spark or Hadoop streaming), then load their JSON lines into one knowledge base.
            Each line must carry "article" and "analysis", which `extract --full` writes. Plain and .gz
            files and - for standard input are read.

            Articles already stored (same normalized body) are skipped, as in ingest; --force replaces
            them. Bad lines are reported on stderr (file:line: reason) and the rest is stored; the exit
            code is then 1. Each batch is one transaction.

            Examples:
              quotebase extract --full corpus.jsonl.gz > extracted.jsonl
              quotebase load --db news.sqlite extracted.jsonl
              ls shard-*.jsonl.gz | xargs -P 2 -I{} sh -c 'quotebase extract --full {} > {}.out'
              cat shard-*.out | quotebase load --db news.sqlite -
            """))

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("JSONL files from `extract --full`, or - for standard input.", valueName: "file"))
    var files: [String]

    @Flag(help: "Replace articles that are already stored.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Option(help: "Articles per transaction.")
    var batchSize = IngestOptions.defaultBatchSize

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one JSONL file, or - for standard input") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let db = try database.open()
        let loader = ExtractionLoader(database: db, options: IngestOptions(force: force, batchSize: batchSize))
        let repeats = RepeatedErrors(hint: "load stores the output of `quotebase extract --full`; for articles as they "
                                     + "come (a corpus, a feed), run `quotebase ingest FILE`")
        let summary = try Terminal.reporting {
            try loader.load(files, failure: { error in repeats.report(error) })
        }
        repeats.finish()
        try Terminal.reporting { try db.checkpoint() }
        if !quiet {
            Terminal.err(String(format: "quotebase: loaded %d new, %d duplicates, %d replaced, %d failed in %.1fs (%.0f articles/s) into %@",
                                summary.new, summary.duplicates, summary.replaced, summary.failed, summary.seconds,
                                summary.articlesPerSecond, db.path))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
