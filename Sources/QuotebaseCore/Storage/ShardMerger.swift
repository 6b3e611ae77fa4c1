import Foundation
import GRDB

/// Merges shard knowledge bases into one: the reduce step when shards were ingested on several machines or cores.
///
/// Every article of every shard, in shard order then id order, is read back with `AnalysisReader` and stored again
/// through `ArticleStore.insert`, the path ingest uses, each entity under the name and kind its article gave it
/// (`article_entities`). So articles are de-duplicated by content hash, and `EntityLinker` resolves the entities of
/// all shards together when the merge ends, exactly as after an ingest of all their articles. The shards'
/// curations are copied too.
///
/// ```swift
/// let out = try QuotebaseDatabase(path: "all.sqlite")
/// let summary = try ShardMerger(output: out).merge(["shard-0.sqlite", "shard-1.sqlite"])
/// ```
public struct ShardMerger: Sendable {
    public let output: QuotebaseDatabase
    /// Articles per write transaction in the output.
    public var batchSize: Int

    public init(output: QuotebaseDatabase, batchSize: Int = 256) {
        self.output = output
        self.batchSize = max(1, batchSize)
    }

    /// Throws when `output` names the same file as one of `inputs` (also through symbolic or hard links).
    /// Call it before opening `output`, which creates the file.
    public static func checkDistinct(output: String, inputs: [String]) throws {
        let outputIdentity = FileIdentity(path: output)
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs {
            let same: Bool
            if let outputIdentity, let inputIdentity = FileIdentity(path: input) {
                same = outputIdentity == inputIdentity
            } else {
                same = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == outputPath
            }
            if same {
                throw QuotebaseError(.invalidArgument, input,
                    "is the output database too; merge into a new file (OUT must not be one of the inputs)")
            }
        }
    }

    /// Merges `shards` into `output`, in order. `progress` is called after each stored batch.
    public func merge(_ shards: [String], progress: (IngestSummary) -> Void = { _ in }) throws -> IngestSummary {
        try Self.checkDistinct(output: output.path, inputs: shards)
        let started = Date()
        var summary = IngestSummary()
        let store = ArticleStore()
        for shard in shards {
            let input = try QuotebaseDatabase(path: shard, readOnly: true)
            try merge(input, through: store, into: &summary, started: started, progress: progress)
        }
        // The shards' entities are resolved again as one: a surname unique in each shard may not be in all of them.
        try EntityLinker.relink(output)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func merge(_ input: QuotebaseDatabase, through store: ArticleStore, into summary: inout IngestSummary,
                       started: Date, progress: (IngestSummary) -> Void) throws {
        var lastID: Int64 = 0
        while true {
            // Keyset pagination: one batch of the shard in memory at a time, whatever its size.
            let rows = try input.read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT id, \(AnalysisReader.articleColumns) FROM articles
                    WHERE id > ? ORDER BY id LIMIT ?
                    """), arguments: [lastID, batchSize])
            }
            guard let last = rows.last else { break }
            lastID = last[0]
            let articles = rows.map { row -> (id: Int64, article: Article, hash: String) in
                let (article, hash) = AnalysisReader.article(from: row, first: 1)
                return (row[0], article, hash)
            }
            // Read back only the analyses of articles the output does not hold yet.
            let stored: Set<String> = try output.read { db in
                Set(try articles.map(\.hash).filter { try ArticleStore.articleID(contentHash: $0, in: db) != nil })
            }
            let analyses: [Int64: ArticleAnalysis] = try input.read { db in
                var analyses: [Int64: ArticleAnalysis] = [:]
                for item in articles where !stored.contains(item.hash) {
                    analyses[item.id] = try AnalysisReader.analysis(articleID: item.id, in: db)
                }
                return analyses
            }
            var batch = IngestSummary()
            try store.write(to: output) { db in
                batch = IngestSummary()  // A batch run again counts again.
                for item in articles {
                    batch.bytes += item.article.body.utf8.count
                    guard let analysis = analyses[item.id] else {
                        batch.duplicates += 1
                        continue
                    }
                    // Never `.replaced`: a merge does not replace.
                    batch.count(try store.insert(item.article, contentHash: item.hash, analysis: analysis, in: db))
                }
            }
            summary.add(batch)
            summary.seconds = Date().timeIntervalSince(started)
            progress(summary)
        }
        try copyCurations(from: input)
    }

    /// Copies the shard's curations the output does not hold yet, in the order the shard made them.
    private func copyCurations(from input: QuotebaseDatabase) throws {
        let rows = try input.read { db in
            try Row.fetchAll(db, sql: "SELECT action, entity_key, other_key, article_hash, value FROM entity_curations ORDER BY id")
        }
        guard !rows.isEmpty else { return }
        try output.write { db in
            for row in rows {
                let arguments: StatementArguments = [row[0], row[1], row[2], row[3], row[4]]
                let known = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM entity_curations WHERE action = ? AND entity_key = ? AND other_key IS ?
                                   AND article_hash IS ? AND value IS ?)
                    """, arguments: arguments) ?? false
                if !known {
                    try db.execute(sql: """
                        INSERT INTO entity_curations (action, entity_key, other_key, article_hash, value) VALUES (?, ?, ?, ?, ?)
                        """, arguments: arguments)
                }
            }
        }
    }
}

/// A file's device and inode: equal for two paths that name the same file.
private struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
