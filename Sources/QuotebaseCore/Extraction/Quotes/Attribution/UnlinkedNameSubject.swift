/// A cue's subject the entity index did not link may still be a person's name: "Mats Schönauer schreibt dazu in
/// seinem kritischen Blog: „…“" (German Wikinews train), where the tagger missed the name. The learned ranker,
/// which sees such a subject only as "unresolved", took it for a slip of the subject finder and gave the quote to
/// a person named earlier.
///
/// A name is two or three capitalised words, the first a known first name, with no article: German capitalises
/// every noun, so a capital alone says nothing, but "Die Deutsche Welle" or "Abschluss des Treffens" open with no
/// first name.
extension QuoteAttributor {
    func isUnlinkedName(_ speaker: QuoteSpeaker) -> Bool {
        guard speaker.entity == nil else { return false }
        let parts = speaker.surface.split(separator: " ")
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ $0.unicodeScalars.first.map(QuoteText.isUppercase) == true }),
              !lexicon.contains(Normalizer.key(String(parts[0])), .determiner) else { return false }
        return EntityGazetteer.shared.firstNames.contains(Normalizer.key(String(parts[0])))
    }
}
