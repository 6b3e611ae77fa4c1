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

/// Writes rows in any `OutputFormat` to a sink. CSV, JSON and JSONL stream row by row, encoded straight to UTF-8
/// bytes (a million-row export builds no intermediate strings); a table is laid out when `finish()` is called,
/// since its column widths depend on every row.
public struct RecordWriter {
    public let format: OutputFormat
    public let columns: [String]
    private let sink: ([UInt8]) -> Void
    private let width: Int
    private var tableRows: [[String]] = []
    private var rowsWritten = 0
    private var scratch: [UInt8] = []

    /// - Parameter terminalWidth: the width tables fit into.
    public init(format: OutputFormat, columns: [String], terminalWidth: Int = 120, sink: @escaping (String) -> Void) {
        self.init(format: format, columns: columns, terminalWidth: terminalWidth,
                  bytes: { sink(String(decoding: $0, as: UTF8.self)) })
    }

    /// A writer whose sink takes UTF-8 bytes (`BufferedOutput.write(bytes:)`).
    public init(format: OutputFormat, columns: [String], terminalWidth: Int = 120, bytes sink: @escaping ([UInt8]) -> Void) {
        self.format = format
        self.columns = columns
        self.sink = sink
        width = max(40, terminalWidth)
        scratch.reserveCapacity(4096)
        if format == .csv {
            for (index, column) in columns.enumerated() {
                if index > 0 { scratch.append(UInt8(ascii: ",")) }
                Self.appendCSVField(column.utf8, neutralize: false, to: &scratch)
            }
            scratch.append(contentsOf: [0x0D, 0x0A])
            sink(scratch)
        }
    }

    public mutating func write(_ row: [Cell]) {
        scratch.removeAll(keepingCapacity: true)
        switch format {
        case .csv:
            for (index, cell) in row.enumerated() {
                if index > 0 { scratch.append(UInt8(ascii: ",")) }
                switch cell {
                case .text(let text): Self.appendCSVField(text.utf8, neutralize: true, to: &scratch)
                case .integer(let value): scratch.append(contentsOf: String(value).utf8)
                default: Self.appendCSVField(cell.plain.utf8, neutralize: false, to: &scratch)
                }
            }
            scratch.append(contentsOf: [0x0D, 0x0A])
        case .jsonl:
            appendJSONObject(row)
            scratch.append(0x0A)
        case .json:
            scratch.append(contentsOf: (rowsWritten == 0 ? "[\n" : ",\n").utf8)
            appendJSONObject(row)
        case .table:
            tableRows.append(row.map { Self.singleLine($0.plain) })
            rowsWritten += 1
            return
        }
        sink(scratch)
        rowsWritten += 1
    }

    public mutating func finish() {
        switch format {
        case .json: sink(Array((rowsWritten == 0 ? "[]\n" : "\n]\n").utf8))
        case .table: sink(Array(TableLayout(columns: columns, rows: tableRows, width: width).render().utf8))
        case .csv, .jsonl: break
        }
    }

    private mutating func appendJSONObject(_ row: [Cell]) {
        scratch.append(UInt8(ascii: "{"))
        for (index, column) in columns.enumerated() {
            if index > 0 { scratch.append(UInt8(ascii: ",")) }
            JSON.appendQuoted(column, to: &scratch)
            scratch.append(UInt8(ascii: ":"))
            let cell = index < row.count ? row[index] : .null
            switch cell {
            case .null: scratch.append(contentsOf: "null".utf8)
            case .integer(let value): scratch.append(contentsOf: String(value).utf8)
            case .real(let value): scratch.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
            case .text(let value): JSON.appendQuoted(value, to: &scratch)
            case .list(let values):
                scratch.append(UInt8(ascii: "["))
                for (i, value) in values.enumerated() {
                    if i > 0 { scratch.append(UInt8(ascii: ",")) }
                    JSON.appendQuoted(value, to: &scratch)
                }
                scratch.append(UInt8(ascii: "]"))
            }
        }
        scratch.append(UInt8(ascii: "}"))
    }

    /// One RFC 4180 field. Text a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
    /// apostrophe when `neutralize` is set; a field with `,` `"` CR or LF is quoted, its quotes doubled.
    static func appendCSVField(_ utf8: String.UTF8View, neutralize: Bool, to out: inout [UInt8]) {
        // Native strings are contiguous: scan and copy through a buffer pointer, the hot loop of a large export.
        let done: Void? = utf8.withContiguousStorageIfAvailable { appendCSVField(bytes: $0, neutralize: neutralize, to: &out) }
        if done == nil { Array(utf8).withUnsafeBufferPointer { appendCSVField(bytes: $0, neutralize: neutralize, to: &out) } }
    }

    private static func appendCSVField(bytes: UnsafeBufferPointer<UInt8>, neutralize: Bool, to out: inout [UInt8]) {
        let formula = neutralize && (bytes.first.map(startsFormula) ?? false)
        var needsQuotes = false
        for byte in bytes where needsQuoting(byte) {
            needsQuotes = true
            break
        }
        if needsQuotes { out.append(0x22) }
        if formula { out.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in bytes {
                out.append(byte)
                if byte == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        } else {
            out.append(contentsOf: bytes)
        }
    }

    /// `=`, `+`, `-`, `@`, tab or CR: a spreadsheet reads a cell starting with one of these as a formula.
    @inline(__always) static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// `,`, `"`, LF or CR: the field must be quoted.
    @inline(__always) static func needsQuoting(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x22, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// Text a spreadsheet would evaluate gets a leading apostrophe (the CSV rule, for callers outside the writer).
    static func neutralized(_ cell: Cell) -> String {
        guard case .text(let text) = cell else { return cell.plain }
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + text }
        return text
    }

    static func csvField(_ text: String) -> String {
        var out: [UInt8] = []
        appendCSVField(text.utf8, neutralize: false, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func singleLine(_ text: String) -> String {
        let line = text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
        return TerminalText.visible(line, keepingHighlights: true)
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

/// Text made safe for a terminal: control characters from file names and articles (ESC sequences, BEL, CR, a
/// newline inside an error line) are shown as `\u{1B}`-style escapes instead of being run by the terminal.
public enum TerminalText {
    /// The highlight marks `search` puts around matching words in tables, which stay as they are.
    static let highlights = ["\u{1B}[1;33m", "\u{1B}[0m"]

    public static func visible(_ text: String, keepingHighlights: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        outer: while i < scalars.count {
            let scalar = scalars[i]
            if keepingHighlights, scalar == "\u{1B}" {
                for mark in highlights {
                    let marks = Array(mark.unicodeScalars)
                    if scalars.count - i >= marks.count, Array(scalars[i..<(i + marks.count)]) == marks {
                        out.append(contentsOf: marks)
                        i += marks.count
                        continue outer
                    }
                }
            }
            if isControl(scalar) {
                switch scalar {
                case "\n": out.append(contentsOf: "\\n".unicodeScalars)
                case "\r": out.append(contentsOf: "\\r".unicodeScalars)
                case "\t": out.append(contentsOf: "\\t".unicodeScalars)
                default: out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
            i += 1
        }
        return String(out)
    }

    /// C0 and C1 controls and DEL; tabs count too, since they break a one-line message or a table's columns.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
