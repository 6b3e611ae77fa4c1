/// One token as the entity tagger reads it: a word or a punctuation mark, with its Unicode-scalar bounds.
struct TaggerToken: Sendable, Hashable {
    var start: Int
    var end: Int
    var text: String
}

/// Splits text into sentences of tokens the way the annotated corpora the tagger learned from are tokenized
/// (CoNLL, KIND, WikiNEuRal): punctuation apart, "U.S." and "Mr." whole, Romance elisions split after the
/// apostrophe ("l'", "dell'", "d'"), English clitics apart ("'s", "n't"), hyphenated words whole.
enum TaggerTokenizer {
    /// Sentences longer than this are cut: the tagger's cost stays linear and no sentence holds a whole page.
    static let maxSentenceTokens = 250

    /// Sentences of tokens.
    static func sentences(_ scalars: [Unicode.Scalar]) -> [[TaggerToken]] {
        sentenceRanges(scalars).flatMap { sentences(scalars, in: $0) }
    }

    /// The tokens of one range of `sentenceRanges`, cut into pieces of at most `maxSentenceTokens`.
    static func sentences(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [[TaggerToken]] {
        var tokens: [TaggerToken] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if isWhitespace(scalars[i]) {
                i += 1
                continue
            }
            var end = i
            while end < range.upperBound, !isWhitespace(scalars[end]) { end += 1 }
            splitChunk(scalars, i, end) { tokens.append(TaggerToken(start: $0, end: $1, text: scalars.text($0, $1))) }
            i = end
        }
        return stride(from: 0, to: tokens.count, by: maxSentenceTokens).map {
            Array(tokens[$0..<min($0 + maxSentenceTokens, tokens.count)])
        }
    }

    /// Where sentences begin and end, without cutting them into tokens: a sentence ends after a word that ends in
    /// a full stop, "!", "?" or "…" (not an abbreviation's period), at a paragraph break, and at a line break
    /// after a line of fewer than 25 words (a title, a dateline, a list item).
    static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var last = 0
        var words = 0
        func close() {
            if let s = start { ranges.append(s..<last) }
            start = nil
            words = 0
        }
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                var j = i + 1
                while j < n, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < n, scalars[j] == "\n" || words < 25 { close() }
                i += 1
                continue
            }
            if isWhitespace(s) {
                i += 1
                continue
            }
            var end = i
            while end < n, !isWhitespace(scalars[end]) { end += 1 }
            if start == nil { start = i }
            last = end
            words += 1
            if chunkEndsSentence(scalars, i, end) { close() }
            i = end
        }
        close()
        return ranges
    }

    /// Whether the last token `splitChunk` makes of [a, b) is a lone sentence-ending mark.
    private static func chunkEndsSentence(_ x: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        let final = x[b - 1]
        guard sentenceEnds(final) else { return false }
        var first = a
        while first < b, !isLetterOrDigit(x[first]) { first += 1 }
        if first == b { return true }
        // The trailing marks are peeled from the end; a period right after the word stays on an abbreviation.
        return !(final == "." && b - 1 > first && keepsPeriod(x, first, b - 1))
    }

    @inline(__always)
    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    private static func sentenceEnds(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "…" }

    @inline(__always)
    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}"
    }

    /// Tokens of one whitespace-free chunk [a, b).
    private static func splitChunk(_ x: [Unicode.Scalar], _ a: Int, _ b: Int, _ emit: (Int, Int) -> Void) {
        var a = a, b = b
        var trailing: [(Int, Int)] = []
        // Leading punctuation, one mark a token.
        while a < b, !isLetterOrDigit(x[a]) {
            emit(a, a + 1)
            a += 1
        }
        // Trailing punctuation, kept for after the word; a final period stays on an abbreviation.
        while b > a, !isLetterOrDigit(x[b - 1]) {
            if x[b - 1] == ".", b - 1 > a, keepsPeriod(x, a, b - 1) { break }
            trailing.append((b - 1, b))
            b -= 1
        }
        if a < b { splitWord(x, a, b, emit) }
        for (s, e) in trailing.reversed() { emit(s, e) }
    }

    /// "U.S.", "J.", "Mr.": an initial, an abbreviation with inner periods, or a title written before names.
    private static func keepsPeriod(_ x: [Unicode.Scalar], _ a: Int, _ end: Int) -> Bool {
        let length = end - a
        if length == 1 { return x[a].properties.isUppercase }
        if x[a..<end].contains(".") { return true }
        guard length <= 4, x[a].properties.isUppercase else { return false }
        return titles.contains(String(String.UnicodeScalarView(x[a..<end])).lowercased())
    }

    /// Titles abbreviated with a period before a name in the five languages' news.
    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "dott", "sig", "avv", "ing", "gen", "col", "sen", "rep",
        "gov", "lt", "capt", "sgt", "mme", "mlle", "sra", "srta", "hr", "fr",
    ]

    /// Splits a word at inner punctuation other than hyphens, periods and name apostrophes.
    private static func splitWord(_ x: [Unicode.Scalar], _ a: Int, _ b: Int, _ emit: (Int, Int) -> Void) {
        var start = a
        var i = a
        while i < b {
            let s = x[i]
            if isApostrophe(s), i > start, i + 1 < b, isLetterOrDigit(x[i + 1]) {
                let before = i - start
                let after = b - (i + 1)
                let lowerBefore = x[start..<i].allSatisfy { $0.properties.isLowercase }
                // English clitics: "don't" → do n't, "Reagan's" → Reagan 's.
                if after == 1, x[i + 1] == "t" || x[i + 1] == "T", before >= 2, x[i - 1] == "n" || x[i - 1] == "N" {
                    emit(start, i - 1)
                    emit(i - 1, b)
                    return
                }
                if clitic(x, i + 1, b) {
                    emit(start, i)
                    emit(i, b)
                    return
                }
                // Romance elision: "l'Ue", "dell'Italia", "d'Europa", "qu'il".
                if lowerBefore, before <= 6 {
                    emit(start, i + 1)
                    start = i + 1
                    i += 1
                    continue
                }
                i += 1
                continue
            }
            if !isLetterOrDigit(s), s != "-", s != ".", !isApostrophe(s), s != "&", s != "_", s != "@" {
                if i > start { emit(start, i) }
                emit(i, i + 1)
                start = i + 1
            }
            i += 1
        }
        if start < b { emit(start, b) }
    }

    private static func clitic(_ x: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        let lower = String(String.UnicodeScalarView(x[a..<b])).lowercased()
        return lower == "s" || lower == "re" || lower == "ve" || lower == "ll" || lower == "d" || lower == "m"
    }
}
