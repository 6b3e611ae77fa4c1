import Foundation

/// Turns raw file bytes into article text, or a clear error: empty, binary, or not UTF-8.
enum TextDecoding {
    /// The largest text Quotebase reads as one article or one JSONL line.
    static let maxArticleBytes = 64 << 20

    static func decode(_ bytes: some Collection<UInt8>, subject: String) throws -> String {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw QuotebaseError(.emptyInput, subject, "empty input, no article text")
        }
        if bytes.count > maxArticleBytes {
            throw QuotebaseError(.malformedInput, subject,
                "\(bytes.count >> 20) MB is larger than the \(maxArticleBytes >> 20) MB limit for one article; split it")
        }
        if let nul = bytes.withUnsafeBufferPointer({ $0.firstOffset(of: 0) }) {
            throw QuotebaseError(.binaryInput, subject,
                "binary data (NUL byte at offset \(nul)), not a text article")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw QuotebaseError(.invalidEncoding, subject,
                "invalid UTF-8 at byte \(firstInvalidUTF8Offset(bytes)); convert it with `iconv -t UTF-8`")
        }
        return normalizingLineEnds(text)
    }

    /// `text` without U+0000 (which JSON can spell as `\u0000`).
    static func removingNUL(_ text: String) -> String {
        let hasNUL = text.utf8.withContiguousStorageIfAvailable { $0.firstOffset(of: 0) != nil } ?? text.utf8.contains(0)
        guard hasNUL else { return text }
        return String(decoding: text.utf8.filter { $0 != 0 }, as: UTF8.self)
    }

    /// CRLF and lone CR become LF; everything downstream splits paragraphs on LF only.
    static func normalizingLineEnds(_ text: String) -> String {
        // Searching the contiguous bytes is many times faster than the UTF-8 view's iterator.
        let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.firstOffset(of: 0x0D) != nil }
            ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return i }
            if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return bytes.count
    }
}
