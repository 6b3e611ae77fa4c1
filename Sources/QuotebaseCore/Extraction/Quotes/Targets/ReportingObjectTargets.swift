/// What the journalist's sentence says a quote is about (TARGETS.md B.1), outside the quoted words:
///
/// - the object of the reporting clause: a speech verb or topic word and an "about" preposition ("he said of Soviet
///   military strength", "parlando di Modena", "ha parlato della politica di Berlino") or a fixed phrase
///   ("referring to", "al referirse a", "a proposito di", "en réponse à une question sur");
/// - a topic fronted before the quote in its sentence ("Sul decreto della presidenza del consiglio: «…»");
/// - the question the quote answers, when the quote follows a question of the journalist ("Che città è Messina?
///   «Città in salute…»").
///
/// Entities in the head of the phrase and its "of" complements count; the phrase ends at punctuation, a verb or a
/// relative pronoun, so settings and causes later in the sentence do not.
struct ReportingObjectTargets {
    let finder: QuoteTargetFinder

    static let objectConfidence = 0.8
    static let topicConfidence = 0.75
    static let questionConfidence = 0.7

    /// A speech verb or topic word followed by an "about" preposition ("said of", "parlando di"), or a fixed "about"
    /// phrase, and the word after them (past a determiner) where its object starts.
    struct CueObject {
        var cue: Int
        var object: Int
    }

    /// Fixed phrases that introduce what is talked about, as word keys; the last word may be any of the forms
    /// after "|" (contracted prepositions).
    static let phrases: [String: [[String]]] = [
        "en": [["referring", "to"], ["in", "reference", "to"], ["with", "regard", "to"], ["in", "response", "to", "a", "question", "about"],
               ["asked", "about"], ["when", "asked", "about"]],
        "it": [["riferendosi", "a|al|alla|allo|ai|agli|alle"], ["a", "proposito", "di|del|della|dello|dei|degli|delle"],
               ["in", "merito", "a|al|alla|allo|ai|agli|alle"], ["riguardo", "a|al|alla|allo|ai|agli|alle"],
               ["rispondendo", "a", "una", "domanda", "su|sul|sulla|sullo|sui|sugli|sulle"],
               ["interpellato", "su|sul|sulla|sullo|sui|sugli|sulle"], ["interpellata", "su|sul|sulla|sullo|sui|sugli|sulle"]],
        "fr": [["a", "propos", "de|du|des"], ["au", "sujet", "de|du|des"], ["en", "reference", "a|au|aux"],
               ["en", "reponse", "a", "une", "question", "sur"], ["interroge", "sur"], ["interrogee", "sur"],
               ["concernant"]],
        "es": [["al", "referirse", "a|al"], ["refiriendose", "a|al"], ["en", "referencia", "a|al"],
               ["acerca", "de|del"], ["con", "respecto", "a|al"], ["respecto", "a|al|de|del"],
               ["consultado", "sobre"], ["consultada", "sobre"], ["preguntado", "por|sobre"], ["preguntada", "por|sobre"]],
    ]

    /// Prepositions that front a topic at a sentence start ("Sul decreto…, «…»", "Sobre la inflación, …: «…»").
    static let frontingPrepositions: [String: Set<String>] = [
        "it": ["su", "sul", "sulla", "sullo", "sui", "sugli", "sulle"],
        "fr": ["sur"],
        "es": ["sobre"],
    ]

    /// Every `CueObject` of `text` in word order, found once per part instead of once per quote in its sentence.
    static func cueObjectWords(in text: QuoteText, lexicon: SpeechCueLexicon, lang: String = "") -> [CueObject] {
        let words = text.words
        let fixed = (phrases[lang] ?? []).map { $0.map { Set($0.split(separator: "|").map(String.init)) } }
        var out: [CueObject] = []
        var i = 0
        while i + 1 < words.count {
            defer { i += 1 }
            var object: Int? = nil
            if i + 2 < words.count, lexicon.isVerb(words[i]) || lexicon.contains(words[i].key, .topic),
               lexicon.contains(words[i + 1].key, .about) {
                object = i + 2
            } else {
                for p in fixed where i + p.count < words.count {
                    if p.indices.allSatisfy({ p[$0].contains(words[i + $0].key) }) { object = i + p.count; break }
                }
            }
            guard var o = object else { continue }
            if lexicon.contains(words[o].key, .determiner), o + 1 < words.count { o += 1 }
            out.append(CueObject(cue: i, object: o))
        }
        return out
    }

