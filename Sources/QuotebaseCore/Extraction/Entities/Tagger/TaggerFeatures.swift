/// The feature templates of the entity tagger, hashed as `scripts/ner/nerlib.py` hashes them.
///
/// Each feature is a string such as `w-1=the` or `sh=Xx`, identified by the 64-bit FNV-1a hash of its UTF-8
/// bytes; the strings are never built, their pieces are hashed in turn. The templates, their order and their
/// values must match `sentence_features` in nerlib.py exactly; `EntityTaggerTests` holds the two together.
struct TaggerFeatures {
    /// What the templates read of one token, computed once per token: where its lower-cased form, its shape and its
    /// gazetteer tag ("Bcountry", "Iorganization", "Badj"... or "-") are in the sentence's byte arena. Prefixes and
    /// suffixes are byte counts of the lower-cased form (they end on scalar boundaries).
    struct Word {
        var lower: Range<Int>
        var shape: Range<Int>
        var gazetteer: Range<Int>
        var prefixLengths: (Int, Int, Int)  // 1, 2, 3 scalars
        var suffixLengths: (Int, Int, Int)  // 2, 3, 4 scalars
        var firstName: Bool
        var role: Bool
        /// Its distributional classes (fine, coarse) and capitalization class, from `TaggerWordClasses`.
        var fineClass: Range<Int>
        var coarseClass: Range<Int>
        var capitalClass: Range<Int>
    }

    static let templateCount = 37

    /// The constant values, at the start of every arena: "<s>", "</s>", ".", "-", "1|", "0|", "n|".
    private static let constants: [UInt8] = Array("<s></s>.-1|0|n|".utf8)
    private static let start = 0..<3, end = 3..<7, outside = 7..<8
    static let noPhrase = 8..<9
    private static let one = 9..<11, zero = 11..<13, initial = 11..<13, later = 13..<15

    /// Hashes of every feature of every token of a sentence read as a document of its own, `templateCount` per token.
    static func hashes(of tokens: [TaggerToken], gazetteer: EntityGazetteer) -> [UInt64] {
        TaggerDocument(sentences: [tokens], gazetteer: gazetteer).hashes(ofSentence: 0)
    }

    /// Where the values of the three document templates (`TaggerDocument`) of a token are in the arena.
    struct DocumentValues {
        var lowerInside: Range<Int>
        var context: Range<Int>
        var run: Range<Int>
        static let none = DocumentValues(lowerInside: noPhrase, context: noPhrase, run: noPhrase)
    }

    /// Hashes of every feature of every token, `templateCount` per token, given the words of `describe` and their
    /// document values.
    static func hashes(of words: [Word], document: [DocumentValues], arena: [UInt8]) -> [UInt64] {
        let n = words.count
        let count = n * templateCount
        return [UInt64](unsafeUninitializedCapacity: count) { out, initialized in
            arena.withUnsafeBufferPointer { bytes in
                let t = templateStates
                for i in 0..<n {
                    let word = words[i]
                    let lower = word.lower, shape = word.shape
                    let w1 = i >= 1 ? words[i - 1].lower : start, w2 = i >= 2 ? words[i - 2].lower : start
                    let n1 = i + 1 < n ? words[i + 1].lower : end, n2 = i + 2 < n ? words[i + 2].lower : end
                    let s1 = i >= 1 ? words[i - 1].shape : start, t1 = i + 1 < n ? words[i + 1].shape : end
                    let g0 = word.gazetteer, g1 = i >= 1 ? words[i - 1].gazetteer : outside
                    let h1 = i + 1 < n ? words[i + 1].gazetteer : outside
                    var k = i * templateCount
                    @inline(__always) func put(_ h: FNV) {
                        out[k] = h.value
                        k += 1
                    }
                    @inline(__always) func fnv(_ template: Int) -> FNV { FNV(state: t[template], bytes) }
                    put(fnv(0))
                    put(fnv(1).add(lower))
                    put(fnv(2).add(w1))
                    put(fnv(3).add(n1))
                    put(fnv(4).add(w2))
                    put(fnv(5).add(n2))
                    put(fnv(6).add(w1).bar().add(lower))
                    put(fnv(7).add(lower).bar().add(n1))
                    put(fnv(8).add(shape))
                    put(fnv(9).add(s1))
                    put(fnv(10).add(t1))
                    put(fnv(11).add(s1).bar().add(shape))
                    put(fnv(12).add(shape).bar().add(t1))
                    put(fnv(13).add(lower.lowerBound..<(lower.lowerBound + word.prefixLengths.0)))
                    put(fnv(14).add(lower.lowerBound..<(lower.lowerBound + word.prefixLengths.1)))
                    put(fnv(15).add(lower.lowerBound..<(lower.lowerBound + word.prefixLengths.2)))
                    put(fnv(16).add((lower.upperBound - word.suffixLengths.0)..<lower.upperBound))
                    put(fnv(17).add((lower.upperBound - word.suffixLengths.1)..<lower.upperBound))
                    put(fnv(18).add((lower.upperBound - word.suffixLengths.2)..<lower.upperBound))
                    put(fnv(19).add(i == 0 ? initial : later).add(shape))
                    put(fnv(20).add(g0))
                    put(fnv(21).add(g1))
                    put(fnv(22).add(h1))
                    put(fnv(23).add(g0).bar().add(shape))
                    put(fnv(24).add(word.firstName ? one : zero).add(shape))
                    put(fnv(25).add(i > 0 && words[i - 1].firstName ? one : zero).add(shape))
                    put(fnv(26).add(i > 0 && words[i - 1].role ? one : zero).add(shape))
                    put(fnv(27).add(w1).bar().add(shape))
                    put(fnv(28).add(shape).bar().add(n1))
                    put(fnv(29).add(word.fineClass))
                    put(fnv(30).add(word.coarseClass))
                    put(fnv(31).add(i >= 1 ? words[i - 1].fineClass : start))
                    put(fnv(32).add(i + 1 < n ? words[i + 1].fineClass : end))
                    put(fnv(33).add(word.capitalClass).bar().add(shape))
                    put(fnv(34).add(document[i].lowerInside))
                    put(fnv(35).add(document[i].context))
                    put(fnv(36).add(document[i].run))
                }
            }
            initialized = count
        }
    }

