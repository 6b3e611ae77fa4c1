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
}
