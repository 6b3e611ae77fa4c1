/// Drops the attributes of a start tag past the first `limit`, in one linear pass over the bytes.
///
/// libxml2 appends each attribute to a linked list it walks from the head (and compares against every earlier one),
/// so one element with n attributes costs n²: 40,000 took 37 s, a million never finished. No real page needs more
/// than a few dozen on one element, and the text between tags is kept byte for byte.
enum HTMLAttributeLimit {
    static let limit = 256

    /// `bytes` with every start tag cut to its first `limit` attributes, or nil when no tag has more.
    static func trimmed(_ bytes: UnsafeRawBufferPointer, limit: Int = limit) -> [UInt8]? {
        let n = bytes.count
        var out: [UInt8] = []
        var copiedUpTo = 0
        var i = 0
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n, isLetter(bytes[i + 1]) else { i += 1; continue }
            i += 1
            while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
            var attributes = 0
            var cutFrom: Int?
            while i < n, bytes[i] != UInt8(ascii: ">") {
                if isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "<") { break }  // an unclosed tag: the next one starts here
                attributes += 1
                if attributes > limit, cutFrom == nil { cutFrom = i }
                while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "="),
                      bytes[i] != UInt8(ascii: "<") { i += 1 }
                var j = i
                while j < n, isSpace(bytes[j]) { j += 1 }
                guard j < n, bytes[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < n, isSpace(bytes[j]) { j += 1 }
                if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    j += 1
                    while j < n, bytes[j] != quote { j += 1 }
                    i = min(n, j + 1)
                } else {
                    while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    i = j
                }
            }
            if let cutFrom {
                out.append(contentsOf: bytes[copiedUpTo..<cutFrom])
                copiedUpTo = i
            }
        }
        guard copiedUpTo > 0 else { return nil }
        out.append(contentsOf: bytes[copiedUpTo..<n])
        return out
    }
}
