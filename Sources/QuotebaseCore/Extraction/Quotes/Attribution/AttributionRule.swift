/// The attribution rule that chose a quote's speaker. Stored on every quote (`quotes.rule`), printed by `extract`,
/// listings and exports, and the key of the precision table that gives a quote its confidence
/// (`Resources/attribution/rule-precision.tsv`, written by `scripts/attribution-precision`).
///
/// The raw values are the stable names users see and filter on; never rename one without a migration.
public enum AttributionRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// A speech verb between dashes inside the marks: `«A - ha detto il ministro Rossi - B»`.
    case inlineVerb = "inline-verb"
    /// A speech noun between dashes: `«A – è il commento del presidente Bonaccini – B»`.
    case inlineNoun = "inline-noun"
    /// A speech verb between commas inside the marks: `« A, soupire-t-elle. B »` (`InciseRule.swift`).
    case incise
    /// A speech verb right after the quote: `“Q”, ha sottolineato il presidente`, `"Q," he said`.
    case verbAfter = "verb-after"
    /// A speech noun right after the quote: `«Q», le parole del ministro X` (`SpeechNounAfterRule.swift`).
    case nounAfter = "noun-after"
    /// A publication named after a reading phrase: `«Q», peut-on lire dans Le Monde` (`ReadInRule.swift`).
    case readIn = "read-in"
    /// "according to" before or after the quote: `Secondo Rossi, «Q»`, `"Q," according to the report`.
    case accordingTo = "according-to"
    /// German "so" and a noun phrase after the quote: `„Q“, so der Sprecher.` (`SoCueRule.swift`).
    case soCue = "so-cue"
    /// A speech verb before the quote in its sentence, with its subject: `X ha detto: “Q”`.
    case verbBefore = "verb-before"
    /// German: a speech verb before the quote names the subject a pronoun after it stands for: `X sagte dazu: „Q“
    /// betont sie` (`CueBeforePronounRule.swift`).
    case cueBeforePronoun = "cue-before-pronoun"
    /// German "heißt es" and the document or source after its preposition: `„Q“, heißt es in einer Erklärung des
    /// Verbands`, `Aus Paris hieß es, … „Q“` (`DocumentSourceRule.swift`).
    case documentSource = "document-source"
    /// A speech verb before the quote with no subject of its own: `e ricorda che «Q»` (the context's speaker).
    case verbBeforeNoSubject = "verb-before-no-subject"
    /// A speech verb before the quote in a relative clause, for the person the pronoun follows:
    /// `from Mike Lee, who declared …, “Q”` (`RelativeAntecedentRule.swift`).
    case relativeAntecedent = "relative-antecedent"
    /// A speech verb right after a name and its US party label: `Sen. Claire McCaskill (D-Mo.) said “Q”`
    /// (`PartyLabelRule.swift`).
    case partyLabel = "party-label"
    /// A label before a colon: `Putin e Lukashenko: “Q”`, `Mosca: “Q”`, `Il sindaco: «Q»`.
    case colonLabel = "colon-label"
    /// A speaker named in the sentence a colon ends: `esclusa dal primo cittadino che …: «Q»`.
    case colonAgent = "colon-agent"
    /// A speech verb later in the sentence after the quote: `"Q" was the verdict Smith gave`.
    case verbLater = "verb-later"
    /// A cue in the next sentence of the paragraph: `«Q». Così il sottosegretario`.
    case nextSentence = "next-sentence"
    /// German: a quote inside a sentence with no cue, said by the subject of the sentence's main clause:
    /// `Die Organisation verlangte eine Untersuchung der „Q“` (`ClauseSubjectRule.swift`).
    case clauseSubject = "clause-subject"
    /// A nested quote inside another, taking the outer quote's speaker.
    case outerQuote = "outer-quote"
    /// No cue: the latest speaker goes on (`«…», aggiunge.` or a paragraph of quotes).
    case previousSpeaker = "previous-speaker"
    /// No cue: a person named since the latest speaker takes over.
    case namedSince = "named-since"
    /// No cue and no earlier speaker: the last person named as a clause subject before the quote.
    case lastNamedPerson = "last-named-person"
    /// A short quote alone as a paragraph inside the article, a section heading, goes to the speaker of the next
    /// quote when a cue names that one (`HeadingQuoteRule.swift`).
    case headingQuote = "heading-quote"
    /// No cue, an unquoted question before the quote: the interviewee answers, the speaker heard before or the first
    /// person the article names, not someone the question names (`QuestionAnswerRule.swift`).
    case questionAnswer = "question-answer"
    /// A quote that opens the article goes to the first person named after it.
    case leadQuote = "lead-quote"
    /// Introduced by something that is not a speaker (a document, "leggiamo:"), or continuing such a quote.
    case noSpeaker = "no-speaker"
    /// A cue rule proposed a speaker, and the learned context ranker (`ContextSpeakerRanker`) chose another
    /// candidate of the context with a clear lead.
    case ranked
    /// Nothing points at anyone.
    case unattributed
}