    /// The templates' names, in the order of `hashes`; a feature is the name followed by its value.
    static let templates: [StaticString] = [
        "b",
        "w=",
        "w-1=",
        "w+1=",
        "w-2=",
        "w+2=",
        "w-1w=",
        "ww+1=",
        "sh=",
        "sh-1=",
        "sh+1=",
        "sh-1sh=",
        "shsh+1=",
        "p1=",
        "p2=",
        "p3=",
        "s2=",
        "s3=",
        "s4=",
        "pos=",
        "gz=",
        "gz-1=",
        "gz+1=",
        "gzsh=",
        "fn=",
        "fn-1=",
        "role-1=",
        "w-1sh=",
        "shw+1=",
        "C=",
        "c=",
        "C-1=",
        "C+1=",
        "cap=",
        "dl=",
        "dt=",
        "dr=",
    ]

    /// The FNV state after each template's name, hashed once rather than for every token.
    private static let templateStates: [UInt64] = templates.map { FNV($0).value }

    /// 64-bit FNV-1a, fed piece by piece so that no feature string is ever built.
    struct FNV {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        /// The arena the ranges given to `add` are read from.
        private var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

        @inline(__always)
        init(state: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) {
            value = state
            self.bytes = bytes
        }

        @inline(__always)
        init(_ template: StaticString) {
            template.withUTF8Buffer { for byte in $0 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 } }
        }

        @inline(__always)
        func add(_ range: Range<Int>) -> FNV {
            var copy = self
            var h = value
            for index in range { h = (h ^ UInt64(bytes[index])) &* 0x100_0000_01B3 }
            copy.value = h
            return copy
        }

