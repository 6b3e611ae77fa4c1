/// A person named only as the modifier of an apposition's head noun is not the speaker: "Jeff Weaver, Sanders’
/// campaign manager, said", "Paul Huntley, a Sanders delegate from California, said", "Simon Rosenberg, a Clinton
/// supporter, said" (PolNeAR train). `subjectBefore` walks back over the comma segments before a speech verb and
/// took the first one naming a person, the segment next to the verb, which names the employer or the candidate;
/// the person the apposition describes is named whole in an earlier segment.
extension QuoteAttributor {
    /// Whether every person `subject` (a word range) mentions stands before a lower-case word of the phrase, so
    /// modifies a noun ("Sanders’ campaign manager", "a former Trump aide"), none being the phrase's head.
    func namesPeopleOnlyAsModifiers(_ subject: Range<Int>) -> Bool {
        let end = words[subject.upperBound - 1].end
        let people = mentions(overlapping: words[subject.lowerBound].start, end)
            .filter { entities[$0.located.entity].kind == .person }
        guard !people.isEmpty else { return false }
        return people.allSatisfy { m in
            let after = text.wordIndex(atOrAfter: m.located.mention.span.end)
            return after < subject.upperBound && !words[after].isCapitalized
        }
    }
}
