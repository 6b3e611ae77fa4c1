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
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when the text is empty or only white space.
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
