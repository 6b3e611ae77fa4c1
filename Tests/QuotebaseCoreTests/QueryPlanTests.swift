import GRDB
import Testing
@testable import QuotebaseCore

/// The listing queries must reach rows through indexes: a full scan of quotes or mentions is what makes a
/// million-quote database slow.
@Suite struct QueryPlanTests {
    /// The plan's steps; top-level steps (not inside a per-row subquery such as the sorted `about` list) are
    /// prefixed with "TOP ".
    static func plan(_ query: QuerySQL, in db: QuotebaseDatabase) throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.statementArguments)
                .map { ($0["parent"] as Int == 0 ? "TOP " : "") + ($0["detail"] as String) }
        }
    }

    /// No step reads a whole quotes/mentions table or index (SQLite says "SCAN alias" for those).
    static func expectNoFullScan(_ plan: [String], _ label: String) {
        for step in plan {
            for alias in ["q", "d", "d2", "m", "t", "s", "quotes", "mentions", "quote_speakers", "quote_targets"] {
                #expect(!step.contains("SCAN \(alias) ") && !step.hasSuffix("SCAN \(alias)"), "\(label): \(step)\n\(plan)")
            }
        }
    }

    @Test func speakerQueryWalksTheSpeakerIndexInOrder() throws {
        let db = try QuerySeed.database()
        let plan = try Self.plan(QuoteQuery.sql(QuoteFilter(speakers: [1], limit: 20)), in: db)
        Self.expectNoFullScan(plan, "speaker")
        #expect(plan.contains { $0.contains("SEARCH d USING") && $0.contains("INDEX quote_speakers_entity_quote") }, "\(plan)")
        // Index order is the output order: --limit 20 stops after 20 rows instead of sorting them all.
        #expect(!plan.contains { $0.hasPrefix("TOP USE TEMP B-TREE FOR ORDER BY") }, "\(plan)")
    }

    @Test func aboutQueryWalksTheTargetIndex() throws {
        let db = try QuerySeed.database()
        let plan = try Self.plan(QuoteQuery.sql(QuoteFilter(about: [4], limit: 20)), in: db)
        Self.expectNoFullScan(plan, "about")
        #expect(plan.contains { $0.contains("SEARCH d USING") && $0.contains("quote_targets_entity") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("TOP USE TEMP B-TREE FOR ORDER BY") }, "\(plan)")

        let both = try Self.plan(QuoteQuery.sql(QuoteFilter(speakers: [2], about: [4], limit: 20)), in: db)
        Self.expectNoFullScan(both, "speaker+about")
    }

    @Test func mentionQueryWalksTheEntityIndex() throws {
        let db = try QuerySeed.database()
        let plan = try Self.plan(MentionQuery.sql(MentionFilter(entities: [8], limit: 20)), in: db)
        Self.expectNoFullScan(plan, "mentions")
        #expect(plan.contains { $0.contains("SEARCH m USING") && $0.contains("mentions_entity") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("TOP USE TEMP B-TREE FOR ORDER BY") }, "\(plan)")
    }

    @Test func dateQueryUsesThePublishedIndex() throws {
        let db = try QuerySeed.database()
        let plan = try Self.plan(QuoteQuery.sql(QuoteFilter(since: "2022-12", until: "2022", limit: 20)), in: db)
        Self.expectNoFullScan(plan, "dates")
        #expect(plan.contains { $0.contains("SEARCH a USING") && $0.contains("articles_published") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH q USING") && $0.contains("quotes_article") }, "\(plan)")

        let mentions = try Self.plan(MentionFilter(entities: [8], since: "2022", limit: 20).sql, in: db)
        Self.expectNoFullScan(mentions, "mention dates")
    }

    @Test func searchFilterUsesTheFullTextIndex() throws {
        let db = try QuerySeed.database()
        let plan = try Self.plan(QuoteQuery.sql(QuoteFilter(search: "difesa", limit: 20)), in: db)
        #expect(plan.contains { $0.contains("VIRTUAL TABLE INDEX") }, "\(plan)")
    }
}

private extension MentionFilter {
    var sql: QuerySQL { MentionQuery.sql(self) }
}
