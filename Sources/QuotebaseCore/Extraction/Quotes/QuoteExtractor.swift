/// Finds the direct, partial and headline quotations of an article and who said them.
///
/// ```swift
/// let entities = EntityRecognizer().recognize(article)
/// for quote in QuoteExtractor().extract(from: article, entities: entities) {
///     print(quote.speakers.map(\.surface), quote.text)
/// }
/// ```
///
/// The title and the body are scanned separately (title quotes are `.headline`). Speakers and targets index
/// `entities.entities`; a speaker the index does not know keeps the article's words ("il titolare", "a spokesman").
/// Extraction is linear in the text length: marks are paired in one pass, and every rule looks at a bounded window.
public struct QuoteExtractor: Sendable {
    public init() {}

    public func extract(from article: Article, entities: ArticleEntities) -> [ExtractedQuote] {
        let lexicon = SpeechCueLexicon.forLanguage(article.lang)
        var out: [ExtractedQuote] = []
        var seen: Set<String> = []
        if let title = article.title, !title.isEmpty {
            out += extract(QuoteText(title, part: .title), lang: article.lang, lexicon: lexicon, entities: entities)
        }
        out += extract(QuoteText(article.body, part: .body), lang: article.lang, lexicon: lexicon, entities: entities)
        // A quote printed twice (a title repeated as the first body line) is stored once. Folding costs more than
        // finding the quote, so a lone quote skips it.
        guard out.count > 1 else { return out }
        return out.filter { seen.insert(Normalizer.key($0.text)).inserted }
    }

