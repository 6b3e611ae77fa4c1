import Foundation

/// What one article may cost to analyze: entities and quotes are looked for in the first `bodyBytes` of a body,
/// while the whole body is stored (and searchable).
///
/// Analysis is linear but not cheap, about a second per megabyte, and its memory grows with the text: a 50 MB
/// one-line article took 27 s and 1.5 GB. No news story comes near 4 MB (the longest of the corpora is under
/// 100 KB); a body that large is a book, a dump or an attack, and its first 4 MB say who it is about.
public enum AnalysisBudget {
    public static let bodyBytes = 4 << 20

    /// The note `ingest` and `extract` print for an article whose body is over `bodyBytes` (nil when it fits):
    /// a `.skipped` error, so a note on stderr and not a failure. `whatIsKept` ends it ("all of it is stored").
    public static func note(for article: Article, bodyBytes: Int = bodyBytes, whatIsKept: String? = nil) -> QuotebaseError? {
        let size = article.body.utf8.count
        guard size > bodyBytes else { return nil }
        func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
        return QuotebaseError(.skipped, article.source, """
            a body of \(megabytes(size)) MB: entities and quotes are looked for in its first \(megabytes(bodyBytes)) MB \
            only\(whatIsKept.map { "; " + $0 } ?? "")
            """)
    }

    /// `article` with its body cut to what is analyzed: at most `bodyBytes` of UTF-8, ended at the last paragraph
    /// or sentence break in the final 64 KB when there is one, else after a space, else at a character. The
    /// offsets of its analysis hold in the whole body, which starts with the same text.
    public static func analyzedPart(of article: Article, bodyBytes: Int = bodyBytes) -> Article {
        let utf8 = article.body.utf8
        guard utf8.count > bodyBytes else { return article }
        let end = utf8.withContiguousStorageIfAvailable { cutOffset($0, bodyBytes) }
            ?? Array(utf8).withUnsafeBufferPointer { cutOffset($0, bodyBytes) }
        var part = article
        // `end` follows an ASCII byte or is a scalar's first byte: a scalar boundary.
        part.body = String(article.body.unicodeScalars[..<utf8.index(utf8.startIndex, offsetBy: end)])
        return part
    }

    /// Where to end `bytes` (UTF-8) at most `limit` bytes in: after the last line break, else sentence end, else
    /// space in the final 64 KB, else at the start of the scalar the limit falls in.
    static func cutOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ limit: Int) -> Int {
        let floor = max(0, limit - 65_536)
        for isBreak in [{ (i: Int) in bytes[i] == 0x0A },
                        { (i: Int) in bytes[i] == 0x2E && bytes[i + 1] == 0x20 },
                        { (i: Int) in bytes[i] == 0x20 }] {
            var i = limit - 1
            while i > floor {
                if isBreak(i) { return i + 1 }
                i -= 1
            }
        }
        var i = limit
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
