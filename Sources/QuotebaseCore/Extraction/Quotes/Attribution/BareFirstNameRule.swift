/// A sentence that opens with a bare first name and ends with a colon before the quote is that person's:
/// "Patrizia invece gestisce un negozio di calzature sulla piazza: "Abito in zona …"" (RomaToday), the way vox-pop
/// articles bring in residents and shopkeepers. The entity tagger often misses such a lone first name; a word of the
/// gazetteer's first names, capitalized, opening the sentence and followed by a lower-case word, is taken as it is
/// written. Not before "di/del" ("Ira dei cittadini:", a noun) nor in German ("Darin …:"), where sentence-opening
/// adverbs look like first names.
extension QuoteAttributor {
    func bareFirstNameOpener(_ prefix: Range<Int>) -> QuoteSpeaker? {
        guard !prefix.isEmpty else { return nil }
        let sentenceWord = text.wordIndex(atOrAfter: text.sentenceStart(containing: words[prefix.lowerBound].start))
        let w = max(sentenceWord, prefix.lowerBound)
        guard headFirst, w + 1 < prefix.upperBound, words[w].isCapitalized, !words[w + 1].isCapitalized,
              !gapHasBoundary(w, w + 1), !word(w, is: .function), !word(w, is: .determiner), !word(w, is: .stop),
              !word(w + 1, is: .agent), !word(w + 1, is: .stop), !word(w + 1, is: .determiner),
              EntityGazetteer.shared.firstNames.contains(words[w].key),
              mentions(overlapping: words[w].start, words[w].end).isEmpty else { return nil }
        return QuoteSpeaker(surface: text.string(words[w].start, words[w].end), entity: nil)
    }
}
