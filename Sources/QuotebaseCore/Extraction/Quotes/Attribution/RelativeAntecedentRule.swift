/// A speech verb in a relative clause whose antecedent is a person named right before it: "from Mike Lee, who
/// declared in the debate spin room, “…”" (PolNeAR train), "è tornato sul palco Morandi, che ha detto "…""
/// (it.wikinews, KIND). The relative pronoun is the verb's subject, and it stands for the person it follows.
///
/// `subjectOfVerb` finds no subject after a relative pronoun (the rules then fell back on the context's speaker,
/// often the person quoted before); this rule names the antecedent when a named person's mention ends right before
/// the pronoun, with at most a comma between. Anything longer ("X, leader of Y, who said") is left to the context,
/// since the antecedent may be the apposition's noun rather than the person.
extension QuoteAttributor {
    /// The person a relative pronoun before the verb group of the speech verb `v` refers to, within the sentence
    /// (not before `floor`, an offset).
    func relativeAntecedent(ofVerb v: Int, floor: Int) -> QuoteSpeaker? {
        let g = verbGroupStart(v, floor: 0)
        let r = g - 1
        guard r >= 1, words[r].start >= floor, word(r, is: .relative), !gapHasBoundary(r, g),
              words[r - 1].start >= floor, gapHasOnlyComma(r - 1, r) else { return nil }
        // The antecedent's mention ends at the word before the pronoun: "Mike Lee, who", "Morandi, che".
        let before = words[r - 1]
        var k = mentionIndex(atOrAfter: before.end) - 1
        while k >= 0, mentions[k].mention.span.end >= before.start {
            let m = mentions[k]
            if m.mention.span.end == before.end, !mentionInQuote[k], entities[m.entity].kind == .person, isNamed(m) {
                return speaker(m.entity)
            }
            k -= 1
        }
        return nil
    }
}
