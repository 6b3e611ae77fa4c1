/// An interview printed as questions and answers: the journalist's question, unquoted, then the answer in marks.
/// "Sulla questora che gli subentrerà, la dottoressa Gabriella Ioppolo? "Sono convinto che …"" (Gazzetta del Sud:
/// the outgoing questore Gennaro Capoluongo answers), "Paura? "Il timore c'è sempre …"" (RomaToday: the
/// shopkeeper heard before goes on).
///
/// The answer is the interviewee's: the speaker heard before, even when the question names someone else (a person
/// named in a question is its topic); when no one has spoken yet, the first person the article names, whom the lead
/// introduces as interviewed. A person named outside the questions since the latest speaker is left to the
/// context rules.
extension QuoteAttributor {
    /// Where the unquoted question right before `offset` (nothing but spaces between) starts, if there is one.
    func questionStart(before offset: Int) -> Int? {
        var k = offset - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k > 0, text.scalars[k] == "?", !isInsideQuote(k) else { return nil }
        return max(text.sentenceStart(containing: k), text.paragraphStart(containing: k))
    }

    /// Whether `offset` lies in an unquoted question that a quote answers.
    private func isInAnsweredQuestion(_ offset: Int) -> Bool {
        var k = offset
        while k < text.count, text.scalars[k] != "?", text.scalars[k] != "\n", !isInsideQuote(k) { k += 1 }
        guard k < text.count, text.scalars[k] == "?" else { return false }
        var j = k + 1
        while j < text.count, QuoteText.isSpace(text.scalars[j]), text.scalars[j] != "\n" { j += 1 }
        return j < text.count && QuoteMarkScanner.isQuoteMark(text.scalars[j])
    }

    /// The interviewee answering the question before the quote at `at`; `since` is the person named since the
    /// latest speaker `event`, if any.
    func questionAnswerSpeaker(at at: Int, event: SpeakerEvent?, since: (Int, QuoteSpeaker)?) -> QuoteSpeaker? {
        guard let question = questionStart(before: at) else { return nil }
        if let event {
            guard let since, since.0 > event.position else { return nil }
            return since.0 >= question ? event.speaker : nil
        }
        for (k, m) in mentions.enumerated() where m.mention.span.end <= at {
            if !mentionInQuote[k], entities[m.entity].kind == .person, isNamed(m), !isNonSpeechAgent(m),
               !isInAnsweredQuestion(m.mention.span.start) {
                return speaker(m.entity)
            }
        }
        return nil
    }
}
