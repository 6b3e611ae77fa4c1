/// The tagger's spans read onto the recognizer's own tokens: which kind the tagger gives a token, and how sure it
/// is. The two tokenizers differ (the tagger keeps punctuation and elided articles as tokens), so a recognizer token
/// takes the kind of the tagger span it overlaps. The recognizer tags each part once; the rules and `TaggedNames`
/// read the same spans.
struct TaggerVerdicts {
    private struct Span {
        var kind: TaggerLabel.Kind
        var margin: Float
    }

    /// False when the part was not tagged (no model for the language, an all-caps headline): no verdicts.
    private let available: Bool
    /// Per recognizer token: the index into `spans` of the tagger span overlapping it.
    private var spanAt: [Int?]
    private var spans: [Span] = []

    /// Verdicts from the tagger's spans of the text these recognizer tokens were cut from (`EntityTagger.spans(in:)`,
    /// in order); nil for none.
    init(spans tagged: [EntityTagger.Span]?, tokens: [EntityToken]) {
        available = tagged != nil
        spanAt = [Int?](repeating: nil, count: tagged == nil ? 0 : tokens.count)
        guard let tagged else { return }
        var k = 0
        for span in tagged {
            while k < tokens.count, tokens[k].end <= span.start { k += 1 }
            var e = k
            while e < tokens.count, tokens[e].start < span.end { e += 1 }
            // A recognizer token shared by two tagger spans keeps the first.
            let first = k < tokens.count && spanAt[k] == nil ? k : k + 1
            guard e > first else { continue }
            for t in first..<e { spanAt[t] = spans.count }
            spans.append(Span(kind: span.kind, margin: span.margin))
            k = e
        }
    }

    private func span(at token: Int) -> Span? { spanAt[token].map { spans[$0] } }

    /// The tagger's kind for the tokens [a, b): the kind of most of them, when tagger spans of at least
    /// `minimumMargin` cover at least half; nil when the tagger sees no entity there (or is not sure enough).
    func verdict(_ a: Int, _ b: Int, minimumMargin: Float = 0) -> TaggerLabel.Kind? {
        guard a < b, available else { return nil }
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
