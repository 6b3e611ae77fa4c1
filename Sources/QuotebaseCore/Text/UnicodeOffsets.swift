extension String {
    /// The substring between two Unicode-scalar offsets (the unit of every stored offset).
    public func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        guard start >= 0, end >= start,
              let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return "" }
        return String(scalars[from..<to])
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    /// Foundation's `trimmingCharacters(in:)` walks a CharacterSet per character and cost a fifth of ingest time.
    /// Text with nothing to trim, as nearly all is, comes back without being rebuilt scalar by scalar (for a long
    /// article body that cost more than parsing its JSON).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when the text is empty or only white space.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string's UTF-8 bytes, decoded in one pass and written in place: twice as fast as
    /// `Array(text.unicodeScalars)`, which counts the scalars first and appends them one call at a time.
    init(decodingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            let n = bytes.count
            var i = 0, k = 0
            while i < n {
                let lead = UInt32(bytes[i])
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                // A string's UTF-8 is well formed; a truncated sequence would only come from other bytes.
                guard i + length <= n else { break }
                var value = length == 1 ? lead : lead & (0x7F >> length)
                for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
                scalars[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                k += 1
                i += length
            }
            count = k
        }
    }

    /// The scalars of `text`, as `init(decodingUTF8:)` decodes them.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { [Unicode.Scalar](decodingUTF8: $0) }
    }
}
