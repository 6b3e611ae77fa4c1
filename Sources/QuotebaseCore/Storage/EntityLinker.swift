import Foundation
import GRDB

/// What one relink changed.
public struct RelinkSummary: Sendable, Hashable, Codable {
    /// Entities after the relink, and article entities (one per entity per article) linked to them.
    public var entities = 0
    public var articleEntities = 0
    /// Article entities now linked to another entity than before, and those forgotten.
    public var relinked = 0
    public var forgotten = 0
    public var created = 0
    public var removed = 0
    public var seconds = 0.0
}

/// Applies `EntityResolution` to a database: reads every article's own entities (`article_entities`, with the
/// names their mentions use), resolves them, and moves mentions, speakers, targets and roles to the entities the
/// resolution says, writing only what changed. Ingest, load and merge call it when they finish, `quotebase relink`
/// on demand; the result depends only on what is stored, never on the order it was stored in.
///
/// Entity ids are kept where they can be: an entity keeps its id when its key is unchanged, else the entity takes
/// the id most of its articles were linked to.
public enum EntityLinker {
    /// Relinks every entity in the caller's write transaction.
    @discardableResult
    public static func relink(in db: Database) throws -> RelinkSummary {
        let started = Date()
        var summary = RelinkSummary()

        // Each article entity's evidence, read from SQLite's bytes into `EntityResolution.Evidence`: a text is
        // made a `String` only the first time it is seen.
        struct Stored {
            var articleID: Int64
            /// The entity's index in its article's analysis.
            var position: Int64
            var entityID: Int64
            var kind: EntityKind
            var link: Int32
            /// Whether the row's name or aliases are still NULL (a database upgraded from schema 5).
            var pending: Bool
            /// The article's roles for it as written, U+001F-separated; -1 when NULL (upgraded: see entity_roles).
            var roles: Int32
        }
        var stored: [Stored] = []
        let pending = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM article_entities WHERE name IS NULL OR aliases IS NULL)
            """) ?? false
        struct Pair: Hashable { var article: Int64; var entity: Int64 }
        // The names of an upgraded database's article entities are those their mentions use.
        var surfaces: [Pair: [String]] = [:]
        if pending {
            let mentionRows = try Row.fetchCursor(db, sql: "SELECT article_id, entity_id, surface FROM mentions")
            while let row = try mentionRows.next() {
                let pair = Pair(article: row[0], entity: row[1])
                let surface: String = row[2]
                if !(surfaces[pair]?.contains(surface) ?? false) { surfaces[pair, default: []].append(surface) }
            }
        }
        // Roles: each article entity's own (schema 8), else those stored for its article and entity.
        let rolesPending = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article_entities WHERE roles IS NULL)") ?? false
        var roles: [Pair: [String]] = [:]
        let roleKeys = try String.fetchSet(db, sql: "SELECT DISTINCT norm_role FROM entity_roles")
        if rolesPending {
            let roleRows = try Row.fetchCursor(db, sql: "SELECT article_id, entity_id, norm_role FROM entity_roles")
            while let row = try roleRows.next() {
                roles[Pair(article: row[0], entity: row[1]), default: []].append(row[2])
            }
        }
        var foldedRoles: [Int32: Int32] = [:]
        let lexicon = EntityResolution.Lexicon.standard(roles: roleKeys)

        struct Current { var key: String; var kind: String; var name: String }
        var current: [Int64: Current] = [:]
        var idByKey: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, key, kind, name FROM entities") {
            current[row[0]] = Current(key: row[1], kind: row[2], name: row[3])
            idByKey[row[1]] = row[0]
        }

        var evidence = EntityResolution.Evidence()
        try BoundStatement("""
            SELECT x.article_id, x.entity_id, x.kind, x.name, x.aliases, x.link, a.content_hash, x.position, x.roles,
                   a.lang, a.site
            FROM article_entities x JOIN articles a ON a.id = x.article_id ORDER BY x.article_id, x.position
            """, in: db).forEachRow { row in
            let articleID = row.int64(0), entityID = row.int64(1)
            // A kind's name is a small string, which Swift keeps without a heap allocation.
            let kind = EntityKind(rawValue: String(decoding: row.text(2), as: UTF8.self)) ?? .organization
            let article = evidence.article(articleID, hash: { $0.id(utf8: row.text(6)) }, publication: { strings in
                strings.id(EntityResolution.publication(
                    language: String(decoding: row.text(9), as: UTF8.self),
                    site: row.isNull(10) ? nil : String(decoding: row.text(10), as: UTF8.self)))
            })
            let isPending = row.isNull(3) || row.isNull(4)
            var names: [String] = []
            let surfaceStart = evidence.surfaceIDs.count
            if row.isNull(4) {
                names = surfaces[Pair(article: articleID, entity: entityID)] ?? []
                for name in names { evidence.surfaceIDs.append(evidence.strings.id(name)) }
            } else {
                // U+001F-separated, empty parts kept; an empty column is no alias at all.
                let aliases = row.text(4)
                if !aliases.isEmpty {
                    var start = 0
                    for (offset, byte) in aliases.enumerated() where byte == 0x1F {
                        evidence.surfaceIDs.append(evidence.strings.id(utf8: UnsafeBufferPointer(rebasing: aliases[start..<offset])))
                        start = offset + 1
                    }
                    evidence.surfaceIDs.append(evidence.strings.id(utf8: UnsafeBufferPointer(rebasing: aliases[start...])))
                }
                if row.isNull(3) { names = evidence.surfaceIDs[surfaceStart...].map { evidence.strings[$0] } }
            }
            var rawRoles: Int32 = -1
            if row.isNull(8) {
                for role in roles[Pair(article: articleID, entity: entityID)] ?? [] {
                    evidence.roleIDs.append(evidence.strings.id(role))
                }
            } else {
                rawRoles = evidence.strings.id(utf8: row.text(8))
                for role in Self.roles(evidence.strings[rawRoles]) {
                    let raw = evidence.strings.id(role)
                    if foldedRoles[raw] == nil { foldedRoles[raw] = evidence.strings.id(Normalizer.key(role)) }
                    evidence.roleIDs.append(foldedRoles[raw]!)
                }
            }
            let name = row.isNull(3)
                ? evidence.strings.id(derivedName(kind: kind, surfaces: names, stored: current[entityID]?.name ?? "",
                                                  lexicon: lexicon))
                : evidence.strings.id(utf8: row.text(3))
            evidence.addEntity(article: article, kind: kind, name: name)
            stored.append(Stored(articleID: articleID, position: row.int64(7), entityID: entityID, kind: kind,
                                 link: evidence.strings.id(utf8: row.text(5)), pending: isPending, roles: rawRoles))
        }
        /// The name and the U+001F-joined surfaces of article entity `index`, as `article_entities` stores them.
        func written(_ index: Int) -> (name: String, aliases: String) {
            (evidence.strings[evidence.names[index]],
             evidence.surfaces(index).map { evidence.strings[$0] }.joined(separator: "\u{1F}"))
        }
        let resolution = EntityResolution.resolve(evidence, curations: try curations(in: db), lexicon: lexicon)

        // Ids: the entity with the same key, else the one most of its article entities were linked to.
        var ids = [Int64?](repeating: nil, count: resolution.entities.count)
        var taken: Set<Int64> = []
        for (index, entity) in resolution.entities.enumerated() {
            if let id = idByKey[entity.key] { ids[index] = id; taken.insert(id) }
        }
        var votes = [[Int64: Int]](repeating: [:], count: resolution.entities.count)
        for (local, target) in zip(stored, resolution.assignment) {
            if let target, ids[target] == nil { votes[target][local.entityID, default: 0] += 1 }
        }
        let open = resolution.entities.indices.filter { ids[$0] == nil }
            .sorted { (-votes[$0].values.reduce(0, +), resolution.entities[$0].key)
                      < (-votes[$1].values.reduce(0, +), resolution.entities[$1].key) }
        for index in open {
            let choice = votes[index].filter { !taken.contains($0.key) }
                .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            if let choice { ids[index] = choice; taken.insert(choice) }
        }

        // Entities: update, create.
        let update = try db.makeStatement(sql: "UPDATE entities SET kind = ?, name = ?, norm_name = ?, key = ? WHERE id = ?")
        let insert = try db.makeStatement(sql: "INSERT INTO entities (kind, name, norm_name, key) VALUES (?, ?, ?, ?)")
        for (index, entity) in resolution.entities.enumerated() {
            let normName = Normalizer.key(entity.name)
            if let id = ids[index] {
                if let old = current[id], old.key == entity.key, old.kind == entity.kind.rawValue, old.name == entity.name {
                    continue
                }
                try update.execute(arguments: [entity.kind.rawValue, entity.name, normName, entity.key, id])
            } else {
                try insert.execute(arguments: [entity.kind.rawValue, entity.name, normName, entity.key])
                ids[index] = db.lastInsertedRowID
                summary.created += 1
            }
        }

        // Article entities that move. Each keeps its row (its own evidence), pointed at its new entity. The rows
        // that hang on a stored entity (mentions, speakers, targets, roles) say only the article, not which of the
        // article's entities linked there: where all of an article's entities on one stored entity go to one other
        // (or are forgotten), they all go along in bulk (`applyMoves`); where they part, `splitRows` sends each
        // row with the entity whose names it uses.
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS relink_moves (article_id INTEGER NOT NULL, old_id INTEGER NOT NULL,
                                                          new_id INTEGER);
            DELETE FROM temp.relink_moves;
            """)
        let move = try db.makeStatement(sql: "INSERT INTO temp.relink_moves VALUES (?, ?, ?)")
        let relabel = try db.makeStatement(sql: """
            UPDATE article_entities SET entity_id = ?, link = ?, name = ?, aliases = ? WHERE article_id = ? AND position = ?
            """)
        let forgetRow = try db.makeStatement(sql: "DELETE FROM article_entities WHERE article_id = ? AND position = ?")
        func target(_ index: Int) -> Int64? { resolution.assignment[index].flatMap { ids[$0] } }
        var parting: [[Int]] = []
        var first = 0
        while first < stored.count {
            var end = first
            var byEntity: [Int64: [Int]] = [:]
            while end < stored.count, stored[end].articleID == stored[first].articleID {
                byEntity[stored[end].entityID, default: []].append(end)
                end += 1
            }
            for (old, members) in byEntity.sorted(by: { $0.key < $1.key }) {
                let targets = members.map(target)
                if targets.allSatisfy({ $0 == old }) { continue }
                if targets.dropFirst().allSatisfy({ $0 == targets[0] }) {
                    try move.execute(arguments: [stored[first].articleID, old, targets[0]])
                } else {
                    parting.append(members)
                }
            }
            first = end
        }
        for (index, local) in stored.enumerated() {
            let reason = resolution.reasons[index]
            guard let target = target(index) else {
                summary.forgotten += 1
                try forgetRow.execute(arguments: [local.articleID, local.position])
                continue
            }
            if target != local.entityID { summary.relinked += 1 }
            if target != local.entityID || local.pending || reason != evidence.strings[local.link] {
                let (name, aliases) = written(index)
                try relabel.execute(arguments: [target, reason, name, aliases, local.articleID, local.position])
            }
        }
        if summary.relinked + summary.forgotten > 0 { try applyMoves(in: db) }
        for members in parting {
            try splitRows(of: members.map { index in
                (position: stored[index].position, target: target(index),
                 names: [evidence.names[index]] + Array(evidence.surfaces(index)), roles: stored[index].roles)
            }, article: stored[members[0]].articleID, entity: stored[members[0]].entityID, strings: evidence.strings, in: db)
        }

        // Aliases: what the resolution says, diffed against what is stored.
        var storedAliases: [Int64: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entity_id, norm_alias, alias FROM entity_aliases") {
            storedAliases[row[0], default: [:]][row[1]] = row[2]
        }
        let insertAlias = try db.makeStatement(sql: "INSERT OR REPLACE INTO entity_aliases (entity_id, alias, norm_alias) VALUES (?, ?, ?)")
        let deleteAlias = try db.makeStatement(sql: "DELETE FROM entity_aliases WHERE entity_id = ? AND norm_alias = ?")
        var kept: Set<Int64> = []
        for (index, entity) in resolution.entities.enumerated() {
            guard let id = ids[index] else { continue }
            kept.insert(id)
            var old = storedAliases.removeValue(forKey: id) ?? [:]
            for alias in entity.aliases {
                let key = Normalizer.key(alias)
                if old.removeValue(forKey: key) != alias { try insertAlias.execute(arguments: [id, alias, key]) }
            }
            for key in old.keys { try deleteAlias.execute(arguments: [id, key]) }
        }

        // Entities no article names any more.
        let cleanUp = try [
            "UPDATE quote_speakers SET entity_id = NULL WHERE entity_id = ?", "DELETE FROM mentions WHERE entity_id = ?",
            "DELETE FROM quote_targets WHERE entity_id = ?", "DELETE FROM entity_roles WHERE entity_id = ?",
            "DELETE FROM article_entities WHERE entity_id = ?", "DELETE FROM entity_aliases WHERE entity_id = ?",
            "DELETE FROM entities WHERE id = ?",
        ].map { try db.makeStatement(sql: $0) }
        for id in current.keys.sorted() where !kept.contains(id) {
            for statement in cleanUp { try statement.execute(arguments: [id]) }
            summary.removed += 1
        }
        summary.entities = resolution.entities.count
        summary.articleEntities = stored.count - summary.forgotten
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Moves the rows that hang on a stored entity for an article (`temp.relink_moves`: article, old entity, new
    /// entity) to the new entity, or deletes them (a forgotten entity's speakers keep their words, unlinked).
    /// Targets and roles are moved through a copy: an article's row may be on the new entity already.
    private static func applyMoves(in db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX IF NOT EXISTS temp.relink_moves_old ON relink_moves(article_id, old_id);
            UPDATE mentions SET entity_id = r.new_id FROM temp.relink_moves r
                WHERE mentions.article_id = r.article_id AND mentions.entity_id = r.old_id AND r.new_id IS NOT NULL;
            DELETE FROM mentions WHERE rowid IN (
                SELECT m.rowid FROM temp.relink_moves r JOIN mentions m ON m.article_id = r.article_id AND m.entity_id = r.old_id
                WHERE r.new_id IS NULL);
            UPDATE quote_speakers SET entity_id = r.new_id FROM quotes q, temp.relink_moves r
                WHERE q.id = quote_speakers.quote_id AND r.article_id = q.article_id AND r.old_id = quote_speakers.entity_id;

            CREATE TEMP TABLE IF NOT EXISTS relink_rows (rid INTEGER, a INTEGER, b TEXT, c TEXT, new_id INTEGER);
            DELETE FROM temp.relink_rows;
            INSERT INTO temp.relink_rows SELECT t.rowid, t.quote_id, t.how, CAST(t.confidence AS TEXT), r.new_id
                FROM temp.relink_moves r JOIN quotes q ON q.article_id = r.article_id
                JOIN quote_targets t ON t.quote_id = q.id AND t.entity_id = r.old_id;
            DELETE FROM quote_targets WHERE rowid IN (SELECT rid FROM temp.relink_rows);
            INSERT OR IGNORE INTO quote_targets (quote_id, entity_id, how, confidence)
                SELECT a, new_id, b, CAST(c AS REAL) FROM temp.relink_rows WHERE new_id IS NOT NULL;

            DELETE FROM temp.relink_rows;
            INSERT INTO temp.relink_rows SELECT x.rowid, x.article_id, x.role, x.norm_role, r.new_id
                FROM temp.relink_moves r JOIN entity_roles x ON x.article_id = r.article_id AND x.entity_id = r.old_id;
            DELETE FROM entity_roles WHERE rowid IN (SELECT rid FROM temp.relink_rows);
            INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role, norm_role)
                SELECT new_id, a, b, c FROM temp.relink_rows WHERE new_id IS NOT NULL;
            DELETE FROM temp.relink_moves;
            DELETE FROM temp.relink_rows;
            """)
    }

    /// Sends the rows an article hangs on stored entity `entity` after its article entities there (`members`, in
    /// position order) parted: a mention or a speaker goes with the member it was stored for (`entity_position`),
    /// or in an upgraded row with the first member whose names (its own and its aliases) include the words as
    /// written, else the first; targets go with the first member; each member takes its own roles (all of them go
    /// with the first when they were not stored apart).
    private static func splitRows(of members: [(position: Int64, target: Int64?, names: [Int32], roles: Int32)],
                                  article: Int64, entity: Int64, strings: StringInterner, in db: Database) throws {
        let names = members.map { Set($0.names.map { Normalizer.key(strings[$0]) }) }
        func target(of surface: String, position: Int64?) -> Int64? {
            if let position, let member = members.first(where: { $0.position == position }) { return member.target }
            let key = Normalizer.key(surface)
            return members[names.firstIndex { $0.contains(key) } ?? 0].target
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT id, surface, entity_position FROM mentions WHERE article_id = ? AND entity_id = ?
            """, arguments: [article, entity]) {
            let id: Int64 = row[0]
            switch target(of: row[1], position: row[2]) {
            case entity?: continue
            case let moved?: try db.execute(sql: "UPDATE mentions SET entity_id = ? WHERE id = ?", arguments: [moved, id])
            case nil: try db.execute(sql: "DELETE FROM mentions WHERE id = ?", arguments: [id])
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT s.quote_id, s.position, s.surface, s.entity_position FROM quote_speakers s
            JOIN quotes q ON q.id = s.quote_id WHERE q.article_id = ? AND s.entity_id = ?
            """, arguments: [article, entity]) {
            let moved = target(of: row[2], position: row[3])
            if moved == entity { continue }
            try db.execute(sql: "UPDATE quote_speakers SET entity_id = ? WHERE quote_id = ? AND position = ?",
                           arguments: [moved, row[0], row[1]])
        }
        if let moved = members[0].target, moved != entity {
            try db.execute(sql: """
                INSERT OR IGNORE INTO quote_targets (quote_id, entity_id, how, confidence)
                    SELECT t.quote_id, ?, t.how, t.confidence FROM quote_targets t JOIN quotes q ON q.id = t.quote_id
                    WHERE q.article_id = ? AND t.entity_id = ?
                """, arguments: [moved, article, entity])
        }
        if members[0].target != entity {
            try db.execute(sql: """
                DELETE FROM quote_targets WHERE entity_id = ? AND quote_id IN (SELECT id FROM quotes WHERE article_id = ?)
                """, arguments: [entity, article])
        }
        if members.contains(where: { $0.roles < 0 }) {
            if let moved = members[0].target, moved != entity {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role, norm_role)
                        SELECT ?, article_id, role, norm_role FROM entity_roles WHERE entity_id = ? AND article_id = ?
                    """, arguments: [moved, entity, article])
            }
            if members[0].target != entity {
                try db.execute(sql: "DELETE FROM entity_roles WHERE entity_id = ? AND article_id = ?", arguments: [entity, article])
            }
            return
        }
        try db.execute(sql: "DELETE FROM entity_roles WHERE entity_id = ? AND article_id = ?", arguments: [entity, article])
        for member in members {
            guard let moved = member.target else { continue }
            for role in Self.roles(strings[member.roles]) {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role, norm_role) VALUES (?, ?, ?, ?)
                    """, arguments: [moved, article, role, Normalizer.key(role)])
            }
        }
    }

    /// The roles of an `article_entities.roles` column.
    static func roles(_ column: String) -> [String] {
        column.isEmpty ? [] : column.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether the database holds article entities no relink has named yet (it was upgraded from schema 5).
    public static func isPending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article_entities WHERE name IS NULL)") ?? false
    }

    /// Relinks `database` in a write transaction of its own.
    @discardableResult
    public static func relink(_ database: QuotebaseDatabase) throws -> RelinkSummary {
        try database.write(enforcingChecks: false) { db in try relink(in: db) }
    }

    /// The curations stored in the database, in the order they were made.
    static func curations(in db: Database) throws -> [EntityResolution.Curation] {
        try Row.fetchAll(db, sql: """
            SELECT id, action, entity_key, other_key, article_hash, value FROM entity_curations ORDER BY id
            """).compactMap { row in
            guard let action = EntityResolution.Curation.Action(rawValue: row[1]) else { return nil }
            return EntityResolution.Curation(id: row[0], action: action, entityKey: row[2], otherKey: row[3],
                                             articleHash: row[4], value: row[5])
        }
    }

    /// The article's name for an entity of a database upgraded from before article entities were stored: for a
    /// person, its fullest name-like mention that is not a role; else the stored (gazetteer) name.
    static func derivedName(kind: EntityKind, surfaces: [String], stored: String,
                            lexicon: EntityResolution.Lexicon) -> String {
        guard kind == .person else { return stored }
        var best: (words: Int, surface: String)?
        for surface in surfaces where EntityStore.isNameLike(surface) && !lexicon.roles.contains(Normalizer.key(surface)) {
            let words = EntityResolution.PersonName(surface, lexicon: lexicon).words.count
            if best == nil || words > best!.words || (words == best!.words && surface < best!.surface) {
                best = (words, surface)
            }
        }
        return best?.surface ?? stored
    }
}
