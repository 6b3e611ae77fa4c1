/// A short quote that stands alone as a paragraph, inside the article, is a section heading drawn from what the
/// section goes on to quote: "« Nouvelles réformes propices à la croissance »" before Pierre Moscovici's words
/// (Le Monde), "“Haré todo lo necesario”" before Felipe Berríos's statement (Publimetro). It is said by the
/// speaker of the next quote of the article, when a cue names that one.
///
/// Without the rule the heading took the speaker heard before it, the subject of the previous section. Only a
/// heading with no cue of its own, of at most twelve words without a sentence end inside (a paragraph of speech,
/// "« Le pire, c’est la nuit. On est … »", continues its speaker), and not the article's first paragraph (a lead
/// quote, already given to the first person named after it).
enum HeadingQuoteRule {
    static let maxWords = 12

    /// Whether the quote `c` is a heading of `text`, given how the attributor found its speaker.
    static func isHeading(_ c: QuoteCandidate, in text: QuoteText, fromContext: Bool) -> Bool {
        guard fromContext, c.depth == 0, c.inlineCue == nil, text.part == .body,
              c.scanned.open != nil, c.scanned.close != nil else { return false }
        let start = text.paragraphStart(containing: c.outerStart)
        guard start > 0, start == c.outerStart, text.paragraphEnd(containing: c.outerStart) == c.outerEnd else { return false }
        let words = text.wordIndex(atOrAfter: c.contentEnd) - text.wordIndex(atOrAfter: c.contentStart)
        guard words > 0, words <= maxWords else { return false }
        return !(c.contentStart..<c.contentEnd).contains { k in
            let s = text.scalars[k]
            return s == "." || s == "!" || s == "?" || s == "\u{2026}"
        }
    }

    /// The rules that mean a cue named the quote's speaker, rather than the context.
    static func isCued(_ rule: AttributionRule?) -> Bool {
        switch rule {
        case nil, .previousSpeaker?, .namedSince?, .lastNamedPerson?, .leadQuote?, .unattributed?, .noSpeaker?,
             .outerQuote?, .headingQuote?, .questionAnswer?:
            return false
        default:
            return true
        }
    }

    /// Gives each heading in `quotes` (indexes `headings`, in order) the speakers of the next quote, when that one is
    /// cued and comes before the next heading.
    static func apply(_ quotes: inout [ExtractedQuote], headings: [Int], lang: String) {
        for (n, h) in headings.enumerated() {
            let stop = n + 1 < headings.count ? headings[n + 1] : quotes.count
            guard h + 1 < stop, isCued(quotes[h + 1].rule), !quotes[h + 1].speakers.isEmpty else { continue }
            quotes[h].speakers = quotes[h + 1].speakers
            quotes[h].rule = .headingQuote
            quotes[h].cue = nil
            quotes[h].confidence = RulePrecisionTable.shipped.precision(of: .headingQuote, lang: lang)
                ?? min(quotes[h].confidence, quotes[h + 1].confidence)
        }
    }
}
