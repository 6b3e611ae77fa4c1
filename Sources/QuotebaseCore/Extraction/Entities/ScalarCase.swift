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
