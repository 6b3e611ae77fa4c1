/// Output formats of every listing.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns fitted to the terminal width, long text cut with "…".
    case table
    /// RFC 4180 with a header row; cells that a spreadsheet would run as a formula are neutralized.
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
}

/// One value in an output row.
public enum Cell: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// Several values: a JSON array, or "; "-joined in CSV and tables.
    case list([String])

    var plain: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value): return String(format: "%.3g", value)
        case .text(let value): return value
        case .list(let values): return values.joined(separator: "; ")
        }
    }
}

/// Writes rows in any `OutputFormat` to a sink. CSV, JSON and JSONL stream row by row; a table is laid out
/// when `finish()` is called, since its column widths depend on every row.
public struct RecordWriter {
    public let format: OutputFormat
    public let columns: [String]
    private let sink: (String) -> Void
    private let width: Int
    private var tableRows: [[String]] = []
    private var rowsWritten = 0

    /// - Parameter terminalWidth: the width tables fit into.
    public init(format: OutputFormat, columns: [String], terminalWidth: Int = 120, sink: @escaping (String) -> Void) {
        self.format = format
        self.columns = columns
        self.sink = sink
        width = max(40, terminalWidth)
        if format == .csv { sink(columns.map(Self.csvField).joined(separator: ",") + "\r\n") }
    }

    public mutating func write(_ row: [Cell]) {
        switch format {
        case .csv:
            sink(row.map { Self.csvField(Self.neutralized($0)) }.joined(separator: ",") + "\r\n")
        case .jsonl:
            sink(jsonObject(row) + "\n")
        case .json:
            sink((rowsWritten == 0 ? "[\n" : ",\n") + jsonObject(row))
        case .table:
            tableRows.append(row.map { Self.singleLine($0.plain) })
        }
        rowsWritten += 1
    }

    public mutating func finish() {
        switch format {
        case .json: sink(rowsWritten == 0 ? "[]\n" : "\n]\n")
        case .table: sink(TableLayout(columns: columns, rows: tableRows, width: width).render())
        case .csv, .jsonl: break
        }
    }

    private func jsonObject(_ row: [Cell]) -> String {
        var out = "{"
        for (index, column) in columns.enumerated() {
            if index > 0 { out += "," }
            out += JSON.quoted(column) + ":"
            let cell = index < row.count ? row[index] : .null
            switch cell {
            case .null: out += "null"
            case .integer(let value): out += String(value)
            case .real(let value): out += value.isFinite ? String(value) : "null"
            case .text(let value): out += JSON.quoted(value)
            case .list(let values): out += "[" + values.map(JSON.quoted).joined(separator: ",") + "]"
            }
        }
        return out + "}"
    }

    /// Text a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe.
    static func neutralized(_ cell: Cell) -> String {
        guard case .text = cell else { return cell.plain }
        let text = cell.plain
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + text }
        return text
    }

    static func csvField(_ text: String) -> String {
        // Scans bytes, not Characters: faster on million-row exports, and "\r\n" (one Character) is caught too.
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func singleLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }
}

/// Column widths that fit a terminal: narrow columns keep their width, wide ones share what is left.
struct TableLayout {
    let columns: [String]
    let rows: [[String]]
    let width: Int

    func render() -> String {
        guard !columns.isEmpty else { return "" }
        var widths = columns.indices.map { column in
            max(columns[column].count, rows.map { column < $0.count ? Self.visibleCount($0[column]) : 0 }.max() ?? 0)
        }
        let separators = 2 * (columns.count - 1)
        var total = widths.reduce(0, +) + separators
        while total > width {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { break }
            let shrink = min(total - width, widths[widest] - max(8, (widths.sorted(by: >).dropFirst().first ?? 8)))
            widths[widest] -= max(1, shrink)
            total = widths.reduce(0, +) + separators
        }
        var out = line(columns, widths) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row, widths) + "\n" }
        return out
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() {
            var cell = index < cells.count ? cells[index] : ""
            var visible = Self.visibleCount(cell)
            if visible > width {
                cell = Self.visiblePrefix(cell, max(0, width - 1)) + "…"
                visible = width
            }
            let isLast = index == widths.count - 1
            parts.append(isLast ? cell : cell + String(repeating: " ", count: max(0, width - visible)))
        }
        return parts.joined(separator: "  ")
    }

    // Highlighted cells (`mentions`, `search` on a terminal) carry ANSI SGR sequences, ESC [ … m, which take no
    // room on screen: widths skip them, and a cut cell resets the style after its "…".

    static func visibleCount(_ text: String) -> Int {
        guard text.utf8.contains(0x1B) else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape { if character == "m" { inEscape = false } } else if character == "\u{1B}" { inEscape = true } else { count += 1 }
        }
        return count
    }

    static func visiblePrefix(_ text: String, _ width: Int) -> String {
        guard text.utf8.contains(0x1B) else { return String(text.prefix(width)) }
        var out = ""
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                out.append(character)
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                out.append(character)
                inEscape = true
            } else {
                if count == width { break }
                out.append(character)
                count += 1
            }
        }
        return out + "\u{1B}[0m"
    }
}

import Foundation
