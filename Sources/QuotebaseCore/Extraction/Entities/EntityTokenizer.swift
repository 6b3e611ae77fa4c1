/// What the gazetteer and the recognizer's word lists say about one word. `RecognitionSession` looks each token's
/// key up once and its rules test bits, instead of hashing the same word again for every list they consult.
struct WordFacts: Sendable {
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt32

        // The gazetteer's tables (`EntityGazetteer`).
        static let names = Lists(rawValue: 1 << 0)
        static let roles = Lists(rawValue: 1 << 1)
        static let firstNames = Lists(rawValue: 1 << 2)
        static let notNames = Lists(rawValue: 1 << 3)
        static let calendarWords = Lists(rawValue: 1 << 4)
        static let honorifics = Lists(rawValue: 1 << 5)
        static let particles = Lists(rawValue: 1 << 6)
        // The recognizer's own word lists (`RecognitionSession.wordLists`).
        static let determiners = Lists(rawValue: 1 << 7)
        static let linkWords = Lists(rawValue: 1 << 8)
        static let roleToLinks = Lists(rawValue: 1 << 9)
        static let roleComplementLinks = Lists(rawValue: 1 << 10)
        static let streetWords = Lists(rawValue: 1 << 11)
        static let directions = Lists(rawValue: 1 << 12)
        static let saints = Lists(rawValue: 1 << 13)
        static let placePrepositions = Lists(rawValue: 1 << 14)
        static let organizationHeads = Lists(rawValue: 1 << 15)
        static let germanArticles = Lists(rawValue: 1 << 16)
        static let companySuffixes = Lists(rawValue: 1 << 17)
        static let lowercaseOrganizationHeads = Lists(rawValue: 1 << 18)
        static let italianOrganizationHeads = Lists(rawValue: 1 << 19)
        static let quoteArticles = Lists(rawValue: 1 << 20)
        static let venueNouns = Lists(rawValue: 1 << 21)
        static let placeNouns = Lists(rawValue: 1 << 22)
        /// A word of some phrase of several words in `names` or `roles`.
        static let phraseWords = Lists(rawValue: 1 << 23)
        /// Set by the tokenizer on the rare word whose key is itself several words ("½" → `1 2`): it may make up
        /// part of any phrase, so rules that skip phrases by their words must not skip it.
        static let severalWords = Lists(rawValue: 1 << 24)
    }

    /// The lists that hold the word as a whole key.
    var lists: Lists = []
    /// The longest gazetteer or role phrase (in words) that starts with the word, 0 for none.
    var longestPhrase = 0
    /// The longest speech-verb phrase (in words) that starts with the word, 0 for none.
    var longestSpeechVerb = 0
}

/// One word of an article part, with the layout facts the entity rules need.
struct EntityToken: Sendable {
    /// Unicode-scalar offsets in the part, end exclusive.
    var start: Int
    var end: Int
    /// The same bounds in UTF-8 bytes, to cut surfaces from the part's bytes.
    var utf8Start: Int
    var utf8End: Int
    var isCapitalized: Bool
    /// Every letter is upper case (acronyms, Reuters headlines and datelines).
    var isAllCaps: Bool
    var hasLetters: Bool
    /// First word of a sentence, a line, or a quotation.
    var startsSentence: Bool
    /// Glued to the previous word by a hyphen ("Beaumont-Dark", "bielorusso-russi").
    var hyphenBefore: Bool
    /// Only spaces (no newline, no punctuation) separate it from the previous word.
    var plainGapBefore: Bool
    /// Only a period (and spaces) separates it from the previous word ("U.S.", "George W. Bush").
    var periodGapBefore: Bool
    /// The first non-space scalar after the word ("\n" for a line break, nil at the end).
    var next: Unicode.Scalar?
    /// Filled in by the recognizer from its gazetteer.
    var facts = WordFacts()

