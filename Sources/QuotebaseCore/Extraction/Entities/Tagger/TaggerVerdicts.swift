/// The tagger's spans read onto the recognizer's own tokens: which kind the tagger gives a token, and how sure it
/// is. The two tokenizers differ (the tagger keeps punctuation and elided articles as tokens), so a recognizer token
/// takes the kind of the tagger span it overlaps.
///
/// A sentence is tagged only when a rule first asks about one of its tokens: most sentences hold no phrase the
/// rules need a verdict on, and tagging them all would double the cost of recognition.
struct TaggerVerdicts {
    private struct Span {
        var kind: TaggerLabel.Kind
        var margin: Float
    }

    private let tagger: EntityTagger?
    private let tokens: [EntityToken]
    private let scalars: [Unicode.Scalar]
    /// Sentence bounds, found when a verdict is first asked for (many texts never ask); a sentence is cut into
    /// tokens only when it is tagged.
    private var sentences: [Range<Int>] = []
    /// Per recognizer token: the tagger sentence holding its start, or nil between sentences.
    private var sentenceOf: [Int?] = []
    private var tagged: [Bool] = []
    private var found = false
    /// Per recognizer token: the index into `spans` of the tagger span overlapping it.
    private var spanAt: [Int?] = []
    private var spans: [Span] = []

    /// Verdicts of `tagger` on the text these recognizer tokens were cut from; with no tagger, no verdicts.
    init(tagger: EntityTagger?, tokens: [EntityToken], scalars: [Unicode.Scalar]) {
        self.tagger = tagger
        self.tokens = tokens
        self.scalars = scalars
    }

    /// Finds the sentences and which one holds each recognizer token.
    private mutating func findSentences() {
        found = true
        sentences = TaggerTokenizer.sentenceRanges(scalars)
        tagged = [Bool](repeating: false, count: sentences.count)
        spanAt = [Int?](repeating: nil, count: tokens.count)
        var sentenceOf = [Int?](repeating: nil, count: tokens.count)
        var s = 0
        for (k, token) in tokens.enumerated() {
            while s < sentences.count, sentences[s].upperBound <= token.start { s += 1 }
            if s < sentences.count, sentences[s].lowerBound < token.end { sentenceOf[k] = s }
        }
        self.sentenceOf = sentenceOf
    }

    private mutating func tagSentence(holding token: Int) {
        guard let tagger else { return }
        if !found { findSentences() }
        guard let s = sentenceOf[token], !tagged[s] else { return }
        tagged[s] = true
        let from = sentences[s].lowerBound, to = sentences[s].upperBound
        // The recognizer tokens inside this sentence.
        var k = token
        while k > 0, tokens[k - 1].end > from { k -= 1 }
        for piece in TaggerTokenizer.sentences(scalars, in: sentences[s]) {
            for span in tagger.spans(in: piece) {
                while k < tokens.count, tokens[k].end <= span.start { k += 1 }
                var e = k
                while e < tokens.count, tokens[e].start < span.end, tokens[e].start < to { e += 1 }
                // A recognizer token shared by two tagger spans keeps the first.
                let first = k < tokens.count && spanAt[k] == nil ? k : k + 1
                guard e > first else { continue }
                for t in first..<e { spanAt[t] = spans.count }
                spans.append(Span(kind: span.kind, margin: span.margin))
                k = e
            }
        }
    }

    private mutating func span(at token: Int) -> Span? {
        tagSentence(holding: token)
        return found ? spanAt[token].map { spans[$0] } : nil
    }

    /// The tagger's kind for the tokens [a, b): the kind of most of them, when tagger spans of at least
    /// `minimumMargin` cover at least half; nil when the tagger sees no entity there (or is not sure enough).
    mutating func verdict(_ a: Int, _ b: Int, minimumMargin: Float = 0) -> TaggerLabel.Kind? {
        guard a < b, tagger != nil else { return nil }
        // Counts per kind in the order of their names (LOC, MISC, ORG, PER): the most tokens wins, a tie goes
        // to the greater name.
        var counts = (0, 0, 0, 0)
        for t in a..<b {
            guard let span = span(at: t), span.margin >= minimumMargin else { continue }
            switch span.kind {
            case .location: counts.0 += 1
            case .miscellaneous: counts.1 += 1
            case .organization: counts.2 += 1
            case .person: counts.3 += 1
            }
        }
        var best: (kind: TaggerLabel.Kind, count: Int)?
        for (kind, count) in [(TaggerLabel.Kind.location, counts.0), (.miscellaneous, counts.1),
                              (.organization, counts.2), (.person, counts.3)] where count > 0 {
            if best == nil || count >= best!.count { best = (kind, count) }
        }
        guard let best, best.count * 2 >= b - a else { return nil }
        return best.kind
    }
}
