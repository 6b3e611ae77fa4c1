/// Letter and case tests answered for ASCII without the Unicode property tables, which cost a table lookup per call
/// and showed as a quarter of extraction time when asked of every scalar of an article.
extension Unicode.Scalar {
    var isCapitalLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    var isSmallLetter: Bool {
        isASCII ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    var isLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `self[start..<end]`. Appending to a `String.UnicodeScalarView` was a fifth of tokenizing; the
    /// UTF-8 bytes are written straight into the string's own storage (at most 4 a scalar), with no array between.
    func text(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { out in
            var count = 0
            for scalar in self[start..<end] {
                if scalar.isASCII {
                    out[count] = UInt8(truncatingIfNeeded: scalar.value)
                    count += 1
                } else {
                    for byte in scalar.utf8 {
                        out[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }
}
