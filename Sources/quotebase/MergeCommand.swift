import ArgumentParser
import Foundation
import QuotebaseCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge shard knowledge bases into one, de-duplicating articles and unifying entities.",
        discussion: Help.flow("""
            OUT is created when it does not exist; articles already in OUT stay. Articles are the same
            when their normalized bodies are; each article keeps its own entities, and when the merge
            ends who is who is resolved over all of them (docs/ENTITIES.md) — the rules ingest uses, so
            merging shards gives what one ingest of all their articles, in any order, gives. The
            shards' curations are copied. OUT must not be one of the inputs.

            Example:
              quotebase ingest --db shard-0.sqlite part-0.jsonl &
              quotebase ingest --db shard-1.sqlite part-1.jsonl &
              wait
              quotebase merge all.sqlite shard-0.sqlite shard-1.sqlite
            """))

    @Argument(help: ArgumentHelp("The knowledge base to merge into.", valueName: "out.sqlite"))
    var output: String

    @Argument(help: ArgumentHelp("The shard knowledge bases to read.", valueName: "in.sqlite"))
    var inputs: [String]

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Option(help: "Articles per transaction.")
    var batchSize = 256

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one shard database after OUT") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        // Before opening OUT, which creates it: one line on stderr and exit code 64, a bad value (2 means a name
        // that matched several entities).
        do {
            try ShardMerger.checkDistinct(output: output, inputs: inputs)
        } catch let error as QuotebaseError {
            Terminal.err("quotebase: \(error)")
            throw ExitCode(64)
        }
        // Refuse a missing or foreign input before creating OUT.
        for input in inputs { _ = try Terminal.reporting { try QuotebaseDatabase(path: input, readOnly: true) } }
        let db = try DatabaseOptions.open(path: output)
        let summary = try Terminal.reporting { try ShardMerger(output: db, batchSize: batchSize).merge(inputs) }
        try Terminal.reporting { try db.checkpoint() }
        if !quiet {
            Terminal.err(String(format: "quotebase: merged %d shards: %d new, %d duplicates in %.1fs (%.0f articles/s) into %@",
                                inputs.count, summary.new, summary.duplicates, summary.seconds,
                                summary.articlesPerSecond, db.path))
        }
    }
}