    private func extract(_ text: QuoteText, lang: String, lexicon: SpeechCueLexicon,
                         entities: ArticleEntities) -> [ExtractedQuote] {
        let scanned = QuoteMarkScanner(text: text, lang: lang).scan()
        let candidates = QuoteSpanRefiner(text: text, lexicon: lexicon).refine(scanned)
        guard !candidates.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        // Quoted text, without the inline attributions between two halves ("- spiega la titolare X -").
        for c in candidates where c.depth == 0 {
            let r = c.outerStart, e = c.outerEnd
            if let last = ranges.last, last.upperBound > r {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, e)
            } else {
                ranges.append(r..<e)
            }
        }
        var attributor = QuoteAttributor(text: text, lexicon: lexicon, entities: entities, quoteRanges: ranges,
                                         lang: lang)
        let targetFinder = QuoteTargetFinder(text: text, lexicon: lexicon, entities: entities, attributor: attributor,
                                             lang: lang)
        var out: [ExtractedQuote] = []
        var outerSpeakers: [QuoteSpeaker] = []
        var outerRange = 0..<0
        var headings: [Int] = []
        for (i, c) in candidates.enumerated() {
            let bounds: Range<Int>
            if c.depth > 0, let outer = candidates[..<i].last(where: {
                $0.depth == 0 && $0.contentStart <= c.contentStart && c.contentEnd <= $0.contentEnd
            }) {
                bounds = outer.contentStart..<outer.contentEnd
            } else {
                bounds = 0..<text.count
            }
            // Neighbouring top-level quotes bound where a cue may be looked for.
            let previousEnd = c.depth == 0 ? (candidates[..<i].last { $0.depth == 0 && $0.scanned != c.scanned }?.outerEnd ?? 0) : 0
            let nextStart = c.depth == 0 ? (candidates[(i + 1)...].first { $0.depth == 0 && $0.scanned != c.scanned }?.outerStart ?? text.count) : text.count
            var a = attributor.attribute(c, bounds: bounds, neighbours: (min(previousEnd, c.outerStart), max(nextStart, c.outerEnd)))
            // The two halves around an inline attribution ("«A – ha detto X – B»") are one quote with one speaker;
            // names inside the attribution ("al collegio presieduto dal giudice Y") must not take the second half.
            if let cue = c.inlineCue, i > 0, candidates[i - 1].inlineCue == cue, candidates[i - 1].scanned == c.scanned,
               let first = out.last, first.span.end == candidates[i - 1].contentEnd {
                a.speakers = first.speakers
                a.rule = first.rule ?? a.rule
            }
            if c.depth > 0, a.speakers.isEmpty || a.confidence < 0.6, outerRange.contains(c.contentStart) {
                a.speakers = outerSpeakers
                a.rule = .outerQuote
            }
            if c.depth == 0 {
                outerSpeakers = a.speakers
                outerRange = c.contentStart..<c.contentEnd
            }
            // A few words nobody is said to have said are a term or a scare quote (“giacca”, “di affari”).
            if a.speakers.isEmpty, a.cue == nil, c.inlineCue == nil, wordCount(c, in: text) <= 4 { continue }
            if a.fromContext, a.cue == nil, c.inlineCue == nil, isScareQuote(c, in: text) { continue }
            let quoteKind = kind(of: c, in: text, attribution: a, lexicon: lexicon)
            let found = targetFinder.targets(of: c, speakers: a.speakers, kind: quoteKind)
            if HeadingQuoteRule.isHeading(c, in: text, fromContext: a.fromContext) { headings.append(out.count) }
            out.append(ExtractedQuote(
                text: text.string(c.contentStart, c.contentEnd),
                span: TextSpan(part: text.part, start: c.contentStart, end: c.contentEnd),
                kind: quoteKind,
                cue: a.cue,
                speakers: a.speakers,
                targets: found.map(\.entity),
                confidence: RulePrecisionTable.shipped.precision(of: a.rule, lang: lang) ?? min(1, max(0, a.confidence)),
                rule: a.rule,
                candidates: a.candidates,
                targetEvidence: found.map { TargetEvidence(how: $0.how, confidence: $0.confidence) }))
        }
        if !headings.isEmpty { HeadingQuoteRule.apply(&out, headings: headings, lang: lang) }
        return out
    }

    /// One or two words in “ ” or " " inside a running sentence, with no cue of their own: a term or a scare
    /// quote (soggetto “sospetto” e in borghese, Cuba's "convertible" peso, the "strong dollar" policy). Words
    /// in « » are left alone: Italian prose keeps them for speech (Furti «viscerali» e traffico «insostenibile»).
    private func isScareQuote(_ c: QuoteCandidate, in text: QuoteText) -> Bool {
        guard c.depth == 0, let open = c.scanned.open, c.scanned.close != nil, wordCount(c, in: text) <= 2 else { return false }
        let mark = text.scalars[open]
        if mark == "«" || mark == "»" || mark == "‹" || mark == "›" || mark == "„" { return false }
        var k = open - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        // After a word of the same sentence, not after a colon, a dash or the sentence start.
        return k >= 0 && (QuoteText.isLetterOrDigit(text.scalars[k]) || text.scalars[k] == "'" || text.scalars[k] == "’")
    }

    private func wordCount(_ c: QuoteCandidate, in text: QuoteText) -> Int {
        let first = text.wordIndex(atOrAfter: c.contentStart)
        return text.wordIndex(atOrAfter: c.contentEnd) - first
    }

    private func kind(of c: QuoteCandidate, in text: QuoteText, attribution: QuoteAttributor.Attribution,
                      lexicon: SpeechCueLexicon) -> QuoteKind {
        if text.part == .title { return .headline }
        let paragraphStart = text.paragraphStart(containing: c.outerStart)
        let paragraphEnd = text.paragraphEnd(containing: c.outerStart)
        if attribution.viaLabel, paragraphEnd - paragraphStart < 160, paragraphEnd == c.outerEnd {
            return .headline
        }
        guard c.inlineCue == nil, let open = c.scanned.open else { return .direct }
        let sentenceStart = text.sentenceStart(containing: open)
        var k = open - 1
        while k >= sentenceStart, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        if k < sentenceStart || text.scalars[k] == ":" || text.scalars[k] == "," || text.scalars[k] == ";"
            || QuoteText.isDash(text.scalars[k]) || QuoteMarkScanner.isQuoteMark(text.scalars[k]) {
            return QuoteText.isUppercase(text.scalars[c.contentStart]) || k < sentenceStart ? .direct : .partial
        }
        return .partial
    }
}
