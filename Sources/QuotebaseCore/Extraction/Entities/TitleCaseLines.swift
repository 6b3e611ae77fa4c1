/// Lines written in headline case ("Conservative Icon Morton Blackwell Endorses Ted Cruz."): every word of two
/// letters or more capitalized, short function words aside. The tagger reads the verbs and nouns of such a line as
/// part of the names beside them ("Trevor Noah Says"), so its spans there neither widen nor add names.
struct TitleCaseLines {
    /// Lower-case words a headline may keep in title case ("Guns Are ... For ISIS", "Jeb Bush of Florida").
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by", "as", "with", "from", "vs",
        "de", "la", "le", "del", "von", "van",
    ]

    /// Ranges (scalar offsets) of the title-case lines of a text.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i > start, isTitleCase(scalars[start..<i]) { out.append(start..<i) }
            start = i + 1
        }
        return out
    }

    /// At least four words with letters, each opening with a capital (or a function word), and not all capitals
    /// (an all-caps headline is read elsewhere).
    static func isTitleCase(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = 0, lowerLetters = 0
        var word = String.UnicodeScalarView()
        func close() -> Bool {
            defer { word.removeAll() }
            let letters = word.filter { $0.isLetter }
            guard letters.count >= 2, let first = letters.first else { return true }
            words += 1
            lowerLetters += letters.filter { $0.isSmallLetter }.count
            if first.isCapitalLetter { return true }
            return functionWords.contains(String(String.UnicodeScalarView(letters)))
        }
        for s in line {
            if s == " " || s == "\t" || s == "\u{00A0}" {
                if !close() { return false }
            } else if s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "/" {
                if !close() { return false }
            } else if s.isLetter || s == "'" || s == "\u{2019}" || word.isEmpty == false {
                word.append(s)
            } else {
                // Opening punctuation (quotation marks, brackets) before a word.
                continue
            }
        }
        guard close() else { return false }
        return words >= 4 && lowerLetters > 0
    }
}