    /// How many words before and after a quote its "said of X" may be: a cue further away in a very long
    /// sentence belongs to other quotes, and the bound keeps one sentence of many quotes linear.
    static let cueObjectWindow = 64

    func targets(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        var out = cueObjects(in: scope)
        out += frontedTopic(in: scope)
        out += answeredQuestion(in: scope)
        return out
    }

    /// Mentions in the phrase starting at word `first`: the first one (the head) at `confidence`, later ones a
    /// little less.
    private func phraseTargets(from first: Int, scope: QuoteTargetFinder.Scope, confidence: Double)
        -> [QuoteTargetFinder.Found] {
        guard let range = finder.phrase(from: first, notInto: scope.candidate), range.lowerBound < scope.sentenceEnd
        else { return [] }
        return finder.outsideMentions(range.lowerBound, min(range.upperBound, scope.sentenceEnd)).enumerated().map {
            .init(entity: $0.element.entity, how: .reporting, confidence: $0.offset == 0 ? confidence : confidence - 0.1)
        }
    }

    private func cueObjects(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        let cueWords = finder.cueWords
        guard !cueWords.isEmpty else { return [] }
        let text = finder.text, c = scope.candidate
        let words = text.words
        let firstWord = max(text.wordIndex(atOrAfter: scope.sentenceStart),
                            text.wordIndex(atOrAfter: c.outerStart) - Self.cueObjectWindow)
        let lastWord = text.wordIndex(atOrAfter: c.outerEnd) + Self.cueObjectWindow
        var lo = 0, hi = cueWords.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cueWords[mid].cue < firstWord { lo = mid + 1 } else { hi = mid }
        }
        var found: [QuoteTargetFinder.Found] = []
        for hit in cueWords[lo...] {
            let i = hit.cue, object = hit.object
            guard i < lastWord, words[i].start < scope.sentenceEnd else { break }
            guard words[i].end <= c.outerStart || words[i].start >= c.outerEnd,
                  words[object].start < scope.sentenceEnd,
                  words[object].end <= c.outerStart || words[object].start >= c.outerEnd,
                  !finder.attributor.isInsideQuote(words[i].start)
            else { continue }
            found += phraseTargets(from: object, scope: scope, confidence: Self.objectConfidence)
        }
        return found
    }

    /// "Sul decreto della presidenza del consiglio dei ministri che sblocca i cantieri «ho incontrato…»": a
    /// sentence opening with a topic preposition, the quote later in the same sentence.
    private func frontedTopic(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        guard let preps = Self.frontingPrepositions[finder.lang] else { return [] }
        let text = finder.text
        let first = text.wordIndex(atOrAfter: scope.sentenceStart)
        guard first + 1 < text.words.count, preps.contains(text.words[first].key),
              text.words[first].end <= scope.candidate.outerStart,
              !finder.attributor.isInsideQuote(text.words[first].start) else { return [] }
        var object = first + 1
        if finder.lexicon.contains(text.words[object].key, .determiner), object + 1 < text.words.count { object += 1 }
        return phraseTargets(from: object, scope: scope, confidence: Self.topicConfidence)
    }

    /// The journalist's question right before the quote ("…il suo principale sfidante, Fabio Battistini? «Ancora
    /// nulla»"): the entities it names, outside quotes.
    private func answeredQuestion(in scope: QuoteTargetFinder.Scope) -> [QuoteTargetFinder.Found] {
        let text = finder.text
        var k = scope.candidate.outerStart - 1
        while k >= 0, QuoteText.isSpace(text.scalars[k]) { k -= 1 }
        guard k > 0, text.scalars[k] == "?", !finder.attributor.isInsideQuote(k) else { return [] }
        let start = max(text.sentenceStart(containing: k), k - QuoteTargetFinder.contextReach)
        // The question is the journalist's: no quote inside it.
        guard !finder.attributor.isInsideQuote(start) else { return [] }
        return finder.outsideMentions(start, k).map {
            .init(entity: $0.entity, how: .reporting, confidence: Self.questionConfidence)
        }
    }
}
