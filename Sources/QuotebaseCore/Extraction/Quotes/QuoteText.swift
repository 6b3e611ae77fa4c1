/// One part of an article (title or body) as the quote extractor reads it: Unicode scalars with random access,
/// word tokens and sentence and paragraph starts, all computed in one linear pass.
///
/// Every offset here is a Unicode-scalar offset into the part, the unit of `TextSpan`.
struct QuoteText {
    struct Word {
        var start: Int
        var end: Int
        /// `Normalizer.key` of the word: lower case, no diacritics.
        var key: String
        /// Lower case with diacritics kept: speech verbs are matched on it, since folding merges forms
        /// ("commentò" would read as the noun "commento").
        var lower: String
        var isCapitalized: Bool
    }

    let part: ArticlePart
    let scalars: [Unicode.Scalar]
    private(set) var words: [Word] = []
    /// Offsets where a sentence starts, ascending (paragraph starts included).
    private(set) var sentenceStarts: [Int] = []
    /// Offsets where a paragraph starts, ascending.
    private(set) var paragraphStarts: [Int] = []

    init(_ text: String, part: ArticlePart) {
        self.part = part
        scalars = [Unicode.Scalar](scalarsOf: text)
        tokenize()
    }

    var count: Int { scalars.count }

    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        // Encoding into bytes and making the string once is many times cheaper than appending scalar by scalar.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(end - start)
        for scalar in scalars[max(0, start)..<min(end, scalars.count)] {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    // MARK: Character classes

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{202F}" || s == "\u{2009}"
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (0x41...0x5A).contains(s.value) }
        return s.properties.isUppercase
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" || s == "\u{2014}" }

    // MARK: Lookups

    /// Index of the first word that starts at or after `offset`.
    func wordIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Start of the sentence containing `offset`.
    func sentenceStart(containing offset: Int) -> Int {
        var lo = 0, hi = sentenceStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : sentenceStarts[lo - 1]
    }

    /// The number of the sentence containing `offset` (0 for the first): how many sentences lie between two offsets.
    func sentenceNumber(containing offset: Int) -> Int {
        var lo = 0, hi = sentenceStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// First sentence start at or after `offset`, or `count`.
    func sentenceStart(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = sentenceStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceStarts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentenceStarts.count ? sentenceStarts[lo] : count
    }

    /// End (exclusive) of the sentence containing `offset`: the next sentence start, trimmed of spaces.
    func sentenceEnd(containing offset: Int) -> Int {
        var end = sentenceStart(atOrAfter: offset + 1)
        while end > offset, end > 0, Self.isSpace(scalars[end - 1]) { end -= 1 }
        return end
    }

    func paragraphStart(containing offset: Int) -> Int {
        var lo = 0, hi = paragraphStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : paragraphStarts[lo - 1]
    }

    func paragraphEnd(containing offset: Int) -> Int {
        var lo = 0, hi = paragraphStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        var end = lo < paragraphStarts.count ? paragraphStarts[lo] : count
        while end > offset, end > 0, Self.isSpace(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// Word `k` is an abbreviation whose period does not end a sentence ("Sen.", "U.S.", "Mr.").
    func isAbbreviation(_ k: Int) -> Bool {
        let w = words[k]
        return Self.abbreviations.contains(w.key) || w.end - w.start == 1 && Self.isUppercase(scalars[w.start])
    }

    // MARK: Tokenizing

    /// Abbreviations whose final period does not end a sentence (folded).
    private static let germanMonths = [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember",
    ]

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "sen", "gov", "rep", "gen", "col", "lt", "sgt", "jr", "sr", "inc", "corp",
        "co", "ltd", "vs", "no", "dott", "sig", "sigg", "avv", "prof", "ing", "on", "geom", "mons", "dott.ssa",
        "rev", "capt", "hon", "mme", "mlle", "sra",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u", "s",
    ]

    private mutating func tokenize() {
        let n = scalars.count
        words.reserveCapacity(n / 8)
        sentenceStarts.append(0)
        paragraphStarts.append(0)
        var i = 0
        while i < n {
            let s = scalars[i]
            if Self.isLetterOrDigit(s) {
                let start = i
                var ascii = s.isASCII
                while i < n, Self.isLetterOrDigit(scalars[i]) {
                    if !scalars[i].isASCII { ascii = false }
                    i += 1
                }
                let key: String, lower: String
                if ascii {
                    key = Normalizer.asciiWordKey(scalars[start..<i])
                    lower = key
                } else {
                    let surface = string(start, i)
                    key = Normalizer.key(surface)
                    lower = surface.lowercased()
                }
                words.append(Word(start: start, end: i, key: key, lower: lower, isCapitalized: Self.isUppercase(s)))
                continue
            }
            if s == "\n" {
                var j = i
                while j < n, Self.isSpace(scalars[j]) { j += 1 }
                if j < n {
                    paragraphStarts.append(j)
                    sentenceStarts.append(j)
                }
                i = j
                continue
            }
            if s == "." || s == "!" || s == "?" || s == "\u{2026}" {
                // Skip closing marks and brackets after the terminator: `… mistake."  He said`.
                var j = i + 1
                while j < n, j - i < 4, QuoteMarkScanner.isQuoteMark(scalars[j]) || scalars[j] == ")" || scalars[j] == "." {
                    j += 1
                }
                guard j < n, scalars[j] == " " || scalars[j] == "\u{A0}" else { i += 1; continue }
                var k = j
                while k < n, scalars[k] == " " || scalars[k] == "\u{A0}" { k += 1 }
                guard k < n, scalars[k] != "\n" else { i = k; continue }
                if s == ".", let last = words.last, last.end == i {
                    // "U.S." / "Mr." / "4. 30": no sentence break after an abbreviation or a number.
                    if Self.abbreviations.contains(last.key) || last.end - last.start == 1 && Self.isUppercase(scalars[last.start]) {
                        i = j
                        continue
                    }
                    if scalars[last.start].properties.numericType != nil, Self.isLetterOrDigit(scalars[k]),
                       scalars[k].properties.numericType != nil {
                        i = j
                        continue
                    }
                    // German dates: "am 14. Dezember 2010" is one sentence.
                    if last.end - last.start <= 2, scalars[last.start].properties.numericType != nil,
                       Self.germanMonths.contains(where: { month in
                           let m = Array(month.unicodeScalars)
                           return k + m.count <= n && Array(scalars[k..<(k + m.count)]) == m
                               && (k + m.count == n || !Self.isLetterOrDigit(scalars[k + m.count]))
                       }) {
                        i = j
                        continue
                    }
                }
                let next = scalars[k]
                if Self.isUppercase(next) || next.properties.numericType != nil || QuoteMarkScanner.isQuoteMark(next)
                    || Self.isDash(next) || next == "(" {
                    sentenceStarts.append(k)
                }
                i = k
                continue
            }
            i += 1
        }
    }
}
