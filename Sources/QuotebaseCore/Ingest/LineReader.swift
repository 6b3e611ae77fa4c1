import CZlib
import Foundation

/// Streams a file (plain or gzip-compressed, told apart by zlib) or standard input, line by line,
/// holding one buffer and one line in memory at a time.
///
/// Input that starts with a UTF-16 byte-order mark (little or big endian) is read as UTF-8, transcoded as it is
/// read, its mark becoming the UTF-8 one: every reader downstream takes UTF-8 (and skips that mark).
final class LineReader {
    private let file: gzFile
    private let subject: String
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var bufferStart = 0
    private var bufferEnd = 0
    private var finished = false
    /// The last line ended with a CR at the end of the buffer: an LF starting the next buffer belongs to it.
    private var skipLF = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// Whether the first bytes were looked at for a UTF-16 byte-order mark.
    private var lookedForMark = false
    private var utf16: UTF16ToUTF8?
    /// The offset in the file (compressed, for gzip) last added to `ReadProgress.shared`.
    private var offsetCounted: Int64 = 0

    /// Opens `path`, or standard input when `path` is "-".
    init(path: String) throws {
        subject = path
        let opened: gzFile? = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path, "rb")
        guard let opened else {
            throw QuotebaseError(.notFound, path, "cannot open (\(String(cString: strerror(errno))))")
        }
        file = opened
        gzbuffer(file, 1 << 17)
        if path.lowercased().hasSuffix(".gz"), gzdirect(file) == 1 {
            var info = stat()
            if stat(path, &info) == 0, info.st_size > 0 {
                throw QuotebaseError(.malformedInput, path, "not gzip data, although the name ends in .gz")
            }
        }
    }

    deinit { gzclose(file) }

    /// The next line without its line terminator, or nil at the end. A line longer than
    /// `TextDecoding.maxArticleBytes` is skipped and reported, so one bad line cannot exhaust memory.
    func nextLine() throws -> [UInt8]? {
        var line = [UInt8]()
        var oversized = false
        while true {
            if bufferStart == bufferEnd {
                if finished { break }
                try refill()
                if bufferStart == bufferEnd { finished = true; break }
            }
            if skipLF {
                skipLF = false
                if buffer[bufferStart] == 0x0A {
                    bufferStart += 1
                    continue
                }
            }
            let window = buffer[bufferStart..<bufferEnd]
            if let (end, next) = nextLineEnd() {
                if !oversized { line.append(contentsOf: buffer[bufferStart..<end]) }
                bufferStart = next
                lineNumber += 1
                return try finish(line, oversized: oversized)
            }
            if !oversized { line.append(contentsOf: window) }
            if line.count > TextDecoding.maxArticleBytes { oversized = true; line = [] }
            bufferStart = bufferEnd
        }
        if line.isEmpty && !oversized { return nil }
        lineNumber += 1
        return try finish(line, oversized: oversized)
    }

    /// Where the next line in the unread part of the buffer ends (its LF, CRLF or lone CR: old Mac files and some
    /// exporters end lines with CR alone; JSON never holds a raw CR) and where the line after it starts.
    private func nextLineEnd() -> (end: Int, next: Int)? {
        let (newline, cr) = buffer.withUnsafeBufferPointer { bytes -> (Int?, Int?) in
            let unread = UnsafeBufferPointer(rebasing: bytes[bufferStart..<bufferEnd])
            let newline = unread.firstOffset(of: 0x0A)
            let cr = UnsafeBufferPointer(rebasing: unread[0..<(newline ?? unread.count)]).firstOffset(of: 0x0D)
            return (newline.map { bufferStart + $0 }, cr.map { bufferStart + $0 })
        }
        if let cr, cr + 1 != newline {
            if cr + 1 == bufferEnd { skipLF = true }
            return (cr, cr + 1)
        }
        return newline.map { ($0, $0 + 1) }
    }

    private func finish(_ line: [UInt8], oversized: Bool) throws -> [UInt8] {
        if oversized {
            throw QuotebaseError(.malformedInput, "\(subject):\(lineNumber)",
                "line longer than \(TextDecoding.maxArticleBytes >> 20) MB; skipped")
        }
        if line.last == 0x0D { return Array(line.dropLast()) }
        return line
    }

    /// Reads the whole remaining input, refusing more than `limit` bytes.
    func readAll(limit: Int) throws -> [UInt8] {
        var all = [UInt8]()
        while true {
            if bufferStart == bufferEnd {
                try refill()
                if bufferStart == bufferEnd { return all }
            }
            all.append(contentsOf: buffer[bufferStart..<bufferEnd])
            bufferStart = bufferEnd
            if all.count > limit {
                throw QuotebaseError(.malformedInput, subject,
                    "larger than the \(limit >> 20) MB limit for one article; split it or use JSONL")
            }
        }
    }

    private func refill() throws {
        var count = try read()
        if !lookedForMark {
            lookedForMark = true
            if count >= 2, buffer[0] == 0xFF && buffer[1] == 0xFE || buffer[0] == 0xFE && buffer[1] == 0xFF {
                utf16 = UTF16ToUTF8(bigEndian: buffer[0] == 0xFE)
            }
        }
        if var decoder = utf16 {
            var utf8: [UInt8] = []
            // A read that ends inside a character yields nothing yet: read on until there is something to return.
            while true {
                utf8.reserveCapacity(count * 3 / 2 + 4)
                if count == 0 {
                    decoder.finish(into: &utf8)
                } else {
                    decoder.convert(buffer[0..<count], into: &utf8)
                }
                if !utf8.isEmpty || count == 0 { break }
                count = try read()
            }
            utf16 = decoder
            buffer = utf8.isEmpty ? [UInt8](repeating: 0, count: 1 << 16) : utf8
            count = utf8.count
        }
        bufferStart = 0
        bufferEnd = count
    }

    /// Reads the next bytes of the input into the start of `buffer` (64 KB) and returns how many; 0 at the end.
    private func read() throws -> Int {
        if buffer.count != 1 << 16 { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        let count = buffer.withUnsafeMutableBytes { raw in
            gzread(file, raw.baseAddress, UInt32(raw.count))
        }
        let offset = Int64(gzoffset(file))
        if offset > offsetCounted {
            ReadProgress.shared.add(offset - offsetCounted)
            offsetCounted = offset
        }
        if count < 0 {
            var code: Int32 = 0
            let message = String(cString: gzerror(file, &code))
            throw QuotebaseError(.ioError, subject, "cannot read: \(message)")
        }
        if count == 0 {
            var code: Int32 = 0
            _ = gzerror(file, &code)
            // zlib ends a gzip stream cut short (no trailer, or cut mid-block) like a whole one, with Z_BUF_ERROR.
            if code == Z_BUF_ERROR {
                finished = true
                throw QuotebaseError(.malformedInput, subject,
                    "the gzip data is truncated (the file ends before its end-of-stream trailer); the lines before were read")
            }
        }
        return Int(count)
    }
}

