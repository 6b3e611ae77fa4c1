import Foundation
import GRDB

/// A statement and its arguments, built by the query types and shown by `--sql`.
public struct QuerySQL: Sendable, Hashable {
    public var sql: String
    public var arguments: [DatabaseValue]

    public init(_ sql: String, _ arguments: [DatabaseValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    public var statementArguments: StatementArguments { StatementArguments(arguments) }

    /// Appends `LIMIT ? OFFSET ?` (no limit when `limit` is nil) as parameters.
    mutating func appendPage(limit: Int?, offset: Int) {
        if let limit {
            sql += " LIMIT ? OFFSET ?"
            arguments += [limit.databaseValue, offset.databaseValue]
        } else if offset > 0 {
            sql += " LIMIT -1 OFFSET ?"
            arguments.append(offset.databaseValue)
        }
    }

    /// The article filters every listing shares, on an `articles` table aliased `a`: its language and its
    /// publication window (`until` a day or month includes all of it).
    static func appendArticleWindow(lang: String? = nil, since: String?, until: String?,
                                    to conditions: inout [String], _ arguments: inout [DatabaseValue]) {
        if let lang {
            conditions.append("a.lang = ?")
            arguments.append(lang.databaseValue)
        }
        if let since {
            conditions.append("a.published >= ?")
            arguments.append(since.databaseValue)
        }
        if let until {
            conditions.append("a.published <= ?")
            arguments.append(DateBound.upper(until).databaseValue)
        }
    }

    /// The statement with its arguments written in as SQL literals, ready to paste into the `sqlite3` shell.
    public var inlined: String {
        var out = ""
        var remaining = arguments[...]
        var inString = false
        for character in sql {
            if character == "'" { inString.toggle() }
            if character == "?", !inString, let value = remaining.popFirst() {
                out += Self.literal(value)
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func literal(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let v): return "'" + v.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let v): return "X'" + v.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }

    /// `?, ?, ?` for `count` values.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: max(1, count)).joined(separator: ", ")
    }
}

/// Date filters (`--since`, `--until`) compared with `articles.published` (`YYYY-MM-DD`).
public enum DateBound {
    /// Accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else.
    public static func validated(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = parts.map(\.count)
        guard [[4], [4, 2], [4, 2, 2]].contains(lengths),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) { return nil }
        if parts.count > 2, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            // The days this month really has: 2022-02-30 or 2023-04-31 would match nothing, silently.
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(day) { return nil }
        }
        return text
    }

    /// `published <= until || '~'` keeps every date that starts with `until` ("2022" keeps all of 2022),
    /// since '~' sorts after digits and '-'.
    static func upper(_ until: String) -> String { until + "~" }

    /// The bound `until` stands for, for comparing with a `since` ("2022" < "2022-05" <= "2022~").
    public static func upperBound(_ until: String) -> String { upper(until) }
}

/// `--sort COLUMN[:desc]`: a listing's rows ordered by one of its output columns.
public struct SortKey: Sendable, Hashable {
    public var column: String
    public var descending: Bool

    public init(column: String, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    /// `column`, `column:asc` or `column:desc`; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, !name.isEmpty else { return nil }
        switch parts.count > 1 ? parts[1].lowercased() : "asc" {
        case "asc": descending = false
        case "desc": descending = true
        default: return nil
        }
        column = name.lowercased()
    }

    /// Sorts rows of cells in memory by the cell at `index`: numbers by value, text by its order, nulls first
    /// (last when descending), ties kept in their order.
    public func sort(_ rows: [[Cell]], by index: Int) -> [[Cell]] {
        let descending = self.descending
        return rows.enumerated().sorted { a, b in
            let order = Cell.compare(a.element[index], b.element[index])
            if order != 0 { return descending ? order > 0 : order < 0 }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension Cell {
    /// -1, 0 or 1, as SQLite orders values: NULL, then numbers, then text.
    static func compare(_ a: Cell, _ b: Cell) -> Int {
        func rank(_ c: Cell) -> Int {
            switch c {
            case .null: return 0
            case .integer, .real: return 1
            case .text, .list: return 2
            }
        }
        func number(_ c: Cell) -> Double {
            switch c {
            case .integer(let v): return Double(v)
            case .real(let v): return v
            default: return 0
            }
        }
        if rank(a) != rank(b) { return rank(a) < rank(b) ? -1 : 1 }
        switch rank(a) {
        case 0: return 0
        case 1: return number(a) == number(b) ? 0 : (number(a) < number(b) ? -1 : 1)
        default: return a.plain == b.plain ? 0 : (a.plain < b.plain ? -1 : 1)
        }
    }
}

/// Paging of rows already in memory: `limit` nil for all.
public func page<T>(_ rows: [T], limit: Int?, offset: Int) -> [T] {
    let start = min(offset, rows.count)
    let end = limit.map { min(rows.count, start + $0) } ?? rows.count
    return Array(rows[start..<end])
}

extension QuerySQL {
    /// The statement's rows ordered by `column` (one of its result column names, never user text), then by
    /// `tiebreak`, and paged: `SELECT * FROM (statement) ORDER BY …`. The statement must not be paged itself.
    public func sorted(by column: String, descending: Bool, tiebreak: String, limit: Int?, offset: Int) -> QuerySQL {
        var query = QuerySQL("SELECT * FROM (\n\(sql)\n) ORDER BY \"\(column)\"\(descending ? " DESC" : ""), \(tiebreak)",
                             arguments)
        query.appendPage(limit: limit, offset: offset)
        return query
    }
}
