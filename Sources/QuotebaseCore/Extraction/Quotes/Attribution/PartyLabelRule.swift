/// A US party-and-state label between a person's name and the speech verb: "Sen. Claire McCaskill (D-Mo.) said",
/// "Rep. Steve Israel (D-N.Y) said Clinton called on members to be “…”", "Harry M. Reid (D-Nev.) told reporters that
/// …" (PolNeAR train). The parenthesis is a boundary to `subjectOfVerb`, which then took the whole phrase before it
/// ("Trump’s GOP primary rival Sen. Marco Rubio", first person Trump) or the name after the verb ("said Trump is");
/// the labelled name is the one who speaks. Between the label and the verb group there may be a time phrase
/// ("(D-Calif.) last week said") or one segment between commas ("(D-Mo.), who has endorsed Clinton, said").
extension QuoteAttributor {
    /// The person whose name a party label closes right before the verb group of the speech verb `v`.
    func partyLabelSpeaker(ofVerb v: Int, floor: Int) -> QuoteSpeaker? {
        let g = verbGroupStart(v, floor: 0)
        guard g > 0 else { return nil }
        let scalars = text.scalars
        // Back from the verb group: a few lower-case words with no punctuation between ("last week").
        var k = g
        while k - 1 >= 0, g - (k - 1) <= 3, words[k - 1].start >= floor, !gapHasBoundary(k - 1, k),
              !words[k - 1].isCapitalized || Self.weekdays.contains(words[k - 1].key) {
            k -= 1
        }
        var i = words[k].start - 1
        func skipSpaces() { while i >= 0, QuoteText.isSpace(scalars[i]) { i -= 1 } }
        skipSpaces()
        // Or one segment between commas ending right before the verb group.
        if k == g, i >= 0, scalars[i] == "," {
            var a = g - 1
            while a - 1 >= 0, words[a - 1].start >= floor, g - a < 16, !gapHasBoundary(a - 1, a) { a -= 1 }
            guard words[a].start >= floor, word(a, is: .relative) || !words[a].isCapitalized else { return nil }
            i = words[a].start - 1
            skipSpaces()
            guard i >= 0, scalars[i] == "," else { return nil }
            i -= 1
            skipSpaces()
        }
        guard i >= 0, scalars[i] == ")", let open = (max(0, i - 16)..<i).last(where: { scalars[$0] == "(" }),
              Self.isPartyLabel(scalars[(open + 1)..<i]) else { return nil }
        i = open - 1
        skipSpaces()
        guard i >= 0, i >= floor else { return nil }
        let nameEnd = i + 1
        var m = mentionIndex(atOrAfter: nameEnd) - 1
        while m >= 0, mentions[m].mention.span.end >= nameEnd - 1 {
            let found = mentions[m]
            if found.mention.span.end == nameEnd, found.mention.span.start >= floor, !mentionInQuote[m],
               entities[found.entity].kind == .person, isNamed(found) {
                // "worked for Sen. Lamar Alexander (R-Tenn.), one of the bill’s architects, said": the object of a
                // preposition is not the one who speaks. Titles before the name ("Sen.", "Rep.") are passed over.
                var w = text.wordIndex(atOrAfter: found.mention.span.start)
                while w - 1 >= 0, words[w - 1].start >= floor, !gapHasBoundary(w - 1, w), words[w - 1].isCapitalized { w -= 1 }
                if w - 1 >= 0, words[w - 1].start >= floor, !gapHasBoundary(w - 1, w), word(w - 1, is: .stop) { return nil }
                return speaker(found.entity)
            }
            m -= 1
        }
        return nil
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "R-Fla.", "D-N.Y", "I-Vt.", "R-Texas", "D-S.C.": a party letter, a hyphen and a state of up to 14 characters.
    static func isPartyLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = Array(label)
        guard s.count >= 3, s.count <= 16, "RDI".unicodeScalars.contains(s[0]), s[1] == "-",
              s[2].properties.isUppercase else { return false }
        return s[2...].allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == " " }
    }
}
