/// The feature templates of the entity tagger, hashed as `scripts/ner/nerlib.py` hashes them.
///
/// Each feature is a string such as `w-1=the` or `sh=Xx`, identified by the 64-bit FNV-1a hash of its UTF-8
/// bytes; the strings are never built, their pieces are hashed in turn. The templates, their order and their
/// values must match `sentence_features` in nerlib.py exactly; `TaggerParityTests` holds the two together.
struct TaggerFeatures {
    /// What the templates read of one token, computed once per token. Prefixes and suffixes are byte counts of
    /// `lower` (they end on scalar boundaries).
    struct Word {
        var lower: [UInt8]
        var shape: [UInt8]
        var prefixLengths: (Int, Int, Int)  // 1, 2, 3 scalars
        var suffixLengths: (Int, Int, Int)  // 2, 3, 4 scalars
        var gazetteer: [UInt8]  // "Bcountry", "Iorganization", "Badj"... or "-"
        var firstName: Bool
        var role: Bool
    }

    static let templateCount = 29

    /// Hashes of every feature of every token, `templateCount` per token.
    static func hashes(of tokens: [TaggerToken], gazetteer: EntityGazetteer) -> [UInt64] {
        let words = describe(tokens, gazetteer: gazetteer)
        let n = words.count
        var out = [UInt64](repeating: 0, count: n * templateCount)
        let start: [UInt8] = Array("<s>".utf8), end: [UInt8] = Array("</s>".utf8), outside: [UInt8] = [0x2E]
        let one: [UInt8] = [0x31, 0x7C], zero: [UInt8] = [0x30, 0x7C], initial: [UInt8] = [0x30, 0x7C]
        let later: [UInt8] = [0x6E, 0x7C]
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
            func put(_ h: UInt64) {
                out[k] = h
                k += 1
            }
            put(FNV(state: t[0]).value)
            put(FNV(state: t[1]).add(lower).value)
            put(FNV(state: t[2]).add(w1).value)
            put(FNV(state: t[3]).add(n1).value)
            put(FNV(state: t[4]).add(w2).value)
            put(FNV(state: t[5]).add(n2).value)
            put(FNV(state: t[6]).add(w1).bar().add(lower).value)
            put(FNV(state: t[7]).add(lower).bar().add(n1).value)
            put(FNV(state: t[8]).add(shape).value)
            put(FNV(state: t[9]).add(s1).value)
            put(FNV(state: t[10]).add(t1).value)
            put(FNV(state: t[11]).add(s1).bar().add(shape).value)
            put(FNV(state: t[12]).add(shape).bar().add(t1).value)
            put(FNV(state: t[13]).add(lower, count: word.prefixLengths.0).value)
            put(FNV(state: t[14]).add(lower, count: word.prefixLengths.1).value)
            put(FNV(state: t[15]).add(lower, count: word.prefixLengths.2).value)
            put(FNV(state: t[16]).add(lower, last: word.suffixLengths.0).value)
            put(FNV(state: t[17]).add(lower, last: word.suffixLengths.1).value)
            put(FNV(state: t[18]).add(lower, last: word.suffixLengths.2).value)
            put(FNV(state: t[19]).add(i == 0 ? initial : later).add(shape).value)
            put(FNV(state: t[20]).add(g0).value)
            put(FNV(state: t[21]).add(g1).value)
            put(FNV(state: t[22]).add(h1).value)
            put(FNV(state: t[23]).add(g0).bar().add(shape).value)
            put(FNV(state: t[24]).add(word.firstName ? one : zero).add(shape).value)
            put(FNV(state: t[25]).add(i > 0 && words[i - 1].firstName ? one : zero).add(shape).value)
            put(FNV(state: t[26]).add(i > 0 && words[i - 1].role ? one : zero).add(shape).value)
            put(FNV(state: t[27]).add(w1).bar().add(shape).value)
            put(FNV(state: t[28]).add(shape).bar().add(n1).value)
        }
        return out
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
    ]

    /// The FNV state after each template's name, hashed once rather than for every token.
    private static let templateStates: [UInt64] = templates.map { FNV($0).value }

    /// 64-bit FNV-1a, fed piece by piece so that no feature string is ever built.
    struct FNV {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325

        @inline(__always)
        init(state: UInt64) { value = state }

        @inline(__always)
        init(_ template: StaticString) {
            template.withUTF8Buffer { for byte in $0 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 } }
        }

        @inline(__always)
        func add(_ bytes: [UInt8]) -> FNV {
            var copy = self
            for byte in bytes { copy.value = (copy.value ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return copy
        }

        @inline(__always)
        func add(_ bytes: [UInt8], count: Int) -> FNV {
            var copy = self
            for index in 0..<count { copy.value = (copy.value ^ UInt64(bytes[index])) &* 0x100_0000_01B3 }
            return copy
        }

        @inline(__always)
        func add(_ bytes: [UInt8], last count: Int) -> FNV {
            var copy = self
            for index in (bytes.count - count)..<bytes.count {
                copy.value = (copy.value ^ UInt64(bytes[index])) &* 0x100_0000_01B3
            }
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

    static func describe(_ tokens: [TaggerToken], gazetteer g: EntityGazetteer) -> [Word] {
        let texts = tokens.map { normalizeApostrophes($0.text) }
        let keys = texts.map { EntityGazetteer.phraseKey($0) }
        let facts = keys.map { g.words[$0] }
        let phrase = phraseTags(keys, facts: facts, gazetteer: g)
        var words: [Word] = []
        words.reserveCapacity(texts.count)
        for (i, text) in texts.enumerated() {
            let lower = Array(lowercased(text).utf8)
            // Byte offsets of scalar boundaries in `lower` (UTF-8 continuation bytes are 0b10xxxxxx); in ASCII
            // every byte is one.
            var boundaries: [Int] = []
            if lower.contains(where: { $0 >= 0x80 }) {
                boundaries.reserveCapacity(lower.count + 1)
                for (offset, byte) in lower.enumerated() where byte & 0xC0 != 0x80 { boundaries.append(offset) }
                boundaries.append(lower.count)
            }
            let scalars = boundaries.isEmpty ? lower.count : boundaries.count - 1
            func boundary(_ k: Int) -> Int { boundaries.isEmpty ? k : boundaries[k] }
            func prefix(_ k: Int) -> Int { boundary(min(k, scalars)) }
            func suffix(_ k: Int) -> Int { lower.count - boundary(max(0, scalars - k)) }
            let lists = facts[i]?.lists ?? []
            words.append(Word(
                lower: lower,
                shape: shape(text),
                prefixLengths: (prefix(1), prefix(2), prefix(3)),
                suffixLengths: (suffix(2), suffix(3), suffix(4)),
                gazetteer: phrase[i].map { Array($0.utf8) } ?? noPhrase,
                firstName: lists.contains(.firstNames),
                role: lists.contains(.roles) && !keys[i].contains(" ")))
        }
        return words
    }

    private static let noPhrase: [UInt8] = [0x2D]

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
    static func phraseTags(_ keys: [String], facts: [WordFacts?], gazetteer g: EntityGazetteer) -> [String?] {
        var tags = [String?](repeating: nil, count: keys.count)
        var i = 0
        while i < keys.count {
            // No name starts with a word the gazetteer does not list as starting one. A token whose key is several
            // words ("U.S." → `u s`) has its phrase lengths noted under its first word: try every length there.
            let listed = keys[i].utf8.contains(0x20) ? 5 : facts[i]?.longestPhrase ?? 0
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
                tags[i] = "B" + kind
                for k in (i + 1)..<(i + found) { tags[k] = "I" + kind }
                i += found
            } else {
                i += 1
            }
        }
        return tags
    }

    /// Word shape with runs collapsed, at most six classes: "Putin" → Xx, "NATO" → X, "1996-08-22" → d-d-d.
    static func shape(_ text: String) -> [UInt8] {
        var out: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            let c: Unicode.Scalar
            if s.isASCII {
                let v = s.value
                c = v >= 0x41 && v <= 0x5A ? "X" : v >= 0x61 && v <= 0x7A ? "x" : v >= 0x30 && v <= 0x39 ? "d" : s
                if out.last != c { out.append(c) }
                continue
            }
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
            if out.last != c { out.append(c) }
        }
        var bytes: [UInt8] = []
        for s in out.prefix(6) { bytes.append(contentsOf: s.utf8) }
        return bytes
    }

    private static func isLetter(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
