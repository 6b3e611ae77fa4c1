/// A cue's subject the entity index did not link may still be a person's name: "Mats Schönauer schreibt dazu in
/// seinem kritischen Blog: „…“" (German Wikinews train), where the tagger missed the name. The learned ranker,
/// which sees such a subject only as "unresolved", took it for a slip of the subject finder and gave the quote to
/// a person named earlier.
///
/// A name is two or three capitalised words, the first a known first name, with no article: German capitalises
/// every noun, so a capital alone says nothing, but "Die Deutsche Welle" or "Abschluss des Treffens" open with no
/// first name. A longer phrase names someone when it ends in such a name after a comma or a role: "Als „…“
/// beurteilte der parlamentarische Geschäftsführer der Bundestagsfraktion der Grünen, Volker Beck das Pontifikat".
extension QuoteAttributor {
    func isUnlinkedName(_ speaker: QuoteSpeaker) -> Bool {
        guard speaker.entity == nil else { return false }
        let parts = speaker.surface.split(separator: " ")
        func capitalised(_ p: Substring) -> Bool { p.unicodeScalars.first.map(QuoteText.isUppercase) == true }
        func firstName(_ p: Substring) -> Bool { EntityGazetteer.shared.firstNames.contains(Normalizer.key(String(p))) }
        guard (2...3).contains(parts.count) || parts.count > 3 else { return false }
        if parts.count <= 3 {
            return parts.allSatisfy(capitalised) && !lexicon.contains(Normalizer.key(String(parts[0])), .determiner)
                && firstName(parts[0])
        }
        // A description that ends in the name: "der parlamentarische Geschäftsführer der Bundestagsfraktion der
        // Grünen, Volker Beck".
        let tail = parts.suffix(2)
        guard tail.allSatisfy(capitalised), let given = tail.first, firstName(given) else { return false }
        let before = parts[parts.count - 3]
        return before.hasSuffix(",") || capitalised(before) && !firstName(before)
    }
}
