/// Finds whom or what one quote is about, by the rules of the seed's TARGETS.md, each a small unit of its own:
///
/// - `InsideQuoteTargets`: entities named inside the quoted words (not an interjected speaker, not junk names);
/// - `ReportingObjectTargets`: the stated object of the reporting clause and a question the quote answers;
/// - `PartialSubjectTargets`: what a partial quote is said of;
/// - `QuoteCoreference`: "il Paese", "the company", "le Premier ministre" inside the quote, resolved to an entity
///   named in the quote's sentence.
///
/// A target is never one of the quote's speakers. The first rule to find an entity gives its provenance; a later
/// rule finding it again only raises its confidence.
struct QuoteTargetFinder {
    let text: QuoteText
    let lexicon: SpeechCueLexicon
    let entities: ArticleEntities
    let attributor: QuoteAttributor
    let lang: String
    let cueWords: [ReportingObjectTargets.CueObject]
    /// Entities named in this part only by junk words (see `InsideQuoteTargets.isJunkEntity`), found once.
    let junkEntities: Set<Int>
    /// People by the role keys the article gives them (roles of at most three words), found once.
    let roleHolders: [String: Set<Int>]
    /// How far from a quote (in scalars) a rule looks for what a pronoun, description or question names: the
    /// bound keeps one sentence of many quotes linear.
    static let contextReach = 1_000

    init(text: QuoteText, lexicon: SpeechCueLexicon, entities: ArticleEntities, attributor: QuoteAttributor,
         lang: String) {
        self.text = text
        self.lexicon = lexicon
        self.entities = entities
        self.attributor = attributor
        self.lang = lang
        cueWords = ReportingObjectTargets.cueObjectWords(in: text, lexicon: lexicon, lang: lang)
        junkEntities = Set(entities.entities.indices.filter {
            InsideQuoteTargets.isJunkEntity(entities.entities[$0], text: text)
        })
        var holders: [String: Set<Int>] = [:]
        for (e, entity) in entities.entities.enumerated() where entity.kind == .person {
            for role in entity.roles {
                let key = Normalizer.key(role)
                if key.split(separator: " ").count <= 3 { holders[key, default: []].insert(e) }
            }
        }
        roleHolders = holders
    }

    /// One found target: the entity index, how it was found and how sure that is.
    struct Found: Equatable {
        var entity: Int
        var how: TargetSource
        var confidence: Double
    }

    /// The quote's sentence bounds, computed once per quote for every rule.
    struct Scope {
        var candidate: QuoteCandidate
        var sentenceStart: Int
        var sentenceEnd: Int
        var speakers: Set<Int>
        var isPartial: Bool
    }

    func targets(of c: QuoteCandidate, speakers: [QuoteSpeaker], kind: QuoteKind) -> [Found] {
        let scope = Scope(candidate: c,
                          sentenceStart: text.sentenceStart(containing: c.outerStart),
                          sentenceEnd: text.sentenceEnd(containing: max(c.outerStart, c.outerEnd - 1)),
                          speakers: Set(speakers.compactMap(\.entity)),
                          isPartial: kind == .partial)
        var out: [Found] = []
        func add(_ found: [Found]) {
            for f in found where !scope.speakers.contains(f.entity) {
                if let k = out.firstIndex(where: { $0.entity == f.entity }) {
                    out[k].confidence = max(out[k].confidence, f.confidence)
                } else {
                    out.append(f)
                }
            }
        }
        add(InsideQuoteTargets(finder: self).targets(in: scope))
        add(ReportingObjectTargets(finder: self).targets(in: scope))
        add(PartialSubjectTargets(finder: self).targets(in: scope))
        add(QuoteCoreference(finder: self).targets(in: scope))
        return out
    }

    // MARK: Shared helpers

    /// Mentions in `start..<end` outside every quotation of the text.
    func outsideMentions(_ start: Int, _ end: Int) -> [ArticleEntities.Located] {
        guard start < end else { return [] }
        return attributor.mentions(overlapping: start, end).map(\.located)
            .filter { $0.mention.span.start >= start && $0.mention.span.end <= end }
    }

    /// The space between words `k - 1` and `k` holds punctuation that ends a phrase (, ; : quote marks brackets
    /// dashes), or `k` is the first word.
    func phraseBreak(before k: Int) -> Bool {
        guard k > 0, k < text.words.count else { return true }
        for i in text.words[k - 1].end..<text.words[k].start {
            let s = text.scalars[i]
            if s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "." || s == "?" || s == "!"
                || QuoteText.isDash(s) || QuoteMarkScanner.isQuoteMark(s) { return true }
        }
        return false
    }

    /// The noun phrase starting at word `first`: up to `limit` words, ending before punctuation, a speech verb,
    /// a relative pronoun or the quote; as a scalar range.
    func phrase(from first: Int, limit: Int = 8, notInto quote: QuoteCandidate) -> Range<Int>? {
        let words = text.words
        guard first < words.count, words[first].end <= quote.outerStart || words[first].start >= quote.outerEnd
        else { return nil }
        var last = first
        var k = first + 1
        while k < words.count, k - first < limit, !phraseBreak(before: k),
              !lexicon.isVerb(words[k]), !lexicon.contains(words[k].key, .relative),
              words[k].start < quote.outerStart || words[first].start >= quote.outerEnd {
            last = k
            k += 1
        }
        return words[first].start..<words[last].end
    }
}