    func isIn(_ lists: WordFacts.Lists) -> Bool { facts.lists.contains(lists) }
}

/// Splits text into words in one linear pass over its Unicode scalars.
///
/// Apostrophes: Italian and French elisions split ("dell’Ue" → `dell`, `Ue`); the English possessive is
/// dropped ("Nakasone's" → `Nakasone`); names keep theirs ("O'Brien", "D'Alema").
enum EntityTokenizer {
    private static let elisions: Set<String> = [
        "l", "d", "dell", "all", "nell", "sull", "dall", "coll", "un", "c", "s", "n", "m", "t", "v", "j", "qu",
        "quest", "quell", "anch", "po", "lorsqu", "jusqu", "puisqu", "nessun", "tutt", "sant", "com", "dov",
    ]

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" }

    // Called for every scalar of every text: the ASCII test inline, Unicode properties out of line.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return isNonASCIIWordScalar(s)
    }

    @inline(never)
    private static func isNonASCIIWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return s.properties.isAlphabetic
    }

    static func key(_ scalars: some Collection<Unicode.Scalar>) -> String {
        for s in scalars where !s.isASCII { return Normalizer.key(scalars: scalars) }
        // A word is letters, digits and inner apostrophes.
        return Normalizer.asciiWordKey(scalars)
    }

    /// The words of `text`, each with its facts from `words` (`EntityGazetteer.words`), and their keys
    /// (`Normalizer.key` of each word) apart: without a string inside, a token is copied without reference counting.
    static func tokenize(_ text: [Unicode.Scalar], words: WordTable = WordTable([:])) -> (tokens: [EntityToken], keys: [String]) {
        // Reading a buffer spares the bounds checks and the slices' reference counting of every scalar read.
        text.withUnsafeBufferPointer { tokenize($0, words: words) }
    }

    private static func tokenize(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, words: WordTable
    ) -> (tokens: [EntityToken], keys: [String]) {
        var tokens: [EntityToken] = [], keys: [String] = []
        tokens.reserveCapacity(text.count / 5)
        keys.reserveCapacity(text.count / 5)
        let n = text.count
        var i = 0
        // Layout since the previous word.
        var sawNewline = true, sawBoundary = true, sawHyphenOnly = false, sawOther = false, sawNonPeriod = false
        var lastToken: (singleUpperLetter: Bool, key: String) = (false, "")
        // UTF-8 offsets of increasing scalar offsets, found in one forward walk.
        var cursor = (scalar: 0, byte: 0)
        func utf8Offset(_ scalarOffset: Int) -> Int {
            while cursor.scalar < scalarOffset {
                let v = text[cursor.scalar].value
                cursor.byte += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
                cursor.scalar += 1
            }
            return cursor.byte
        }
        while i < n {
            let s = text[i]
            if !isWordScalar(s) {
                if s == "\n" || s == "\r" { sawNewline = true }
                switch s {
                case ".":
                    // A period after an initial ("George W. Bush") or "Mr." does not end the sentence.
                    if !(lastToken.singleUpperLetter || abbreviations.contains(lastToken.key)) { sawBoundary = true }
                    sawOther = true
                    i += 1
                    continue
                case "!", "?", ":", ";", "\u{2026}", "\u{00AB}", "\u{201C}", "\u{201D}", "\"", "(", "[",
                     "\u{2014}", "\u{2013}", "\u{2022}", "|":
                    sawBoundary = true
                    sawOther = true
                    sawNonPeriod = true
                case "-":
                    if !sawOther && i > 0 && isWordScalar(text[i - 1]) && i + 1 < n && isWordScalar(text[i + 1]) {
                        sawHyphenOnly = true
                    } else {
                        sawOther = true
                        sawNonPeriod = true
                    }
                case " ", "\t", "\u{00A0}": break
                default: sawOther = true
                }
                if s != " " && s != "\t" && s != "\u{00A0}" { sawNonPeriod = true }
                i += 1
                continue
            }
            let start = i
            var end = i
            while end < n {
                let c = text[end]
                if isWordScalar(c) { end += 1; continue }
                if isApostrophe(c), end + 1 < n, isLetter(text[end + 1]) {
                    let prefix = key(text[start..<end])
                    // "O'Brien", "D'Alema": one capital letter glued to a capitalized name.
                    let namePrefix = end - start == 1 && isUpper(text[start]) && isUpper(text[end + 1])
                        && (prefix == "o" || prefix == "d")
                    if !namePrefix && elisions.contains(prefix) { break }
                    // English possessive: "Nakasone's" ends the word before the apostrophe.
                    if (text[end + 1] == "s" || text[end + 1] == "S"), end + 2 >= n || !isLetter(text[end + 2]) {
                        break
                    }
                    end += 1
                    continue
                }
                break
            }
            var upperCount = 0, letterCount = 0, ascii = true
            for c in text[start..<end] {
                if !c.isASCII { ascii = false }
                guard isLetter(c) else { continue }
                letterCount += 1
                if isUpper(c) { upperCount += 1 }
            }
            var next: Unicode.Scalar? = nil
            var j = end
            while j < n {
                let c = text[j]
                if c == " " || c == "\t" || c == "\u{00A0}" { j += 1; continue }
                next = (c == "\r") ? "\n" : c
                break
            }
            let (tokenKey, tokenFacts) = keyAndFacts(text[start..<end], ascii: ascii, words: words)
            tokens.append(EntityToken(
                start: start, end: end, utf8Start: utf8Offset(start), utf8End: utf8Offset(end),
                isCapitalized: isUpper(text[start]), isAllCaps: letterCount >= 1 && upperCount == letterCount,
                hasLetters: letterCount > 0,
                startsSentence: tokens.isEmpty || sawBoundary || sawNewline,
                hyphenBefore: sawHyphenOnly && !sawNewline && !sawOther,
                plainGapBefore: !sawNewline && !sawOther && !sawHyphenOnly,
                periodGapBefore: !sawNewline && sawOther && !sawNonPeriod && !sawHyphenOnly,
                next: next, facts: tokenFacts))
            keys.append(tokenKey)
            lastToken = (end - start == 1 && isUpper(text[start]), tokenKey)
            sawNewline = false; sawBoundary = false; sawHyphenOnly = false; sawOther = false; sawNonPeriod = false
            i = end
            // Skip a dropped possessive "'s".
            if i + 1 < n, isApostrophe(text[i]), text[i + 1] == "s" || text[i + 1] == "S",
               i + 2 >= n || !isLetter(text[i + 2]) {
                i += 2
                sawOther = true
                sawNonPeriod = true
            }
        }
        return (tokens, keys)
    }

    /// The key of a word and its facts in `words`. A short ASCII word is folded into a stack buffer and looked up
    /// by its bytes, so a word in the table takes the table's string and no string is made for it.
    private static func keyAndFacts(
        _ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, ascii: Bool, words: WordTable
    ) -> (key: String, facts: WordFacts) {
        guard ascii, scalars.count <= 32 else {
            let key = key(scalars)
            var facts = words[key] ?? WordFacts()
            // Only folding a non-ASCII word can produce a space.
            if key.utf8.contains(0x20) { facts.lists.insert(.severalWords) }
            return (key, facts)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = 0
            for s in scalars {
                let v = UInt8(truncatingIfNeeded: s.value)
                buffer[count] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                count += 1
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
            if let known = words.entry(utf8: bytes) { return known }
            return (String(decoding: bytes, as: UTF8.self), WordFacts())
        }
    }

    /// Abbreviations whose period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr",
        "sig", "dott", "avv", "ing", "on", "mons", "co", "corp", "inc", "ltd", "no", "vs", "ca", "jan", "feb",
        "aug", "sept", "oct", "nov", "dec",
    ]
}