        @inline(__always)
        func bar() -> FNV {
            var copy = self
            copy.value = (copy.value ^ 0x7C) &* 0x100_0000_01B3
            return copy
        }
    }

    /// FNV-1a of a whole feature string, for tests.
    static func hash(ofFeature text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return h
    }

    /// The words of a sentence, the arena of bytes their ranges point into, and each word lower-cased.
    static func describe(_ tokens: [TaggerToken], gazetteer g: EntityGazetteer)
        -> (words: [Word], arena: [UInt8], lowers: [String]) {
        let texts = tokens.map { normalizeApostrophes($0.text) }
        let keys = texts.map { EntityGazetteer.phraseKey($0) }
        let facts = keys.map { g.words[$0] }
        var arena = constants
        arena.reserveCapacity(constants.count + tokens.count * 24)
        // Each token's gazetteer tag, written into the arena now: "B" or "I", then the kind.
        let phrase = phraseTags(keys, facts: facts, gazetteer: g, into: &arena)
        var words: [Word] = []
        words.reserveCapacity(texts.count)
        var lowers: [String] = []
        lowers.reserveCapacity(texts.count)
        for (i, text) in texts.enumerated() {
            let lowerStart = arena.count
            var lowerText = lowercased(text)
            lowers.append(lowerText)
            lowerText.withUTF8 { arena.append(contentsOf: $0) }
            let lower = lowerStart..<arena.count
            let classes = TaggerWordClasses.shared.classes(of: lowerText)
            let fineStart = arena.count
            arena.append(contentsOf: classes.fine)
            let coarseStart = arena.count
            arena.append(contentsOf: classes.coarse)
            let capitalStart = arena.count
            arena.append(classes.capital)
            // Byte lengths of the first and last k scalars of `lower` (UTF-8 continuation bytes are 0b10xxxxxx); in
            // ASCII every byte is one scalar.
            var prefixes = (0, 0, 0), suffixes = (0, 0, 0)
            arena.withUnsafeBufferPointer { bytes in
                var ascii = true
                for k in lower where bytes[k] >= 0x80 {
                    ascii = false
                    break
                }
                let count = lower.count
                if ascii {
                    prefixes = (min(1, count), min(2, count), min(3, count))
                    suffixes = (min(2, count), min(3, count), min(4, count))
                    return
                }
                var scalars = 0
                for k in lower where bytes[k] & 0xC0 != 0x80 { scalars += 1 }
                // The byte offset (from the start of `lower`) of the scalar boundary before scalar `n`.
                func boundary(_ n: Int) -> Int {
                    if n >= scalars { return count }
                    var seen = 0
                    for k in lower where bytes[k] & 0xC0 != 0x80 {
                        if seen == n { return k - lower.lowerBound }
                        seen += 1
                    }
                    return count
                }
                func prefix(_ k: Int) -> Int { boundary(min(k, scalars)) }
                func suffix(_ k: Int) -> Int { count - boundary(max(0, scalars - k)) }
                prefixes = (prefix(1), prefix(2), prefix(3))
                suffixes = (suffix(2), suffix(3), suffix(4))
            }
            let shapeStart = arena.count
            appendShape(of: text, to: &arena)
            let lists = facts[i]?.lists ?? []
            words.append(Word(
                lower: lower,
                shape: shapeStart..<arena.count,
                gazetteer: phrase[i] ?? noPhrase,
                prefixLengths: prefixes,
                suffixLengths: suffixes,
                firstName: lists.contains(.firstNames),
                role: lists.contains(.roles) && !hasSpace(keys[i]),
                fineClass: fineStart..<coarseStart,
                coarseClass: coarseStart..<capitalStart,
                capitalClass: capitalStart..<(capitalStart + 1)))
        }
        return (words, arena, lowers)
    }

    /// Whether a key holds a space (is several words), read from its UTF-8 bytes.
    @inline(__always)
    static func hasSpace(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { $0.contains(0x20) }
    }

    /// `String.lowercased()`, without its cost for the common word with no capital and no non-ASCII scalar.
    @inline(__always)
    static func lowercased(_ text: String) -> String {
        var plain = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            plain = false
            break
        }
        return plain ? text : text.lowercased()
    }

    /// The word with every apostrophe `TaggerTokenizer` knows written `'`, as the training script reads it.
    static func normalizeApostrophes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "'" && TaggerTokenizer.isApostrophe($0) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(TaggerTokenizer.isApostrophe(s) ? "'" : s) }
        return String(out)
    }

    /// The longest gazetteer phrase (up to five tokens) starting at each token not yet covered, as B/I + kind.
    /// Each tag is written to `arena` ("B" or "I", then the kind's name); the result is where.
    static func phraseTags(_ keys: [String], facts: [WordFacts?], gazetteer g: EntityGazetteer,
                           into arena: inout [UInt8]) -> [Range<Int>?] {
        var tags = [Range<Int>?](repeating: nil, count: keys.count)
        var i = 0
        while i < keys.count {
            // No name starts with a word the gazetteer does not list as starting one. A token whose key is several
            // words ("U.S." → `u s`) has its phrase lengths noted under its first word: try every length there.
            let listed = hasSpace(keys[i]) ? 5 : facts[i]?.longestPhrase ?? 0
            let longest = min(5, keys.count - i, listed)
            var found = 0
            var kind = ""
            var phrase = ""
            var length = 1
            while length <= longest {
                let part = keys[i + length - 1]
                if part.isEmpty { break }
                phrase = length == 1 ? part : phrase + " " + part
                if let entry = g.names[phrase]?.first {
                    found = length
                    kind = entry.isAdjective ? "adj" : entry.kind.rawValue
                }
                length += 1
            }
            if found > 0 {
                for k in i..<(i + found) {
                    let start = arena.count
                    arena.append(k == i ? 0x42 : 0x49)  // B, I
                    arena.append(contentsOf: kind.utf8)
                    tags[k] = start..<arena.count
                }
                i += found
            } else {
                i += 1
            }
        }
        return tags
    }

    /// Word shape with runs collapsed, at most six classes: "Putin" → Xx, "NATO" → X, "1996-08-22" → d-d-d.
    static func shape(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        appendShape(of: text, to: &bytes)
        return bytes
    }

    /// Appends the UTF-8 of `shape(text)` to `out`.
    static func appendShape(of text: String, to out: inout [UInt8]) {
        var last: Unicode.Scalar? = nil
        var classes = 0
        for s in text.unicodeScalars {
            let c: Unicode.Scalar
            if s.isASCII {
                let v = s.value
                c = v >= 0x41 && v <= 0x5A ? "X" : v >= 0x61 && v <= 0x7A ? "x" : v >= 0x30 && v <= 0x39 ? "d" : s
            } else {
                let p = s.properties
                if p.isUppercase {
                    c = "X"
                } else if p.isLowercase || isLetter(p.generalCategory) {
                    c = "x"
                } else if p.numericType == .decimal || p.numericType == .digit {
                    c = "d"
                } else {
                    c = s
                }
            }
            // Runs collapse; only the first six classes are kept.
            guard last != c else { continue }
            last = c
            if c.isASCII { out.append(UInt8(truncatingIfNeeded: c.value)) } else { out.append(contentsOf: c.utf8) }
            classes += 1
            if classes == 6 { return }
        }
    }

    private static func isLetter(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