/// UTF-16 code units (the bytes of one endianness, in pieces cut anywhere) to UTF-8. A lone surrogate becomes
/// U+FFFD, as a lone `\ud800` in JSON does.
struct UTF16ToUTF8 {
    let bigEndian: Bool
    /// The first byte of a code unit cut by the end of the last piece.
    private var oddByte: UInt8?
    /// A high surrogate waiting for its low half.
    private var high: UInt16?

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    mutating func convert(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var i = bytes.startIndex
        if let first = oddByte, i < bytes.endIndex {
            oddByte = nil
            unit(bigEndian ? UInt16(first) << 8 | UInt16(bytes[i]) : UInt16(bytes[i]) << 8 | UInt16(first), into: &out)
            i += 1
        }
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            unit(bigEndian ? a << 8 | b : b << 8 | a, into: &out)
            i += 2
        }
        if i < bytes.endIndex { oddByte = bytes[i] }
    }

    /// At the end of the input: a cut code unit or a high surrogate without its low half is U+FFFD.
    mutating func finish(into out: inout [UInt8]) {
        if high != nil || oddByte != nil { scalar(0xFFFD, into: &out) }
        high = nil
        oddByte = nil
    }

    private mutating func unit(_ unit: UInt16, into out: inout [UInt8]) {
        switch unit {
        case 0xD800...0xDBFF:
            if high != nil { scalar(0xFFFD, into: &out) }
            high = unit
        case 0xDC00...0xDFFF:
            if let first = high {
                high = nil
                scalar(0x10000 + (UInt32(first - 0xD800) << 10 | UInt32(unit - 0xDC00)), into: &out)
            } else {
                scalar(0xFFFD, into: &out)
            }
        default:
            if high != nil {
                high = nil
                scalar(0xFFFD, into: &out)
            }
            scalar(UInt32(unit), into: &out)
        }
    }

    private func scalar(_ value: UInt32, into out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(value >> 6))
            out.append(0x80 | UInt8(value & 0x3F))
        case 0x800..<0x10000:
            out.append(0xE0 | UInt8(value >> 12))
            out.append(0x80 | UInt8(value >> 6 & 0x3F))
            out.append(0x80 | UInt8(value & 0x3F))
        default:
            out.append(0xF0 | UInt8(value >> 18))
            out.append(0x80 | UInt8(value >> 12 & 0x3F))
            out.append(0x80 | UInt8(value >> 6 & 0x3F))
            out.append(0x80 | UInt8(value & 0x3F))
        }
    }
}
