import CZlib
import Foundation

/// Streams a file (plain or gzip-compressed, told apart by zlib) or standard input, line by line,
/// holding one buffer and one line in memory at a time.
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
        let count = buffer.withUnsafeMutableBytes { raw in
            gzread(file, raw.baseAddress, UInt32(raw.count))
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
        bufferStart = 0
        bufferEnd = Int(count)
    }
}
