/// The speakers a quote may belong to besides the rules' choice, each described for `ContextSpeakerRanker`.
///
/// Candidates come from the 4,000 characters before the quote and the 600 after it: the four latest distinct
/// speakers (quotes and narrative speech verbs), the six latest distinct people and two latest organizations named
/// outside quotations, and the first two people named after the quote. Features say how each was met (recency
/// among speakers and among names, sentences since its latest mention, same paragraph, clause subject, "according
/// to", after a preposition, spoke before, kind) and how the quote sits (opening its paragraph, right after another
/// quote of the paragraph, with a bare speech verb, and which rule proposed its speaker). Every feature of the first
/// group is also conjoined with each of the second, so the weights can say "a quote opening a paragraph continues
/// the previous speaker less often".
extension QuoteAttributor {
    static let contextWindowBefore = 4000
    static let contextWindowAfter = 600

    func contextCandidates(quoteStart at: Int, quoteEnd end: Int, bareVerb: Bool,
                           rulesChoice: Attribution) -> [SpeakerCandidate] {
        let floor = max(0, at - Self.contextWindowBefore)
        func key(_ s: QuoteSpeaker) -> String { s.entity.map { "e\($0)" } ?? "s" + Normalizer.key(s.surface) }
        var order: [String] = []
        var speakers: [String: QuoteSpeaker] = [:]
        func add(_ s: QuoteSpeaker) -> String {
            let k = key(s)
            if speakers[k] == nil { speakers[k] = s; order.append(k) }
            return k
        }
        if let chosen = rulesChoice.speakers.first { _ = add(chosen) }

        // Speakers, newest first: narrative events and quote events merged backwards.
        var eventRank: [String: Int] = [:]
        var spoke: [String: Int] = [:]
        var latestEvent: Int? = nil
        var n = narrativeEventIndex(before: at) - 1
        var qe = quoteEvents.count - 1
        while qe >= 0, quoteEvents[qe].position >= at { qe -= 1 }
        let previousQuote = qe >= 0 && quoteEvents[qe].position >= floor ? quoteEvents[qe] : nil
        let previousQuoteSpeaker = previousQuote.map { key($0.speaker) }
        while true {
            let narrative = n >= 0 && narrativeEvents[n].position >= floor ? narrativeEvents[n] : nil
            let quoted = qe >= 0 && quoteEvents[qe].position >= floor ? quoteEvents[qe] : nil
            let event: SpeakerEvent
            if let a = narrative, let b = quoted {
                if a.position > b.position { event = a; n -= 1 } else { event = b; qe -= 1 }
            } else if let a = narrative {
                event = a; n -= 1
            } else if let b = quoted {
                event = b; qe -= 1
            } else {
                break
            }
            guard event.speaker.entity != nil || isPersonal(event.speaker) else { continue }
            let k = key(event.speaker)
            if latestEvent == nil { latestEvent = event.position }
            spoke[k, default: 0] += 1
            if eventRank[k] == nil {
                guard eventRank.count < 4 else { continue }
                eventRank[k] = eventRank.count
                _ = add(event.speaker)
            }
        }

        // People named before the quote, newest first, and the two latest organizations (ministries, parties and
        // companies speak too).
        var mentionRank: [String: Int] = [:]
        var organizationRank: [String: Int] = [:]
        var latestMention: [String: Int] = [:]
        var m = mentionIndex(atOrAfter: at) - 1
        while m >= 0, mentions[m].mention.span.start >= floor, mentionRank.count < 6 {
            let located = mentions[m]
            let kind = entities[located.entity].kind
            if !mentionInQuote[m], located.mention.span.end <= at, !isListener(m), !isCredit(m) {
                if kind == .person {
                    let k = add(speaker(located.entity))
                    if mentionRank[k] == nil {
                        mentionRank[k] = mentionRank.count
                        latestMention[k] = m
                    }
                } else if kind == .organization, organizationRank.count < 2 {
                    let k = add(speaker(located.entity))
                    if organizationRank[k] == nil {
                        organizationRank[k] = organizationRank.count
                        latestMention[k] = m
                    }
                }
            }
            m -= 1
        }

        // People named after it.
        var afterRank: [String: Int] = [:]
        var afterSameParagraph: Set<String> = []
        let quoteParagraph = text.paragraphStart(containing: at)
        var a = mentionIndex(atOrAfter: end)
        let afterLimit = min(text.count, end + Self.contextWindowAfter)
        while a < mentions.count, mentions[a].mention.span.start < afterLimit, afterRank.count < 2 {
            let located = mentions[a]
            if !mentionInQuote[a], entities[located.entity].kind == .person, !isListener(a) {
                let k = add(speaker(located.entity))
                if afterRank[k] == nil {
                    afterRank[k] = afterRank.count
                    if text.paragraphStart(containing: located.mention.span.start) == quoteParagraph {
                        afterSameParagraph.insert(k)
                    }
                }
            }
            a += 1
        }

        // How the quote sits.
        var situation: [String] = []
        let opensParagraph = !(quoteParagraph..<at).contains { QuoteText.isLetterOrDigit(text.scalars[$0]) }
        if opensParagraph { situation.append("parstart") }
        if let p = previousQuote?.position, p >= quoteParagraph { situation.append("qpar") }
        if bareVerb { situation.append("cue") }
        situation.append("via=" + rulesChoice.rule.rawValue)
        let quoteSentence = text.sentenceNumber(containing: at)
        let rulesKey = rulesChoice.speakers.first.map(key)

        return order.map { k in
            let s = speakers[k]!
            var base: [String] = []
            base.append(eventRank[k].map { "ev=\($0)" } ?? "ev=none")
            if k == previousQuoteSpeaker { base.append("prevq") }
            base.append("sp=\(min(spoke[k] ?? 0, 3))")
            if let r = mentionRank[k] ?? organizationRank[k], let mi = latestMention[k] {
                let located = mentions[mi]
                base.append(mentionRank[k] != nil ? "mb=\(r)" : "mbo=\(r)")
                let d = quoteSentence - text.sentenceNumber(containing: located.mention.span.start)
                base.append("sd=" + (d <= 3 ? String(d) : d <= 6 ? "4-6" : "7+"))
                base.append(text.paragraphStart(containing: located.mention.span.start) == quoteParagraph
                            ? "par=same" : "par=other")
                if isSubjectMention(mi) { base.append("subj") }
                let w = text.wordIndex(atOrAfter: located.mention.span.start)
                let sentenceWord = text.wordIndex(atOrAfter: text.sentenceStart(containing: located.mention.span.start))
                if followsAccording(w, notBefore: sentenceWord) { base.append("accord") }
                if isAfterPreposition(located) { base.append("prep") }
                if isNonSpeechAgent(located) { base.append("agent") }
                if !isNamed(located) { base.append("unnamed") }
                if located.mention.span.start > (latestEvent ?? -1) { base.append("since") }
            } else {
                base.append("mb=none")
            }
            if let r = afterRank[k] {
                base.append("ma=\(r)")
                if afterSameParagraph.contains(k) { base.append("ma_par") }
            }
            if k == rulesKey {
                base.append("rules")
                base.append("rules&" + rulesChoice.rule.rawValue)
            }
            if let e = s.entity {
                if entities[e].kind != .person { base.append("kind=" + entities[e].kind.rawValue) }
                let count = namedMentions[e]?.count ?? 0
                base.append("mc=" + (count <= 2 ? String(count) : count <= 5 ? "3-5" : "6+"))
            } else {
                base.append("unresolved")
            }
            var features = base
            for flag in situation {
                for f in base where !f.hasPrefix("mc=") { features.append(flag + "&" + f) }
            }
            return SpeakerCandidate(speaker: s, features: features)
        }
    }

    /// The rule that names how the ranker's choice was met, for a candidate other than the rules' own.
    static func contextRule(of candidate: SpeakerCandidate) -> AttributionRule {
        let f = Set(candidate.features)
        if f.contains("since") { return .namedSince }
        if !f.contains("ev=none") { return .previousSpeaker }
        if !f.contains("mb=none") { return .lastNamedPerson }
        return .leadQuote
    }
}
