/// The sentences of one article as the tagger's features read them, with the document features of each token: what
/// the article's other occurrences of the same word say about it (after Chieu & Ng 2002). A capitalized word that
/// the article also writes in lower case is likely a common word at a sentence's start; one that follows "Angela"
/// or "Präsident" elsewhere is likely a person; one that also stands before "AG" an organization.
///
/// Each occurrence of a word contributes bits (`Occurrence`); a token's document values are the bits of the other
/// occurrences of its word (its own left out), as `DocumentCounts` and `document_values` in nerlib.py compute them.
struct TaggerDocument {
    struct Occurrence: OptionSet {
        let rawValue: UInt8
        static let lower = Occurrence(rawValue: 1 << 0)
        static let inside = Occurrence(rawValue: 1 << 1)
        static let titled = Occurrence(rawValue: 1 << 2)
        static let article = Occurrence(rawValue: 1 << 3)
        static let company = Occurrence(rawValue: 1 << 4)
        static let first = Occurrence(rawValue: 1 << 5)
        static let middle = Occurrence(rawValue: 1 << 6)
        static let last = Occurrence(rawValue: 1 << 7)
    }

    private struct Sentence {
        var words: [TaggerFeatures.Word]
        var arena: [UInt8]
        var lowers: [String]
        var own: [Occurrence]
        /// Per token: its word's index in `counts`, or -1 for a word with no bit.
        var entries: [Int32]
    }

    private var sentences: [Sentence] = []
    /// Per word: how many of its occurrences have each bit.
    private var counts: [SIMD8<UInt16>] = []
    /// Each word with a bit → its index in `counts`.
    private var index: [String: Int32] = [:]

    var count: Int { sentences.count }

    /// Words after which a capitalized word reads as a common noun or an organization's name (nerlib.ARTICLES).
    static let articles: Set<String> = Set(("der die das den dem des ein eine einen einem einer eines "
        + "il lo la i gli le l' un una uno del della dello dei degli delle al alla nel nella dal dalla "
        + "el los las al les du au aux une the").split(separator: " ").map(String.init))
    /// Words that end a company's name (nerlib.COMPANY_SUFFIXES).
    static let companySuffixes: Set<String> = Set(("inc inc. corp corp. ltd ltd. co co. plc llc gmbh ag kg se "
        + "s.p.a. spa s.r.l. srl s.a. sa nv n.v. bv ab asa oyj sarl s.l. holding holdings group")
        .split(separator: " ").map(String.init))

    init(sentences tokenized: [[TaggerToken]], gazetteer: EntityGazetteer) {
        sentences.reserveCapacity(tokenized.count)
        for tokens in tokenized {
            let (words, arena, lowers) = TaggerFeatures.describe(tokens, gazetteer: gazetteer)
            let own = Self.occurrences(words, lowers, arena)
            var entries = [Int32](repeating: -1, count: own.count)
            for (i, bits) in own.enumerated() where !bits.isEmpty {
                let entry: Int32
                if let known = index[lowers[i]] {
                    entry = known
                } else {
                    entry = Int32(counts.count)
                    index[lowers[i]] = entry
                    counts.append(SIMD8(repeating: 0))
                }
                entries[i] = entry
                counts[Int(entry)] &+= Self.vector(bits)
            }
            sentences.append(Sentence(words: words, arena: arena, lowers: lowers, own: own, entries: entries))
        }
    }

    private static func vector(_ bits: Occurrence) -> SIMD8<UInt16> {
        let b = bits.rawValue
        return SIMD8(UInt16(b & 1), UInt16(b >> 1 & 1), UInt16(b >> 2 & 1), UInt16(b >> 3 & 1),
                     UInt16(b >> 4 & 1), UInt16(b >> 5 & 1), UInt16(b >> 6 & 1), UInt16(b >> 7 & 1))
    }

    /// The bits of each token of a sentence (nerlib.occurrence_bits).
    static func occurrences(_ words: [TaggerFeatures.Word], _ lowers: [String], _ arena: [UInt8]) -> [Occurrence] {
        let n = words.count
        let initials = words.map { $0.shape.isEmpty ? 0 : arena[$0.shape.lowerBound] }
        let capital = UInt8(ascii: "X"), small = UInt8(ascii: "x")
        var out = [Occurrence](repeating: [], count: n)
        for i in 0..<n {
            if initials[i] == small {
                out[i] = .lower
                continue
            }
            guard initials[i] == capital else { continue }
            var bits: Occurrence = []
            if i > 0 {
                bits.insert(.inside)
                if words[i - 1].firstName || words[i - 1].role { bits.insert(.titled) }
                if articles.contains(lowers[i - 1]) { bits.insert(.article) }
            }
            if i + 1 < n, companySuffixes.contains(lowers[i + 1]) { bits.insert(.company) }
            let before = i > 0 && initials[i - 1] == capital, after = i + 1 < n && initials[i + 1] == capital
            if after && !before {
                bits.insert(.first)
            } else if after && before {
                bits.insert(.middle)
            } else if before {
                bits.insert(.last)
            }
            out[i] = bits
        }
        return out
    }

    /// The feature hashes of sentence `k`, `TaggerFeatures.templateCount` per token.
    func hashes(ofSentence k: Int) -> [UInt64] {
        var sentence = sentences[k]
        let n = sentence.words.count
        var values = [TaggerFeatures.DocumentValues](repeating: .none, count: n)
        let zero = UInt8(ascii: "0"), one = UInt8(ascii: "1")
        for i in 0..<n {
            let word = sentence.words[i]
            guard !word.shape.isEmpty, sentence.arena[word.shape.lowerBound] == UInt8(ascii: "X") else { continue }
            var elsewhere: UInt8 = 0
            // A word whose occurrence here has no bit (a capitalized sentence's first word alone) may have others.
            let entry = sentence.entries[i] >= 0 ? sentence.entries[i] : index[sentence.lowers[i]] ?? -1
            if entry >= 0 {
                let c = counts[Int(entry)] &- Self.vector(sentence.own[i])
                for b in 0..<8 where c[b] > 0 { elsewhere |= 1 << UInt8(b) }
            }
            @inline(__always) func bit(_ b: Occurrence) -> UInt8 { elsewhere & b.rawValue != 0 ? one : zero }
            let a = sentence.arena.count
            sentence.arena.append(contentsOf: [bit(.lower), bit(.inside), UInt8(ascii: "|"),
                                               i == 0 ? zero : UInt8(ascii: "n"),
                                               bit(.titled), bit(.article), bit(.company),
                                               bit(.first), bit(.middle), bit(.last)])
            values[i] = TaggerFeatures.DocumentValues(lowerInside: a..<(a + 4), context: (a + 4)..<(a + 7),
                                                      run: (a + 7)..<(a + 10))
        }
        return TaggerFeatures.hashes(of: sentence.words, document: values, arena: sentence.arena)
    }
}
